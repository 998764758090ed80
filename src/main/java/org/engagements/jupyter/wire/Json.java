package org.engagements.jupyter.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagements.core.JsonLimits;

/**
 * The one JSON configuration of the wire: record components in camelCase appear as the protocol's
 * snake_case names, absent optional fields are left out, map keys are written sorted (deterministic
 * output), unknown fields sent by newer clients are ignored; read within {@link JsonLimits}. Thread-safe.
 *
 * <p>Values must have the JSON type the protocol gives them: Jackson's lenient coercions are off, so
 * {@code "code": 42} or {@code "silent": "yes"} make a message invalid (dropped and logged) instead of
 * running the cell {@code "42"} or reading a flag from a string; {@code "cursor_pos": 1.5} is not
 * truncated to 1.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonLimits.mapper()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private Json() {
    }

    /** An unmodifiable, key-sorted copy that (unlike {@code Map.copyOf}) keeps JSON nulls; null gives {}. */
    static Map<String, Object> copy(Map<String, ?> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** An unmodifiable copy that keeps JSON nulls; null gives []. */
    static <T> List<T> copy(List<? extends T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
