package org.engagements.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.engagements.data.HostSide;
import org.engagements.data.Status;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every report chart: DejaVu Sans (SansSerif where it is not installed), the
 * colour-blind-safe Okabe–Ito palette with one fixed colour per status, light horizontal grid lines,
 * legends outside the plot, and a fixed size: {@value #WIDTH}×{@value #HEIGHT} logical pixels, exported
 * as PNG at {@value #PNG_SCALE}× ({@code 1920×1080}) and as SVG.
 */
public final class ReportTheme {
    /** Logical width of every chart. */
    public static final int WIDTH = 960;
    /** Logical height of every chart. */
    public static final int HEIGHT = 540;
    /** PNG pixels per logical pixel. */
    public static final int PNG_SCALE = 2;

    public static final Color OKABE_BLACK = new Color(0x000000);
    public static final Color OKABE_ORANGE = new Color(0xE69F00);
    public static final Color OKABE_SKY_BLUE = new Color(0x56B4E9);
    public static final Color OKABE_GREEN = new Color(0x009E73);
    public static final Color OKABE_YELLOW = new Color(0xF0E442);
    public static final Color OKABE_BLUE = new Color(0x0072B2);
    public static final Color OKABE_VERMILLION = new Color(0xD55E00);
    public static final Color OKABE_PURPLE = new Color(0xCC79A7);

    /** Bars of a single series. */
    public static final Color ACCENT = OKABE_BLUE;
    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED_TEXT = new Color(0x595959);
    public static final Color GRID = new Color(0xE1E1E1);
    public static final Color AXIS = new Color(0x8C8C8C);
    /** For codes outside the enums. */
    public static final Color OTHER = new Color(0x999999);

    private static final Map<Status, Color> STATUS_COLORS = Map.of(
            Status.HELD, OKABE_BLUE,
            Status.PLANNED, OKABE_SKY_BLUE,
            Status.PROPOSED, OKABE_GREEN,
            Status.REQUESTED, OKABE_YELLOW,
            Status.DECLINED, OKABE_VERMILLION,
            Status.POSTPONED, OKABE_ORANGE,
            Status.CANCELLED, OKABE_PURPLE);

    /** The font family actually used: DejaVu Sans when installed. */
    public static final String FONT_FAMILY = fontFamily();

    private ReportTheme() {
    }

    /** The fixed colour of a status, the same in every chart. */
    public static Color color(Status status) {
        return STATUS_COLORS.get(status);
    }

    /** The colour of a status code, grey for a code that is not a status. */
    public static Color statusColor(String code) {
        return Status.find(code).map(ReportTheme::color).orElse(OTHER);
    }

    private static final Map<HostSide, Color> HOST_SIDE_COLORS = Map.of(
            HostSide.US, OKABE_BLUE,
            HostSide.CN, OKABE_VERMILLION,
            HostSide.THIRD, OKABE_GREEN,
            HostSide.NONE, OTHER);

    /** The fixed colour of a host side, the same in every chart; grey for none or an unknown side. */
    public static Color hostSideColor(HostSide side) {
        return side == null ? OTHER : HOST_SIDE_COLORS.get(side);
    }

    /** A host side as readers name it: United States, China, Third country, None (calls). */
    public static String hostSideName(HostSide side) {
        return switch (side) {
            case US -> "United States";
            case CN -> "China";
            case THIRD -> "Third country";
            case NONE -> "None (calls)";
        };
    }

    /** The statuses in legend order. */
    public static List<Status> statuses() {
        return Arrays.asList(Status.values());
    }

    public static Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, 12).deriveFont(size);
    }

    static Font titleFont() {
        return font(Font.BOLD, 20f);
    }

    static Font subtitleFont() {
        return font(Font.PLAIN, 13.5f);
    }

    static Font sourceFont() {
        return font(Font.PLAIN, 11f);
    }

    static Font labelFont() {
        return font(Font.PLAIN, 12f);
    }

    /** Applies the shared look to a styler of any axes chart. */
    static void apply(AxesChartStyler s) {
        s.setChartTitleVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartFontColor(TEXT);
        s.setChartPadding(20);
        s.setBaseFont(font(Font.PLAIN, 12f));
        s.setAxisTitleFont(font(Font.PLAIN, 12.5f));
        s.setAxisTickLabelsFont(labelFont());
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(AXIS);
        s.setAxisTickPadding(6);
        s.setAxisTitlePadding(10);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setPlotGridVerticalLinesVisible(false);
        s.setPlotMargin(0);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendFont(labelFont());
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendPadding(8);
        s.setLocale(Locale.ROOT);
        s.setTimezone(TimeZone.getTimeZone("UTC"));
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
    }

    /**
     * Legends of the seven statuses go right of the plot, one entry per line: below the plot they
     * would run out of width, and XChart does not wrap legends.
     */
    static void statusLegend(AxesChartStyler s) {
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendLayout(Styler.LegendLayout.Vertical);
        s.setLegendPadding(6);
    }

    private static String fontFamily() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException e) {
            return Font.SANS_SERIF;
        }
    }
}
