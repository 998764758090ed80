package org.engagements.chart;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.core.JsonLimits;

/**
 * Country outlines of the world from Natural Earth 1:110m (public domain), read once from the
 * {@code world-110m.json} resource beside this class; see {@code world-110m.NOTICE.md} for source,
 * version, licence and conversion.
 */
final class WorldOutlines {
    /** One country: ISO 3166-1 alpha-2 code (empty for the few without one), name, rings of [lon, lat, ...]. */
    record Country(String code, String name, List<double[]> rings) {
        /** Whether the point is inside the outline (even-odd over all rings, so lakes are holes). */
        boolean contains(double lon, double lat) {
            boolean inside = false;
            for (double[] ring : rings) {
                int n = ring.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    private static final String RESOURCE = "world-110m.json";
    private static final List<Country> COUNTRIES = read();

    private WorldOutlines() {
    }

    static List<Country> countries() {
        return COUNTRIES;
    }

    /** The country with this ISO alpha-2 code, if the outlines have it. */
    static Optional<Country> find(String code) {
        return code == null || code.isEmpty() ? Optional.empty()
                : COUNTRIES.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private static List<Country> read() {
        try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build (our bug)");
            }
            List<Country> countries = new ArrayList<>();
            for (JsonNode country : JsonLimits.mapper().build().readTree(in).path("countries")) {
                List<double[]> rings = new ArrayList<>();
                for (JsonNode ring : country.path("rings")) {
                    double[] points = new double[ring.size()];
                    for (int i = 0; i < points.length; i++) {
                        points[i] = ring.get(i).asDouble();
                    }
                    rings.add(points);
                }
                countries.add(new Country(country.path("code").asText(), country.path("name").asText(), List.copyOf(rings)));
            }
            return List.copyOf(countries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE + " (our bug)", e);
        }
    }
}
