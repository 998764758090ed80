package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {
    @Test
    void unsafeMemoryAccessIsAllowedFromJdk23AndNotNamedBefore() {
        assertEquals(List.of(), JvmFlags.forJdk(17));
        assertEquals(List.of(), JvmFlags.forJdk(22));
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), JvmFlags.forJdk(23));
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), JvmFlags.forJdk(25));
    }
}
