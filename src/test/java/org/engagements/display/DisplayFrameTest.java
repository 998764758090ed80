package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayFrameTest {
    private static final String TOKEN = "c0ffee";

    @Test
    void aFrameIsOneLineThatDecodesToTheSameBundle() {
        MimeBundle bundle = MimeBundle.text("größe\n<2>").with(MimeType.TEXT_HTML, "<p>größe</p>")
                .withBytes(MimeType.IMAGE_PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        DisplayFrame frame = new DisplayFrame(DisplayFrame.Kind.RESULT, bundle);

        String line = frame.encode(TOKEN);

        assertEquals(DisplayFrame.MARK, (byte) line.charAt(0));
        assertEquals(line.length() - 1, line.indexOf('\n'));
        assertEquals(Optional.of(frame), DisplayFrame.decode(TOKEN, line.substring(1, line.length() - 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "other display text/plain aGk=",        // another session's token
        "c0ffee show text/plain aGk=",          // unknown kind
        "c0ffee display text/plain",            // value missing
        "c0ffee display text/x-foo aGk=",       // unknown type
        "c0ffee display text/plain ***",        // not base64
        "just text"})
    void anythingElseIsNotAFrame(String line) {
        assertTrue(DisplayFrame.decode(TOKEN, line).isEmpty());
    }
}
