package org.engagements.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place Jackson mappers are made: every mapper reads with explicit limits (nesting depth, string,
 * name and number length, document size), refuses duplicate keys, and has no polymorphic typing (no
 * default typing, and no {@code @JsonTypeInfo} anywhere: {@code JsonLimitsTest} scans the sources). A
 * document over a limit fails with Jackson's {@code StreamConstraintsException}, a
 * {@code JsonProcessingException} that each reader turns into its own typed error with a location.
 * Callers add their own features to the builder; the builders are fresh each call, the built mappers
 * thread-safe.
 */
public final class JsonLimits {
    /** Deeper nesting is refused before it can exhaust the stack: no document of ours nests past ten. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value: room for a PNG image in a Jupyter message. */
    public static final int MAX_STRING_LENGTH = 32 * 1024 * 1024;
    public static final int MAX_NAME_LENGTH = 1000;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private JsonLimits() {
    }

    /** The default limits, to tighten for a particular reader. */
    public static StreamReadConstraints.Builder constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH);
    }

    /** A mapper builder with the default limits. */
    public static JsonMapper.Builder mapper() {
        return mapper(constraints().build());
    }

    /** A mapper builder with {@code constraints}, duplicate keys refused and no default typing. */
    public static JsonMapper.Builder mapper(StreamReadConstraints constraints) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .deactivateDefaultTyping();
    }
}
