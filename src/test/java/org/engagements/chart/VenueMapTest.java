package org.engagements.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.engagements.data.DatasetLoader;
import org.engagements.data.HostSide;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class VenueMapTest {
    /** The places vocabulary of the repository's data, every place a venue. */
    private static final Table PLACES = DatasetLoader.load(Path.of("data")).places();

    /** One engagement at each place (two at the first), host side from the place's country. */
    private static VenueMap everyPlace() {
        List<String> venues = new ArrayList<>(PLACES.stringColumn(Schema.ID).asList());
        venues.add(venues.get(0));
        List<String> sides = new ArrayList<>();
        for (String venue : venues) {
            String country = PLACES.stringColumn(Schema.COUNTRY).get(PLACES.stringColumn(Schema.ID).indexOf(venue));
            sides.add(country.equals("US") || country.equals("CN") ? country : HostSide.THIRD.code());
        }
        List<String> ids = new ArrayList<>();
        venues.forEach(venue -> ids.add("e" + ids.size()));
        Table engagements = Table.create("engagements", StringColumn.create(Schema.ID, ids),
                StringColumn.create(Schema.VENUE, venues), StringColumn.create(Schema.HOST_SIDE, sides));
        return VenueMap.of(engagements, PLACES, "Source: test");
    }

    private static VenueMap.Layout paint(VenueMap map) {
        BufferedImage image = new BufferedImage(map.getWidth(), map.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            map.paint(g, map.getWidth(), map.getHeight());
        } finally {
            g.dispose();
        }
        return map.layout().orElseThrow();
    }

    @Test
    void everyVenueCircleIsCentredInItsCountrysOutline() {
        VenueMap map = everyPlace();
        VenueMap.Layout layout = paint(map);
        assertEquals(PLACES.rowCount(), map.venues().size(), "every place is drawn");
        VenueMap.Projection projection = layout.projection();
        for (VenueMap.Venue venue : map.venues()) {
            Point2D centre = layout.centres().get(venue.id());
            double lon = (centre.getX() - projection.originX()) / projection.scale();
            double lat = (projection.originY() - centre.getY()) / projection.scale();
            WorldOutlines.Country country = WorldOutlines.find(venue.country())
                    .orElseThrow(() -> new AssertionError(venue.id() + ": no outline for country " + venue.country()));
            // 1:110m generalises coasts and borders by up to ~20 km: Palm Beach lies just off Florida's
            // outline, Geneva just inside France's. Less than one logical pixel is on the outline as drawn.
            double pixelsOff = country.contains(lon, lat) ? 0 : distance(country, lon, lat) * projection.scale();
            assertTrue(pixelsOff < 1, venue.id() + " at " + lon + "," + lat + " is " + pixelsOff + " px outside "
                    + country.name());
        }
    }

    @Test
    void outlinesHaveTheCountriesOfThePlacesAndContainTheirCapitals() {
        assertTrue(WorldOutlines.find("CN").orElseThrow().contains(116.41, 39.90), "Beijing in China");
        assertFalse(WorldOutlines.find("CN").orElseThrow().contains(-77.04, 38.91), "Washington not in China");
        assertTrue(WorldOutlines.find("MT").isPresent(), "Malta, from 1:50m");
        assertTrue(WorldOutlines.find("SG").isPresent(), "Singapore, from 1:50m");
        assertTrue(WorldOutlines.find("").isEmpty());
    }

    @Test
    void circleAreaIsProportionalToEngagements() {
        double one = VenueMap.radius(1, 9);
        double nine = VenueMap.radius(9, 9);
        assertEquals(9.0, nine * nine / (one * one), 1e-9);
        assertEquals(VenueMap.MAX_RADIUS, nine, 1e-9);
    }

    @Test
    void aVenueIsColouredByTheHostSideOfMostOfItsEngagements() {
        Table engagements = Table.create("engagements", StringColumn.create(Schema.ID, "e1", "e2", "e3", "e4", "e5"),
                StringColumn.create(Schema.VENUE, "bali", "bali", "bali", "beijing", ""),
                StringColumn.create(Schema.HOST_SIDE, "CN", "third", "third", "CN", "none"));
        VenueMap map = VenueMap.of(engagements, PLACES, "Source: test");
        Map<String, HostSide> sides = new java.util.HashMap<>();
        map.venues().forEach(v -> sides.put(v.id(), v.side()));
        assertEquals(Map.of("bali", HostSide.THIRD, "beijing", HostSide.CN), sides);
        assertEquals(List.of(3, 1), map.venues().stream().map(VenueMap.Venue::engagements).toList());
        assertTrue(map.caption().subtitle().contains("1 engagement has no venue on the map"), map.caption().subtitle());
    }

    @Test
    void drawsToPngAndSvgWithTitleLegendAndLabels() throws Exception {
        VenueMap map = everyPlace();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartExport.png(map)));
        assertEquals(ReportTheme.WIDTH * ReportTheme.PNG_SCALE, png.getWidth());
        String svg = new String(ChartExport.svg(map), StandardCharsets.UTF_8);
        assertTrue(svg.contains(map.getTitle()), "title in the SVG");
        assertTrue(svg.contains("Third country") && svg.contains("Circle area: engagements"), "legend in the SVG");
        List<String> labelled = map.layout().orElseThrow().labelled();
        assertFalse(labelled.isEmpty());
        assertTrue(labelled.size() <= VenueMap.LABELS);
        assertTrue(labelled.contains(map.venues().get(0).id()), "the venue with the most engagements is labelled");
    }

    /** Shortest distance, in degrees, from the point to any edge of the country's rings. */
    private static double distance(WorldOutlines.Country country, double lon, double lat) {
        double best = Double.MAX_VALUE;
        for (double[] ring : country.rings()) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                best = Math.min(best, java.awt.geom.Line2D.ptSegDist(ring[2 * j], ring[2 * j + 1], ring[2 * i], ring[2 * i + 1], lon, lat));
            }
        }
        return best;
    }
}
