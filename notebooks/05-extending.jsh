// %% [markdown]
// # Extending the analyses with new data
//
// The analyses are functions of the tables, so new rows flow through them unchanged. This
// notebook adds an article, the engagement it reports and its mention to a scratch copy of the
// dataset, checks the result, loads it and re-runs an analysis on both.
//
// It works on any data folder (`./engagements run --data DIR`): the new rows take the next free
// ids, and the engagement the article updates is found by what it is, not by its id. Your data
// folder is only read. `venue` below is a place id from `vocab/places.json`; pass
// `-p venue=ID` if your vocabulary names San Francisco differently.
//
// To extend the real dataset, do what `./engagements ingest --apply` does: make the writer first,
// `DatasetWriter writer = DatasetWriter.of(folder)`, then read `DatasetContent.read(folder)`, make
// the same changes and call `writer.write(changed)`. It checks every rule first and writes nothing
// if one is broken or if the folder changed meanwhile. To extract engagements from a new article
// automatically, see `./engagements ingest`.

// %% Imports
import java.io.IOException;
import java.util.function.Function;

// %% Parameters tags=["parameters"]
String venue = "san-francisco";

// %% Data
Dataset original = Engagements.load();
DatasetContent content = DatasetContent.from(original);
System.out.printf("%d articles, %d engagements, %d mentions%n",
        content.articles().size(), content.engagements().size(), content.mentions().size());

// %% [markdown]
// ## The rows as values
//
// `DatasetContent` holds the rows of the three CSV files as records (`Article`, `Engagement`,
// `Mention`), the vocabularies and the article texts; its `with…` methods return a changed copy.
// New ids are one more than the largest in use, so they cannot clash with rows added earlier, by
// hand or by `ingest --apply`.
//
// The new article is a short report of the meeting of the US and Chinese presidents at Woodside,
// near San Francisco, on 15 November 2023 (Biden and Xi in the shipped data). Participants are
// person ids from `vocab/people.json`, looked up here by the office held that day.

// %% The presidents that day
LocalDate day = LocalDate.of(2023, 11, 15);

Person presidentOn(LocalDate day, Side side) {
    return content.vocabulary().people().stream()
            .filter(p -> p.country() == side && p.level() == Level.LEADER)
            .filter(p -> p.titles().stream().anyMatch(t -> t.title().startsWith("President") && t.heldOn(day)))
            .findFirst()
            .orElseThrow(() -> new NoSuchElementException("vocab/people.json has no " + side.code()
                    + " leader with a title starting \"President\" on " + day));
}

Person us = presidentOn(day, Side.US);
Person cn = presidentOn(day, Side.CN);
System.out.println(us.name() + " and " + cn.name());

// %% Add the article
String articleId = content.nextArticleId();
String text = "President " + us.name() + " and Chinese leader " + cn.name() + " met on Wednesday at an " +
        "estate in Woodside, near San Francisco, on the sidelines of the APEC summit.\n";
Article article = new Article(articleId, articleId + "_example.txt", "Example Wire", day.plusDays(1),
        "stated in the example", "US and Chinese presidents meet at Woodside", "");
DatasetContent changed = content.withArticle(article, text);
System.out.println("new article " + article.id() + ": " + article.file());

// %% [markdown]
// ## Update the engagement, or add it
//
// If the data already has a meeting of the two in person (not a call) whose dates include
// 15 November 2023, the article is news about it: it was held, that day, at `venue`. In the
// shipped data that is the planned San Francisco meeting. Otherwise the meeting becomes a new
// engagement with the next free id. Either way the article's sentence is its mention, quoted
// exactly; validation checks that the quote occurs in the text.

// %% Update or add the engagement
Optional<Engagement> meetingOn(LocalDate day) {
    return content.engagements().stream()
            .filter(e -> e.participants().us().contains(us.id()) && e.participants().cn().contains(cn.id()))
            .filter(e -> !e.mode().remote() && !day.isBefore(e.dates().start()) && !day.isAfter(e.dates().end()))
            .findFirst();
}

Optional<Engagement> known = meetingOn(day);
Engagement.Dates onTheDay = new Engagement.Dates(day, day, DatePrecision.DAY);
Engagement meeting = known.orElse(new Engagement(content.nextEngagementId(),
        "US and Chinese presidents meet at Woodside", onTheDay, Status.HELD, Mode.MULTILATERAL, HostSide.US,
        Level.LEADER, new Engagement.Participants(List.of(us.id()), List.of(cn.id())), "", "APEC summit",
        List.of(), ""));
Engagement held = meeting.withStatus(Status.HELD).withDates(onTheDay).withVenue(venue, HostSide.US,
        Mode.MULTILATERAL);
changed = changed.withEngagement(held).withMention(
        new Mention(articleId, held.id(), Status.HELD, "on Wednesday", text.strip()));
System.out.println((known.isPresent() ? "updates " : "adds ") + held.id() + ": " + held.title());

// %% [markdown]
// ## Check, write and load, on a scratch copy
//
// `DatasetWriter` writes content to a data folder as `ingest --apply` does: `check` lists every
// problem the result would have, each naming the file, line, column and value, and writes
// nothing; `write` checks too, then writes only the files that change.
//
// Here every step works on a scratch copy of the data folder: `inScratchCopy` copies it to
// `scratch/` in a new `engagements-extend…` folder of the system temp folder, runs the step and
// deletes the copy when the step ends, even when it fails. So problems name `scratch/…` files,
// not yours, and a failed step's error gives the copy's full path. The copy shows its progress:
// `Progress.over(label, items)` counts a loop's items as it takes them, a bar that updates in
// place in Jupyter and ends as its final count in the executed notebook.

// %% A scratch copy
<T> T inScratchCopy(Function<Path, T> step) throws IOException {
    Path temp = Files.createTempDirectory("engagements-extend");
    Path scratch = temp.resolve("scratch");
    try {
        try (var paths = Files.walk(original.folder())) {
            for (Path source : Progress.over("Copying " + original.folder().getFileName(), paths.sorted().toList())) {
                Files.copy(source, scratch.resolve(original.folder().relativize(source).toString()));
            }
        }
        return step.apply(scratch);
    } catch (RuntimeException e) {
        throw new IllegalStateException("in the scratch copy " + scratch + " (deleted now; your data folder "
                + original.folder().toAbsolutePath().normalize() + " is unchanged): " + e.getMessage(), e);
    } finally {
        try (var paths = Files.walk(temp)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

// %% Check
List<Problem> problems = inScratchCopy(scratch -> DatasetWriter.of(scratch).check(changed));
problems.forEach(p -> System.out.println(p.message()));
System.out.println(problems.isEmpty() ? "no problems" : problems.size() + " problems");

// %% Write and load
Dataset extended = inScratchCopy(scratch -> {
    List<String> written = DatasetWriter.of(scratch).write(changed);
    System.out.println("wrote scratch/" + String.join(", scratch/", written));
    return Engagements.load(scratch);
});
System.out.printf("original: %d articles, %d held; extended: %d articles, %d held%n",
        original.articles().rowCount(), Filters.held(original.engagements()).rowCount(),
        extended.articles().rowCount(), Filters.held(extended.engagements()).rowCount());

// %% [markdown]
// ## The same analysis on both
//
// The gaps between held leader-level meetings. In the shipped data the extended table has one
// more row: the gap up to Woodside.

// %% Leader gaps, original
Frequency.leaderGaps(original.engagements())

// %% Leader gaps, extended
Frequency.leaderGaps(extended.engagements())

// %% [markdown]
// ## A mistake is caught, not loaded
//
// A call whose Chinese participant id has a typo (its last letter dropped) is reported with its
// line and a suggestion, and so is the missing mention of the new engagement. `check` writes
// nothing, and `write` would refuse.

// %% A bad row
String typo = cn.id().substring(0, cn.id().length() - 1);
Engagement call = new Engagement(changed.nextEngagementId(), "Typo example",
        new Engagement.Dates(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 1), DatePrecision.DAY),
        Status.HELD, Mode.PHONE, HostSide.NONE, Level.LEADER,
        new Engagement.Participants(List.of(us.id()), List.of(typo)), "", "", List.of(), "");
List<Problem> mistakes = inScratchCopy(scratch -> DatasetWriter.of(scratch).check(changed.withEngagement(call)));
mistakes.forEach(p -> System.out.println(p.message()));
