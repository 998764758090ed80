import java.math.BigDecimal;
var one = BigDecimal.ONE;

// %% Uses it
one.add(one)
