package org.engagements.jupyter.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.engagements.jupyter.MimeBundle;
import org.junit.jupiter.api.Test;

class LiveOutputTest {
    private final List<String> texts = new ArrayList<>();
    private final List<MimeBundle> displays = new ArrayList<>();

    private LiveOutput output(boolean markers) {
        LiveOutput output = new LiveOutput(markers);
        output.route(texts::add, displays::add);
        return output;
    }

    private static void write(LiveOutput output, byte[] bytes, int from, int to) {
        output.write(bytes, from, to - from);
    }

    @Test
    void passesTextOnAsItArrivesDecodingCharactersSplitAcrossChunks() {
        LiveOutput output = output(false);
        byte[] bytes = "a€b\n".getBytes(StandardCharsets.UTF_8);  // € is three bytes
        write(output, bytes, 0, 2);
        write(output, bytes, 2, 4);
        write(output, bytes, 4, bytes.length);

        assertEquals(List.of("a", "€", "b\n"), texts);
    }

    @Test
    void turnsDisplayMarkersIntoBundlesEvenWhenSplitAcrossChunks() {
        LiveOutput output = output(true);
        String payload = Base64.getEncoder().encodeToString("<b>hi</b>".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = ("before" + LiveOutput.MARKER_START + "text/html;" + payload + LiveOutput.MARKER_END + "after")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 3) {
            write(output, bytes, i, Math.min(bytes.length, i + 3));
        }
        output.flush();

        assertEquals("beforeafter", String.join("", texts));
        assertEquals(List.of(MimeBundle.of(java.util.Map.of("text/html", "<b>hi</b>"))), displays);
    }

    @Test
    void showsAnUnfinishedMarkerAsTextWhenFlushed() {
        LiveOutput output = output(true);
        byte[] bytes = (LiveOutput.MARKER_START + "text/plain;abc").getBytes(StandardCharsets.UTF_8);
        write(output, bytes, 0, bytes.length);
        assertEquals(List.of(), texts);
        output.flush();
        assertEquals(List.of(LiveOutput.MARKER_START + "text/plain;abc"), texts);
    }
}
