package org.engagements.data;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * A loaded, validated dataset. Every table has the columns named in {@link Schema}, with explicit
 * types: ids, codes and text as string columns, dates as date columns, coordinates as doubles.
 *
 * <ul>
 *   <li>{@code articles}, {@code engagements}, {@code mentions}: the CSV files as they are.</li>
 *   <li>{@code people} (id, name, country, level), {@code places} (id, city, country, latitude,
 *       longitude), {@code issues} (id, label, parent): the vocabularies as tables.</li>
 *   <li>{@code participants}: one row per engagement × participant (engagement_id, person_id, side,
 *       name, level).</li>
 *   <li>{@code engagementIssues}: one row per engagement × issue (engagement_id, issue_id, label,
 *       parent; parent empty for top-level issues).</li>
 *   <li>{@code articleTexts}: article id → full text.</li>
 * </ul>
 *
 * Tables are shared, not copied: analyses must not mutate them (Tablesaw tables are mutable).
 */
public record Dataset(
        Path folder,
        Table articles,
        Table engagements,
        Table mentions,
        Vocabulary vocabulary,
        Table people,
        Table places,
        Table issues,
        Table participants,
        Table engagementIssues,
        SortedMap<String, String> articleTexts) {
    public Dataset {
        articleTexts = new TreeMap<>(articleTexts);
    }
}
