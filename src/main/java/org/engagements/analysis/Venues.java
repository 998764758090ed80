package org.engagements.analysis;

import static org.engagements.analysis.AnalysisColumns.ENGAGEMENTS;
import static org.engagements.analysis.AnalysisColumns.SHARE;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.engagements.data.HostSide;
import org.engagements.data.Schema;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Where engagements happen. Engagements without a venue (calls) are not in the venue and country
 * tables; {@link #byHostSide} counts every engagement.
 */
public final class Venues {
    private Venues() {
    }

    /**
     * In: engagements, places (id, city, country, latitude, longitude). Out: venue, city, country,
     * latitude, longitude, engagements; most engagements first, ties by venue id. A venue id missing
     * from the places table keeps its id as city, an empty country and missing coordinates.
     */
    public static Table byVenue(Table engagements, Table places) {
        Map<String, Integer> counts = countVenues(engagements);
        Map<String, Integer> placeRows = Tally.rowsById(places);
        Table out = Table.create("Engagements by venue", StringColumn.create(Schema.VENUE),
                StringColumn.create(Schema.CITY), StringColumn.create(Schema.COUNTRY),
                DoubleColumn.create(Schema.LATITUDE), DoubleColumn.create(Schema.LONGITUDE),
                IntColumn.create(ENGAGEMENTS));
        for (var entry : Tally.sortedByCount(counts)) {
            Integer row = placeRows.get(entry.getKey());
            out.stringColumn(Schema.VENUE).append(entry.getKey());
            out.stringColumn(Schema.CITY).append(row == null ? entry.getKey() : places.stringColumn(Schema.CITY).get(row));
            out.stringColumn(Schema.COUNTRY).append(row == null ? "" : places.stringColumn(Schema.COUNTRY).get(row));
            out.doubleColumn(Schema.LATITUDE).append(row == null ? Double.NaN : places.doubleColumn(Schema.LATITUDE).getDouble(row));
            out.doubleColumn(Schema.LONGITUDE).append(row == null ? Double.NaN : places.doubleColumn(Schema.LONGITUDE).getDouble(row));
            out.intColumn(ENGAGEMENTS).append(entry.getValue());
        }
        return out;
    }

    /**
     * In: engagements, places. Out: country (ISO code from places), engagements; most first, ties by
     * country. Venues missing from places count under country {@code ""}.
     */
    public static Table byCountry(Table engagements, Table places) {
        Table venues = byVenue(engagements, places);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < venues.rowCount(); i++) {
            counts.merge(venues.stringColumn(Schema.COUNTRY).get(i), venues.intColumn(ENGAGEMENTS).get(i), Integer::sum);
        }
        Table out = Table.create("Engagements by venue country", StringColumn.create(Schema.COUNTRY),
                IntColumn.create(ENGAGEMENTS));
        for (var entry : Tally.sortedByCount(counts)) {
            out.stringColumn(Schema.COUNTRY).append(entry.getKey());
            out.intColumn(ENGAGEMENTS).append(entry.getValue());
        }
        return out;
    }

    /**
     * In: engagements. Out: host_side, engagements, share: the four sides US, CN, third, none always
     * present in that order (zero when absent), then any other value found, sorted ({@code ""} for a
     * missing one). Shares add up to 1 (all 0 for an empty table).
     */
    public static Table byHostSide(Table engagements) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(HostSide.values()).forEach(h -> counts.put(h.code(), 0));
        engagements.stringColumn(Schema.HOST_SIDE).asList().stream().filter(c -> !counts.containsKey(c))
                .sorted().forEach(c -> counts.put(c, 0));
        for (String code : engagements.stringColumn(Schema.HOST_SIDE)) {
            counts.merge(code, 1, Integer::sum);
        }
        int total = engagements.rowCount();
        Table out = Table.create("Engagements by host side", StringColumn.create(Schema.HOST_SIDE),
                IntColumn.create(ENGAGEMENTS), DoubleColumn.create(SHARE));
        counts.forEach((code, count) -> {
            out.stringColumn(Schema.HOST_SIDE).append(code);
            out.intColumn(ENGAGEMENTS).append(count);
            out.doubleColumn(SHARE).append(total == 0 ? 0.0 : (double) count / total);
        });
        return out;
    }

    private static Map<String, Integer> countVenues(Table engagements) {
        Map<String, Integer> counts = new HashMap<>();
        for (String venue : engagements.stringColumn(Schema.VENUE)) {
            String id = venue == null ? "" : venue.strip();
            if (!id.isEmpty()) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        return counts;
    }
}
