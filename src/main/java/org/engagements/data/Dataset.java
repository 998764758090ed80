package org.engagements.data;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
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
 * Tables are shared, not copied: analyses must not mutate them (Tablesaw tables are mutable). Thread
 * safe as long as nobody does.
 */
public final class Dataset {
    private final Path folder;
    private final Table articles;
    private final Table engagements;
    private final Table mentions;
    private final Vocabulary vocabulary;
    private final Table people;
    private final Table places;
    private final Table issues;
    private final SortedMap<String, String> articleTexts;
    private Supplier<Table> participants;
    private Supplier<Table> engagementIssues;
    private Table participantsTable;
    private Table engagementIssuesTable;

    /** A dataset of tables built elsewhere (tests, samples). */
    public Dataset(Path folder, Table articles, Table engagements, Table mentions, Vocabulary vocabulary,
                   Table people, Table places, Table issues, Table participants, Table engagementIssues,
                   SortedMap<String, String> articleTexts) {
        this(folder, articles, engagements, mentions, vocabulary, people, places, issues, () -> participants,
                () -> engagementIssues, articleTexts);
    }

    /**
     * With the two long tables built on first use: with a million engagements they are millions of rows
     * that most analyses never read.
     */
    Dataset(Path folder, Table articles, Table engagements, Table mentions, Vocabulary vocabulary,
            Table people, Table places, Table issues, Supplier<Table> participants,
            Supplier<Table> engagementIssues, SortedMap<String, String> articleTexts) {
        this.folder = folder;
        this.articles = articles;
        this.engagements = engagements;
        this.mentions = mentions;
        this.vocabulary = vocabulary;
        this.people = people;
        this.places = places;
        this.issues = issues;
        this.participants = participants;
        this.engagementIssues = engagementIssues;
        this.articleTexts = new TreeMap<>(articleTexts);
    }

    public Path folder() {
        return folder;
    }

    public Table articles() {
        return articles;
    }

    public Table engagements() {
        return engagements;
    }

    public Table mentions() {
        return mentions;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Table people() {
        return people;
    }

    public Table places() {
        return places;
    }

    public Table issues() {
        return issues;
    }

    /** One row per engagement × participant, built on first use; thread safe. */
    public synchronized Table participants() {
        if (participantsTable == null) {
            participantsTable = participants.get();
            participants = null;
        }
        return participantsTable;
    }

    /** One row per engagement × issue, built on first use; thread safe. */
    public synchronized Table engagementIssues() {
        if (engagementIssuesTable == null) {
            engagementIssuesTable = engagementIssues.get();
            engagementIssues = null;
        }
        return engagementIssuesTable;
    }

    public SortedMap<String, String> articleTexts() {
        return articleTexts;
    }
}
