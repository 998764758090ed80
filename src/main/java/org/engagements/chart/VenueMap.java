package org.engagements.chart;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagements.analysis.Venues;
import org.engagements.data.Dataset;
import org.engagements.data.HostSide;
import org.engagements.data.Schema;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.Table;

/**
 * Engagements on a world map: one circle per venue, its area proportional to the engagements there,
 * coloured by host side; the top venues labelled where a label fits without overlapping. Equirectangular
 * projection of Natural Earth 1:110m outlines ({@link WorldOutlines}), Antarctica left out. An XChart
 * {@link Chart} so that {@code save}, {@code charts} and the notebook renderer draw it like any other
 * chart, in PNG and SVG. Not thread-safe (no XChart chart is).
 */
public final class VenueMap extends Chart<VenueMap.MapStyler, Series> implements ChartData.DataChart {
    /** How many venues get a label, at most. */
    static final int LABELS = 8;
    /** Radius, in logical pixels, of the circle of the venue with the most engagements. */
    static final double MAX_RADIUS = 22;
    private static final double LAT_TOP = 84;
    private static final double LAT_BOTTOM = -58;
    private static final int LEGEND_HEIGHT = (int) (2 * MAX_RADIUS) + 12;
    private static final Color LAND = new Color(0xE6E6E6);

    /** XChart requires a styler; the map reads none of its settings (the look is {@link ReportTheme}'s). */
    public static final class MapStyler extends Styler {
        MapStyler() {
        }
    }

    /** A venue as drawn: where, how many engagements, whose ground. */
    record Venue(String id, String city, String country, double lon, double lat, int engagements, HostSide side) {
    }

    /** Longitude and latitude to logical pixels of the map area: x = left + lon·scale, y = top − lat·scale. */
    record Projection(double originX, double originY, double scale) {
        Point2D project(double lon, double lat) {
            return new Point2D.Double(originX + lon * scale, originY - lat * scale);
        }
    }

    /** Where the last {@link #paint} drew the map and the venues' circles, in the map area's pixels. */
    record Layout(Projection projection, Map<String, Point2D> centres, List<String> labelled) {
    }

    private final Caption caption;
    private final List<Venue> venues;
    private ChartData data;
    private Layout layout;

    private VenueMap(Caption caption, List<Venue> venues) {
        super(ReportTheme.WIDTH, ReportTheme.HEIGHT, new MapStyler());
        this.caption = caption;
        this.venues = List.copyOf(venues);
        setTitle(caption.title());
    }

    /** In: a dataset, or a {@link Dataset#withEngagements view} of it. Out: its venues on a map, with the source line. */
    public static VenueMap of(Dataset data) {
        return ReportCharts.withQuotes(of(data.engagements(), data.places(), ReportCharts.source(data)), data);
    }

    /**
     * In: engagements (id, venue, host_side), places (id, city, country, latitude, longitude), the source
     * line. Out: the map. Engagements without a venue, and venues without coordinates, are counted in
     * the subtitle, not drawn.
     */
    public static VenueMap of(Table engagements, Table places, String source) {
        Map<String, HostSide> sides = hostSides(engagements);
        Table byVenue = Venues.byVenue(engagements, places);
        List<Venue> venues = new ArrayList<>();
        int located = 0;
        for (int i = 0; i < byVenue.rowCount(); i++) {
            double lat = byVenue.doubleColumn(Schema.LATITUDE).getDouble(i);
            double lon = byVenue.doubleColumn(Schema.LONGITUDE).getDouble(i);
            if (Double.isNaN(lat) || Double.isNaN(lon)) {
                continue;
            }
            String id = byVenue.stringColumn(Schema.VENUE).get(i);
            int count = byVenue.intColumn(ENGAGEMENTS).get(i);
            venues.add(new Venue(id, byVenue.stringColumn(Schema.CITY).get(i), byVenue.stringColumn(Schema.COUNTRY).get(i),
                    lon, lat, count, sides.get(id)));
            located += count;
        }
        int unshown = engagements.rowCount() - located;
        String subtitle = "Engagements by venue, any status: circle area shows how many, colour whose ground. "
                + String.format(Locale.ROOT, "%,d", unshown) + (unshown == 1 ? " engagement has" : " engagements have")
                + " no venue on the map (calls, or a venue without coordinates) and " + (unshown == 1 ? "is" : "are")
                + " not shown.";
        VenueMap map = new VenueMap(new Caption("Where US and Chinese officials meet, on the map", subtitle, source), venues);
        map.setData(data(engagements, venues));
        return map;
    }

    /**
     * One row per circle, most engagements first: venue, city, country, latitude, longitude, host_side
     * (its colour), the count (its area) and its engagements.
     */
    private static ChartData data(Table engagements, List<Venue> venues) {
        var venueColumn = engagements.stringColumn(Schema.VENUE);
        Map<String, List<String>> ids = EngagementIds.by(engagements, i -> VenueChart.venueOf(venueColumn, i));
        List<ChartData.Row> rows = new ArrayList<>();
        for (Venue venue : venues) {
            rows.add(new ChartData.Row(List.of(venue.id(), venue.city(), venue.country(), coordinate(venue.lat()),
                    coordinate(venue.lon()), venue.side() == null ? "" : venue.side().code()), venue.engagements(),
                    EngagementIds.of(ids, venue.id())));
        }
        return new ChartData(List.of(Schema.VENUE, Schema.CITY, Schema.COUNTRY, Schema.LATITUDE, Schema.LONGITUDE,
                Schema.HOST_SIDE), rows, ChartData.Behind.of(engagements));
    }

    /** Degrees as places.json gives them, without a binary fraction's noise. */
    private static String coordinate(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    @Override
    public ChartData data() {
        return data;
    }

    @Override
    public void setData(ChartData numbers) {
        this.data = java.util.Objects.requireNonNull(numbers, "numbers");
    }

    /** The venues drawn, most engagements first. */
    List<Venue> venues() {
        return venues;
    }

    /** Where the last paint put things; empty before the first paint. */
    java.util.Optional<Layout> layout() {
        return java.util.Optional.ofNullable(layout);
    }

    Caption caption() {
        return caption;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        ReportFrame.paint(g, width, height, caption, this::paintMap);
    }

    private void paintMap(Graphics2D g, int width, int height) {
        int mapTop = 6;
        int mapHeight = height - LEGEND_HEIGHT - mapTop;
        int mapWidth = width - 2 * ReportFrame.MARGIN;
        double scale = Math.min(mapWidth / 360.0, mapHeight / (LAT_TOP - LAT_BOTTOM));
        double left = ReportFrame.MARGIN + (mapWidth - 360 * scale) / 2;
        Projection projection = new Projection(left + 180 * scale, mapTop + LAT_TOP * scale, scale);
        paintLand(g, projection, new Rectangle2D.Double(left, mapTop, 360 * scale, mapHeight));
        Map<String, Point2D> centres = new HashMap<>();
        List<Rectangle2D> circles = new ArrayList<>();
        int max = venues.stream().mapToInt(Venue::engagements).max().orElse(1);
        // Largest first, so that small circles stay visible on top of large ones.
        List<Venue> bySize = venues.stream().sorted(Comparator.comparingInt(Venue::engagements).reversed()).toList();
        for (Venue venue : bySize) {
            Point2D centre = projection.project(venue.lon(), venue.lat());
            double r = radius(venue.engagements(), max);
            Ellipse2D circle = new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
            Color color = ReportTheme.hostSideColor(venue.side());
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 190));
            g.fill(circle);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.draw(circle);
            centres.put(venue.id(), centre);
            circles.add(circle.getBounds2D());
        }
        List<String> labelled = paintLabels(g, bySize, centres, max, circles,
                new Rectangle2D.Double(0, 0, width, mapTop + mapHeight));
        paintLegend(g, mapTop + mapHeight, max);
        layout = new Layout(projection, Map.copyOf(centres), List.copyOf(labelled));
    }

    /**
     * Fills the land and draws the borders, clipped to the map. A ring that crosses the antimeridian
     * (Russia's Chukotka, Fiji) jumps by about 360° between two points: its longitudes are made
     * continuous and it is drawn a second time shifted by 360°, instead of streaking across the map.
     */
    private static void paintLand(Graphics2D g, Projection projection, Rectangle2D map) {
        Path2D land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (WorldOutlines.Country country : WorldOutlines.countries()) {
            if (country.code().equals("AQ")) {
                continue;
            }
            for (double[] ring : country.rings()) {
                double[] lons = continuous(ring);
                double min = java.util.Arrays.stream(lons).min().orElse(0);
                double max = java.util.Arrays.stream(lons).max().orElse(0);
                addRing(land, projection, ring, lons, 0);
                if (max > 180) {
                    addRing(land, projection, ring, lons, -360);
                }
                if (min < -180) {
                    addRing(land, projection, ring, lons, 360);
                }
            }
        }
        Graphics2D clipped = (Graphics2D) g.create();
        try {
            clipped.clip(map);
            clipped.setColor(LAND);
            clipped.fill(land);
            clipped.setColor(Color.WHITE);
            clipped.setStroke(new BasicStroke(0.5f));
            clipped.draw(land);
        } finally {
            clipped.dispose();
        }
    }

    /** The ring's longitudes with every jump of more than 180° between neighbours undone. */
    private static double[] continuous(double[] ring) {
        double[] lons = new double[ring.length / 2];
        double shift = 0;
        for (int i = 0; i < lons.length; i++) {
            if (i > 0) {
                double jump = ring[2 * i] + shift - lons[i - 1];
                shift -= jump > 180 ? 360 : jump < -180 ? -360 : 0;
            }
            lons[i] = ring[2 * i] + shift;
        }
        return lons;
    }

    /**
     * Adds one ring, its points snapped to 1/8 logical pixel (a quarter of a PNG pixel, invisible): SVG
     * numbers stay short, and points that snap together are dropped.
     */
    private static void addRing(Path2D path, Projection projection, double[] ring, double[] lons, double shift) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < lons.length; i++) {
            Point2D p = projection.project(lons[i] + shift, ring[2 * i + 1]);
            double x = Math.round(p.getX() * 8) / 8.0;
            double y = Math.round(p.getY() * 8) / 8.0;
            if (i == 0) {
                path.moveTo(x, y);
            } else if (x != lastX || y != lastY) {
                path.lineTo(x, y);
            }
            lastX = x;
            lastY = y;
        }
        path.closePath();
    }

    /**
     * Labels the top venues, greedily, biggest first: the first of eight positions around the circle
     * that stays inside the map and overlaps no circle and no earlier label; a venue with no such
     * position goes unlabelled rather than overlapping.
     */
    private List<String> paintLabels(Graphics2D g, List<Venue> bySize, Map<String, Point2D> centres, int max,
            List<Rectangle2D> obstacles, Rectangle2D bounds) {
        Font font = ReportTheme.labelFont();
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        // Circles' bounding boxes and placed labels: nothing a new label may overlap.
        List<Rectangle2D> taken = new ArrayList<>(obstacles);
        List<String> labelled = new ArrayList<>();
        for (Venue venue : bySize.subList(0, Math.min(LABELS, bySize.size()))) {
            String text = venue.city() + " " + String.format(Locale.ROOT, "%,d", venue.engagements());
            double w = fm.stringWidth(text);
            double h = fm.getAscent() + fm.getDescent();
            Point2D c = centres.get(venue.id());
            double r = radius(venue.engagements(), max) + 3;
            double[][] offsets = {
                {r, -h / 2}, {-r - w, -h / 2}, {-w / 2, -r - h}, {-w / 2, r},
                {r * 0.7, -r * 0.7 - h}, {-r * 0.7 - w, -r * 0.7 - h}, {r * 0.7, r * 0.7}, {-r * 0.7 - w, r * 0.7}};
            for (double[] offset : offsets) {
                Rectangle2D box = new Rectangle2D.Double(c.getX() + offset[0], c.getY() + offset[1], w, h);
                if (!bounds.contains(box) || taken.stream().anyMatch(box::intersects)) {
                    continue;
                }
                g.setColor(ReportTheme.TEXT);
                g.drawString(text, (float) box.getX(), (float) (box.getY() + fm.getAscent()));
                taken.add(box);
                labelled.add(venue.id());
                break;
            }
        }
        return labelled;
    }

    /** The legend below the map: the host-side colours on the left, the circle sizes on the right. */
    private void paintLegend(Graphics2D g, int top, int max) {
        Font font = ReportTheme.labelFont();
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double baseline = top + LEGEND_HEIGHT / 2.0 + fm.getAscent() / 2.0 - 1;
        double x = ReportFrame.MARGIN;
        for (HostSide side : List.of(HostSide.US, HostSide.CN, HostSide.THIRD)) {
            double r = 6;
            g.setColor(ReportTheme.hostSideColor(side));
            g.fill(new Ellipse2D.Double(x, baseline - fm.getAscent() / 2.0 - r + 1, 2 * r, 2 * r));
            x += 2 * r + 6;
            g.setColor(ReportTheme.TEXT);
            String name = ReportTheme.hostSideName(side);
            g.drawString(name, (float) x, (float) baseline);
            x += fm.stringWidth(name) + 18;
        }
        List<Integer> sizes = max > 1 ? List.of(1, max) : List.of(1);
        String intro = "Circle area: engagements";
        double right = getWidth() - ReportFrame.MARGIN;
        double needed = fm.stringWidth(intro) + 10;
        for (int n : sizes) {
            needed += 2 * radius(n, max) + 6 + fm.stringWidth(Integer.toString(n)) + 14;
        }
        double sx = right - needed;
        g.setColor(ReportTheme.MUTED_TEXT);
        g.drawString(intro, (float) sx, (float) baseline);
        sx += fm.stringWidth(intro) + 10;
        double middle = baseline - fm.getAscent() / 2.0 + 1;
        for (int n : sizes) {
            double r = radius(n, max);
            g.setColor(ReportTheme.AXIS);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double(sx, middle - r, 2 * r, 2 * r));
            sx += 2 * r + 6;
            g.setColor(ReportTheme.TEXT);
            g.drawString(Integer.toString(n), (float) sx, (float) baseline);
            sx += fm.stringWidth(Integer.toString(n)) + 14;
        }
    }

    /** Area proportional to engagements: the radius grows with the square root. */
    static double radius(int engagements, int max) {
        return MAX_RADIUS * Math.sqrt((double) engagements / Math.max(1, max));
    }

    /** Each venue's host side: the side most of its engagements were on (ties: US, CN, third, none). */
    private static Map<String, HostSide> hostSides(Table engagements) {
        Map<String, Map<HostSide, Integer>> counts = new HashMap<>();
        var venues = engagements.stringColumn(Schema.VENUE);
        var hostSides = engagements.stringColumn(Schema.HOST_SIDE);
        for (int i = 0; i < engagements.rowCount(); i++) {
            String venue = venues.get(i);
            String code = hostSides.get(i);
            if (venue != null && !venue.isBlank()) {
                HostSide.find(code).ifPresent(side -> counts.computeIfAbsent(venue.strip(), k -> new EnumMap<>(HostSide.class))
                        .merge(side, 1, Integer::sum));
            }
        }
        Map<String, HostSide> sides = new HashMap<>();
        counts.forEach((venue, bySide) -> sides.put(venue, bySide.entrySet().stream()
                .max(Comparator.<Map.Entry<HostSide, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey()));
        return sides;
    }
}
