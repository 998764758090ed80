package org.engagements.data;

import java.util.List;

/**
 * An official in {@code vocab/people.json}. Aliases are other ways articles write the name
 * ("Blinken", "Tony Blinken"); titles say which office the person held when.
 */
public record Person(String id, String name, List<String> aliases, Side country, Level level, List<Title> titles) {
    public Person {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }
}
