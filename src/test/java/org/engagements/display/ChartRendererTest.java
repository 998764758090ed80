package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

class ChartRendererTest {
    @Test
    void aChartBecomesAPngOfItsSizeTitledInText() throws IOException {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("Meetings per year").build();
        chart.addSeries("meetings", new double[] {2001, 2002, 2003}, new double[] {3, 5, 4});

        MimeBundle bundle = new ChartRenderer().render(chart).orElseThrow();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                bundle.findBytes(MimeType.IMAGE_PNG).orElseThrow()));
        assertNotNull(image);
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
        assertEquals("XYChart \"Meetings per year\" (320×200)", bundle.plainText());
    }

    @Test
    void otherValuesAreNotCharts() {
        assertTrue(new ChartRenderer().render(42).isEmpty());
    }
}
