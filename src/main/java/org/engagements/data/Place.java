package org.engagements.data;

import java.util.List;

/** A venue in {@code vocab/places.json}: a city with its ISO 3166-1 alpha-2 country and coordinates. */
public record Place(String id, String city, String country, double latitude, double longitude, List<String> aliases) {
    public Place {
        aliases = List.copyOf(aliases);
    }
}
