package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
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

    @Test
    void atScaleOneThePngIsTheImageXChartsOwnEncoderMakes() throws IOException {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("Meetings per year").build();
        chart.addSeries("meetings", new double[] {2001, 2002, 2003}, new double[] {3, 5, 4});

        assertArrayEquals(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG), ChartRenderer.png(chart, 1));
    }

    @Test
    void atALargerScaleThePngHasThatManyPixelsPerChartPixelAndTheSameBytesEachTime() throws IOException {
        XYChart chart = new XYChartBuilder().width(160).height(100).title("t").build();
        chart.addSeries("s", new double[] {1, 2}, new double[] {2, 1});

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(chart, 2)));
        assertEquals(List.of(320, 200), List.of(image.getWidth(), image.getHeight()));
        assertArrayEquals(ChartRenderer.png(chart, 2), ChartRenderer.png(chart, 2));
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.png(chart, 0));
    }
}
