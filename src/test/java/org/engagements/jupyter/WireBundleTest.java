package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.junit.jupiter.api.Test;

class WireBundleTest {
    @Test
    void theWireDataIsKeyedByMimeStringInThatStringsOrder() {
        MimeBundle chart = MimeBundle.text("a chart").with(MimeType.TEXT_HTML, "<img>")
                .withBytes(MimeType.IMAGE_PNG, new byte[] {1, 2, 3}).with(MimeType.IMAGE_SVG, "<svg/>");

        Map<String, Object> data = WireBundle.data(chart);

        assertEquals(Map.of("text/plain", "a chart", "text/html", "<img>", "image/png", "AQID",
                "image/svg+xml", "<svg/>"), data);
        assertEquals(List.of("image/png", "image/svg+xml", "text/html", "text/plain"), List.copyOf(data.keySet()));
    }
}
