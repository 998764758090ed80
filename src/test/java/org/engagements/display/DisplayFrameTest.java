package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayFrameTest {
    private static final String TOKEN = "c0ffee";
    private static final MimeBundle BUNDLE = MimeBundle.text("größe\n<2>").with(MimeType.TEXT_HTML, "<p>größe</p>")
            .withBytes(MimeType.IMAGE_PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    @Test
    void everyKindOfFrameIsOneLineThatDecodesToTheSameFrame() {
        List<DisplayFrame> frames = List.of(new DisplayFrame.Result(BUNDLE), new DisplayFrame.Shown("9f3a-1", BUNDLE),
                new DisplayFrame.Updated("9f3a-1", MimeBundle.text("later")), new DisplayFrame.Cleared(true),
                new DisplayFrame.Cleared(false), new DisplayFrame.InputRequested(7, false, ""),
                new DisplayFrame.InputRequested(8, true, "Token für: "));

        for (DisplayFrame frame : frames) {
            String line = frame.encode(TOKEN);

            assertEquals(DisplayFrame.MARK, (byte) line.charAt(0));
            assertEquals(line.length() - 1, line.indexOf('\n'));
            assertEquals(Optional.of(frame), DisplayFrame.decode(TOKEN, line.substring(1, line.length() - 1)));
        }
    }

    @Test
    void aDisplayIdIsLettersDigitsHyphensAndUnderscores() {
        assertThrows(IllegalArgumentException.class, () -> new DisplayFrame.Shown("a b", BUNDLE));
        assertThrows(IllegalArgumentException.class, () -> new DisplayFrame.Updated("", BUNDLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "other result text/plain aGk=",         // another session's token
        "c0ffee show text/plain aGk=",          // unknown kind
        "c0ffee result text/plain",             // value missing
        "c0ffee result text/x-foo aGk=",        // unknown type
        "c0ffee result text/plain ***",         // not base64
        "c0ffee display text/plain aGk=",       // display id missing
        "c0ffee update a*b text/plain aGk=",    // not a display id
        "c0ffee clear later",                   // neither wait nor now
        "c0ffee input x line -",                // not a request number
        "c0ffee input 3 secret -",              // neither line nor password
        "c0ffee input 3 line",                  // prompt missing
        "just text"})
    void anythingElseIsNotAFrame(String line) {
        assertTrue(DisplayFrame.decode(TOKEN, line).isEmpty());
    }
}
