package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrictTextTest {
    @Test
    void utf8TextDecodes() {
        StrictText.Decoded decoded = StrictText.utf8("Wáng Yì\n北京\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.of("Wáng Yì\n北京\n"), decoded.text());
        assertTrue(decoded.flaw().isEmpty());
    }

    @Test
    void theFirstByteThatIsNotUtf8IsFoundWithItsLineAndOffset() {
        byte[] latin1 = "one\ntwo\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        StrictText.Decoded decoded = StrictText.utf8(latin1);

        assertTrue(decoded.text().isEmpty());
        assertEquals(new StrictText.Flaw(3, "byte 0xE9 at byte offset 11"), decoded.flaw().orElseThrow());
    }

    @Test
    void utf16IsNamedByItsFirstBytes() {
        assertEquals(new StrictText.Flaw(1, "UTF-16 (the file starts with bytes 0xFF 0xFE); save it as UTF-8"),
                StrictText.utf16(new byte[] {(byte) 0xFF, (byte) 0xFE, 'i', 0}).orElseThrow());
        assertTrue(StrictText.utf16("id,name".getBytes(StandardCharsets.UTF_16BE)).isPresent(), "a NUL first");
        assertTrue(StrictText.utf16("id,name".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void controlCharactersButTabsAndLineBreaksAreFoundAtTheirLine() {
        assertEquals(Optional.of(new StrictText.Flaw(2, "U+0000")), StrictText.controlCharacter("a\tb\r\nc\u0000"));
        assertTrue(StrictText.controlCharacter("a\tb\r\n\fc").isEmpty());
    }

    @Test
    void aByteOrderMarkIsRecognised() {
        assertTrue(StrictText.startsWithBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}));
        assertFalse(StrictText.startsWithBom(new byte[] {(byte) 0xEF, (byte) 0xBB}));
    }
}
