package org.engagements.notebook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.engagements.display.DisplayFrame;
import org.engagements.display.MimeBundle;
import org.engagements.notebook.StreamName;
import org.junit.jupiter.api.Test;

class OutputChannelTest {
    private final List<String> received = new ArrayList<>();
    private final OutputChannel channel = new OutputChannel(StreamName.STDOUT, "t0k3n", new OutputChannel.Target() {
        @Override
        public void text(StreamName stream, String text) {
            received.add("text:" + text);
        }

        @Override
        public void frame(DisplayFrame frame) {
            received.add("frame:" + ((DisplayFrame.Shown) frame).bundle().plainText());
        }
    });

    /** Writes {@code bytes} one at a time, the worst case of chunking. */
    private void writeByteByByte(byte[] bytes) {
        for (byte b : bytes) {
            channel.write(b);
        }
    }

    @Test
    void framesAndTextComeApartInOrderWhateverTheChunks() {
        String frame = new DisplayFrame.Shown("d-1", MimeBundle.text("shown")).encode("t0k3n");
        writeByteByByte(("before ü\n" + frame + "after").getBytes(StandardCharsets.UTF_8));

        assertEquals("before ü\n", String.join("", texts(0, received.indexOf("frame:shown"))));
        assertEquals("after", String.join("", texts(received.indexOf("frame:shown") + 1, received.size())));
    }

    @Test
    void aLineThatOnlyLooksLikeAFrameIsText() {
        byte[] bytes = "\u001eother display d-1 text/plain aGk=\nrest".getBytes(StandardCharsets.UTF_8);
        channel.write(bytes, 0, bytes.length);

        assertEquals(List.of("text:\u001eother display d-1 text/plain aGk=\nrest"), received);
    }

    @Test
    void aMarkWithoutTheTokenIsTextAtOnceNotHeldUntilTheLineEnds() {
        writeByteByByte("\u001eother text".getBytes(StandardCharsets.UTF_8));

        assertEquals("\u001eother text", String.join("", texts(0, received.size())));
    }

    private List<String> texts(int from, int to) {
        return received.subList(from, to).stream().map(text -> text.substring("text:".length())).toList();
    }
}
