package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Person;
import org.engagements.data.Side;

/**
 * The people an article has so far named in full, latest last: whom a later bare family name means.
 * Standard coreference: after "Commerce Minister Wang Wentao", "Wang" is Wang Wentao, not the vocabulary's
 * Wang Yi who also answers to it; after "Gina Raimondo", "Raimondo" is her. The family name is the first word
 * of a Chinese name and the last of another (less a "Jr." or "III"). Each entry is a vocabulary person, or an
 * official outside it placed on a side ("China's Commerce Minister Wang Wentao" before the newcomer joins),
 * or someone else of that family name the vocabulary does not know and no office places ("Wang Huiyao"). One
 * per article reading; not thread-safe.
 */
final class FullNames {
    /** A full name the article used: its family name, and whom it named. */
    record Entry(String family, Optional<Person> person, Optional<Side> side) {
    }

    private final List<Entry> entries = new ArrayList<>();

    FullNames() {
    }

    private FullNames(List<Entry> entries) {
        this.entries.addAll(entries);
    }

    FullNames copy() {
        return new FullNames(entries);
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    void addAll(List<Entry> more) {
        entries.addAll(more);
    }

    /** The family names the article has used in full, once each. */
    java.util.Set<String> families() {
        java.util.Set<String> families = new java.util.LinkedHashSet<>();
        entries.forEach(e -> families.add(e.family()));
        return families;
    }

    /** The latest full name with this family name, if the article has used one. */
    Optional<Entry> latest(String family) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).family().equals(family)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** The family name in a full name: first word of a Chinese name, last of another ("Jr.", "III" aside). */
    static Optional<String> family(String fullName, Side side) {
        String[] words = fullName.strip().split("\\s+");
        int last = words.length - 1;
        while (last > 0 && words[last].matches("(?:Jr|Sr)\\.?|I{2,3}|IV|,")) {
            last--;
        }
        if (last < 1) {
            return Optional.empty();
        }
        String family = side == Side.CN ? words[0] : words[last];
        return Optional.of(family.replaceAll("[,.]$", ""));
    }

    static Optional<String> family(Person person) {
        return family(person.name(), person.country());
    }
}
