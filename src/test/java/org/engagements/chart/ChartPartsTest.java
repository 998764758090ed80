package org.engagements.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartPartsTest {
    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "3, 3", "10, 10", "11, 12", "13, 15", "81, 100", "101, 120", "9999, 10000"})
    void countAxesEndOnARoundNumber(int max, int expected) {
        assertEquals(expected, Axes.niceMax(max));
    }

    @ParameterizedTest
    @CsvSource({"2021.0, true, 2021", "24243.0, false, 2020-04", "24240.0, false, 2020-01"})
    void timeAxisLabelsWholeYearsAndMonths(double value, boolean inYears, String label) {
        assertEquals(label, new TimeAxis(inYears).label(value));
    }

    @Test
    void timeAxisValuesRoundTripToDays() {
        for (boolean inYears : new boolean[] {true, false}) {
            TimeAxis axis = new TimeAxis(inYears);
            for (LocalDate day : new LocalDate[] {LocalDate.of(2021, 1, 1), LocalDate.of(2020, 2, 29), LocalDate.of(2023, 12, 31)}) {
                assertEquals(day, axis.day(axis.x(day) + 1e-9), inYears + " " + day);
            }
        }
    }

    @Test
    void longSpansAreMeasuredInYearsShortOnesInMonths() {
        assertTrue(TimeAxis.of(LocalDate.of(2018, 6, 1), LocalDate.of(2023, 12, 1)).inYears());
        assertTrue(!TimeAxis.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 1)).inYears());
    }

    @ParameterizedTest
    @CsvSource({"6.0, leader", "5.0, cabinet", "1.0, military", "3.5, 3.50", "0.4, 0.40"})
    void levelTicksCarryLevelNames(double value, String label) {
        assertEquals(label, TimelineChart.levelLabel(value));
    }

    @Test
    void everyStatusHasItsOwnFixedColour() {
        Set<Integer> colours = new HashSet<>();
        for (Status status : EnumSet.allOf(Status.class)) {
            colours.add(ReportTheme.color(status).getRGB());
            assertEquals(ReportTheme.color(status), ReportTheme.statusColor(status.code()));
        }
        assertEquals(Status.values().length, colours.size());
        assertEquals(ReportTheme.OKABE_BLUE, ReportTheme.color(Status.HELD));
        assertEquals(ReportTheme.OTHER, ReportTheme.statusColor("rumoured"));
    }

    @Test
    void theReportFontIsDejaVuSansWhenInstalled() {
        boolean installed = java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT)).contains("DejaVu Sans");
        assertEquals(installed ? "DejaVu Sans" : java.awt.Font.SANS_SERIF, ReportTheme.FONT_FAMILY);
    }

    @Test
    void svgClipIdsAreRenumberedInDocumentOrder() {
        String svg = "<clipPath id=\"clip-123\"/><clipPath id=\"clip77\"/><g clip-path=\"url(#clip-123)\"/>";
        assertEquals("<clipPath id=\"clip1\"/><clipPath id=\"clip2\"/><g clip-path=\"url(#clip1)\"/>",
                ChartExport.normalise(svg));
    }
}
