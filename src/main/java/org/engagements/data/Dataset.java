package org.engagements.data;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 *
 * <p>{@link #withEngagements} gives a view with some of the engagements (a filter's result), which charts
 * take as they take the whole dataset: their source line says how many of the whole's engagements they show.
 */
public final class Dataset {
    private final Path folder;
    private final Table articles;
    private final Table engagements;
    private Supplier<Table> mentions;
    private Table mentionsTable;
    /** The mentions of some engagements, found without building {@link #mentions()}; null: filter it. */
    private final Function<Set<String>, Table> mentionsOf;
    private final Vocabulary vocabulary;
    private final Table people;
    private final Table places;
    private final Table issues;
    private final SortedMap<String, String> articleTexts;
    private Supplier<Table> participants;
    private Supplier<Table> engagementIssues;
    private Table participantsTable;
    private Table engagementIssuesTable;
    private final Dataset whole;

    /** A dataset of tables built elsewhere (tests, samples). */
    public Dataset(Path folder, Table articles, Table engagements, Table mentions, Vocabulary vocabulary,
                   Table people, Table places, Table issues, Table participants, Table engagementIssues,
                   SortedMap<String, String> articleTexts) {
        this(folder, articles, engagements, () -> mentions, null, vocabulary, people, places, issues,
                () -> participants, () -> engagementIssues, articleTexts, null);
    }

    /**
     * With the mentions and the two long tables built on first use: with a million engagements they are
     * millions of rows that most analyses and every chart never read (the mentions' quotes alone are a
     * million distinct strings in a Tablesaw dictionary). {@code mentionsOf} finds the mentions of a few
     * engagements (what a chart's page quotes) without building them all.
     */
    Dataset(Path folder, Table articles, Table engagements, Supplier<Table> mentions,
            Function<Set<String>, Table> mentionsOf, Vocabulary vocabulary, Table people, Table places, Table issues,
            Supplier<Table> participants, Supplier<Table> engagementIssues, SortedMap<String, String> articleTexts) {
        this(folder, articles, engagements, mentions, mentionsOf, vocabulary, people, places, issues, participants,
                engagementIssues, articleTexts, null);
    }

    private Dataset(Path folder, Table articles, Table engagements, Supplier<Table> mentions,
                    Function<Set<String>, Table> mentionsOf, Vocabulary vocabulary, Table people, Table places,
                    Table issues, Supplier<Table> participants, Supplier<Table> engagementIssues,
                    SortedMap<String, String> articleTexts, Dataset whole) {
        this.whole = whole == null ? this : whole;
        this.mentionsOf = mentionsOf;
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
        this.articleTexts = whole == null ? new TreeMap<>(articleTexts) : articleTexts;   // a view shares it
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

    /**
     * The mentions, built on first use; of a {@link #withEngagements view}, those of its engagements. Thread
     * safe.
     */
    public synchronized Table mentions() {
        if (mentionsTable == null) {
            mentionsTable = mentions.get();
            mentions = null;
        }
        return mentionsTable;
    }

    /**
     * The mentions of the engagements {@code engagementIds} (others' ids are ignored), in the order of
     * {@link #mentions()}: what a chart's page quotes for the few engagements it lists. Until the whole
     * table is asked for, read from the file's rows without building it (at a million engagements it
     * is a million quotes in a Tablesaw dictionary); thread safe.
     */
    public Table mentionsOf(Set<String> engagementIds) {
        Function<Set<String>, Table> fromFile;
        synchronized (this) {
            fromFile = mentionsTable == null ? mentionsOf : null;
        }
        return fromFile != null ? fromFile.apply(engagementIds) : of(mentions(), engagementIds);
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

    /**
     * A view of this dataset with only {@code shown}, some of its engagements (a filter's result, with the
     * engagements table's columns). The view's engagements are {@code shown}; its mentions, participants
     * and engagement issues are theirs, found on first use; its articles, vocabularies and texts are the
     * whole dataset's, and so is its {@link #whole()}. A view of a view is a view of the whole.
     *
     * @throws IllegalArgumentException when {@code shown} has no {@code id} column (the caller's mistake)
     */
    public Dataset withEngagements(Table shown) {
        if (shown == engagements) {
            return this;
        }
        if (!shown.containsColumn(Schema.ID)) {
            throw new IllegalArgumentException("expected engagements with an " + Schema.ID + " column, got "
                    + shown.name() + " with " + shown.columnNames());
        }
        Set<String> ids = new HashSet<>(shown.stringColumn(Schema.ID).asList());
        return new Dataset(folder, articles, shown, () -> of(whole.mentions(), ids),
                wanted -> whole.mentionsOf(wanted.stream().filter(ids::contains).collect(Collectors.toSet())),
                vocabulary, people, places, issues, () -> of(whole.participants(), ids),
                () -> of(whole.engagementIssues(), ids), articleTexts, whole);
    }

    /** The dataset this is a {@link #withEngagements view} of; itself when it is not a view. */
    public Dataset whole() {
        return whole;
    }

    /** The rows of {@code table} whose engagement is one of {@code ids}. */
    private static Table of(Table table, Set<String> ids) {
        return table.where(table.stringColumn(Schema.ENGAGEMENT_ID).isIn(ids));
    }
}
