// %% Helpers
import java.time.temporal.ChronoUnit;
record Meeting(LocalDate date, String place) {}
long daysBetween(Meeting a, Meeting b) {
    return ChronoUnit.DAYS.between(a.date(), b.date());
}
// %% Use
var first = new Meeting(LocalDate.of(2001, 4, 1), "Beijing");
var second = new Meeting(LocalDate.of(2001, 10, 19), "Shanghai");
daysBetween(first, second)
