package org.engagements.ingest.extract;

import java.util.Objects;
import java.util.Optional;
import org.engagements.data.Place;

/**
 * A place named in a sentence: a venue from {@code vocab/places.json} (by city or alias), or only a
 * country; {@code country} is the ISO code either way. Locative means the words say where something
 * happens or goes ("in Beijing", "to China", "Alaska meetings"), not who acts ("Beijing protested").
 */
record PlaceMention(int start, int end, String words, Optional<Place> place, String country, boolean locative) {
    PlaceMention {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(country, "country");
    }
}
