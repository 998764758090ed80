package org.engagements.jupyter.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MessageTypeTest {
    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyWireNameIsTheLowerCaseConstantNameAndFindsItsType(MessageType type) {
        assertEquals(type.name().toLowerCase(java.util.Locale.ROOT), type.wireName());
        assertEquals(Optional.of(type), MessageType.find(type.wireName()));
    }

    @Test
    void namesTheKernelDoesNotKnowAreEmpty() {
        assertTrue(MessageType.find("debug_request").isEmpty());
        assertTrue(MessageType.find("EXECUTE_REQUEST").isEmpty());
    }

    @Test
    void contentRecordsMapBackToTheirType() {
        assertEquals(MessageType.EXECUTE_REQUEST, MessageType.of(ShellContent.ExecuteRequest.of("1")));
        assertEquals(MessageType.ERROR, MessageType.of(new IopubContent.ErrorOutput("e", "v", java.util.List.of())));
    }
}
