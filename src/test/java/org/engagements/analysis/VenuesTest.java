package org.engagements.analysis;

import static org.engagements.analysis.EngagementTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.engagements.data.Schema;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class VenuesTest {
    private static final Table PLACES = EngagementTables.places(
            new Object[] {"beijing", "Beijing", "CN", 39.9, 116.4},
            new Object[] {"rome", "Rome", "IT", 41.9, 12.5},
            new Object[] {"matera", "Matera", "IT", 40.7, 16.6});

    private static Table fixture() {
        return new EngagementTables()
                .add(row("e1", "2020-01-01").venue("beijing").host("CN"))
                .add(row("e2", "2020-02-01").venue("rome").host("third"))
                .add(row("e3", "2020-03-01").venue("beijing").host("CN"))
                .add(row("e4", "2020-04-01").venue("matera").host("third"))
                .add(row("e5", "2020-05-01").venue("").host("none").mode("phone"))
                .add(row("e6", "2020-06-01").venue("atlantis").host("third"))
                .engagements();
    }

    @Test
    void byVenueCountsVenuesWithCoordinatesMostFirst() {
        Table out = Venues.byVenue(fixture(), PLACES);
        assertEquals(List.of("venue", "city", "country", "latitude", "longitude", "engagements"), out.columnNames());
        assertEquals(List.of("beijing", "atlantis", "matera", "rome"), out.stringColumn(Schema.VENUE).asList());
        assertEquals(List.of(2, 1, 1, 1), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals(39.9, out.doubleColumn(Schema.LATITUDE).getDouble(0));
        assertEquals("Beijing", out.stringColumn(Schema.CITY).get(0));
    }

    @Test
    void aVenueMissingFromPlacesKeepsItsIdAndNoCoordinates() {
        Table out = Venues.byVenue(fixture(), PLACES);
        assertEquals("atlantis", out.stringColumn(Schema.CITY).get(1));
        assertEquals("", out.stringColumn(Schema.COUNTRY).get(1));
        assertTrue(Double.isNaN(out.doubleColumn(Schema.LONGITUDE).getDouble(1)));
    }

    @Test
    void byCountrySumsVenuesPerCountry() {
        Table out = Venues.byCountry(fixture(), PLACES);
        assertEquals(List.of("CN", "IT", ""), out.stringColumn(Schema.COUNTRY).asList());
        assertEquals(List.of(2, 2, 1), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
    }

    @Test
    void byHostSideAlwaysHasAllFourSides() {
        Table out = Venues.byHostSide(fixture());
        assertEquals(List.of("US", "CN", "third", "none"), out.stringColumn(Schema.HOST_SIDE).asList());
        assertEquals(List.of(0, 2, 3, 1), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals(0.5, out.doubleColumn(AnalysisColumns.SHARE).getDouble(2), 1e-12);
        assertEquals(1.0, out.doubleColumn(AnalysisColumns.SHARE).sum(), 1e-12);
    }

    @Test
    void byHostSideOfNothingIsFourZeros() {
        Table out = Venues.byHostSide(new EngagementTables().engagements());
        assertEquals(List.of(0, 0, 0, 0), out.intColumn(AnalysisColumns.ENGAGEMENTS).asList());
        assertEquals(0.0, out.doubleColumn(AnalysisColumns.SHARE).sum());
    }
}
