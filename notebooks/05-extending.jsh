// %% [markdown]
// # Extending the analyses with new data
//
// The analyses are functions of the tables, so new rows flow through them unchanged. This
// notebook copies the dataset to a scratch folder, adds an article and an engagement by hand,
// validates the result, loads the second folder and re-runs an analysis on both.
//
// To extend the real dataset, edit the files under `data/` the same way and run
// `./engagements validate`; to extract engagements from a new article automatically, see
// `./engagements ingest`.

// %% Imports
import java.nio.file.*;
import java.time.*;
import java.util.*;
import tech.tablesaw.api.*;
import org.engagements.Engagements;
import org.engagements.analysis.*;
import org.engagements.data.*;
import static org.engagements.display.Display.display;

Dataset original = Engagements.load();

// %% [markdown]
// ## A scratch copy of the data
//
// Everything below writes only inside a temporary folder.

// %% Copy the data folder
Path scratch = Files.createTempDirectory("engagements-extend").resolve("data");
try (var paths = Files.walk(original.folder())) {
    for (Path source : paths.sorted().toList()) {
        Files.copy(source, scratch.resolve(original.folder().relativize(source).toString()));
    }
}
System.out.println("copied to " + scratch);

// %% [markdown]
// ## Add an article, an engagement and its mention
//
// A short report of the Biden–Xi meeting at Woodside, near San Francisco, on 15 November 2023.
// The mention quotes the article's sentence exactly; validation checks that it does.

// %% Add rows
String text = "President Joe Biden and Chinese leader Xi Jinping met on Wednesday at an estate in " +
        "Woodside, near San Francisco, on the sidelines of the APEC summit.\n";
Files.writeString(scratch.resolve("articles/005_example.txt"), text);
Files.writeString(scratch.resolve("articles.csv"),
        "a005,005_example.txt,Example Wire,2023-11-16,stated in the example,Biden and Xi meet at Woodside,\n",
        StandardOpenOption.APPEND);
Files.writeString(scratch.resolve("mentions.csv"),
        "a005,e022,held,on Wednesday,\"President Joe Biden and Chinese leader Xi Jinping met on Wednesday at an " +
        "estate in Woodside, near San Francisco, on the sidelines of the APEC summit.\"\n",
        StandardOpenOption.APPEND);

// %% [markdown]
// The new article reports the planned San Francisco meeting (`e022`) as held, on a day we now
// know. We update that row: status `held`, dated 2023-11-15.

// %% Update the engagement
Path engagementsCsv = scratch.resolve("engagements.csv");
List<String> lines = new ArrayList<>(Files.readAllLines(engagementsCsv));
for (int i = 0; i < lines.size(); i++) {
    if (lines.get(i).startsWith("e022,")) {
        lines.set(i, lines.get(i).replace("2023-11-01,2023-11-30,month,planned", "2023-11-15,2023-11-15,day,held"));
    }
}
Files.write(engagementsCsv, lines);

// %% [markdown]
// ## Validate, then load
//
// `validate` lists every problem at once, each naming the file, line, column and value; an
// empty list means the folder loads.

// %% Validate
List<Problem> problems = DatasetLoader.validate(scratch);
problems.forEach(p -> System.out.println(p.message()));
System.out.println(problems.isEmpty() ? "no problems" : problems.size() + " problems");

// %% Load the extended data
Dataset extended = Engagements.load(scratch);
System.out.printf("original: %d articles, %d held; extended: %d articles, %d held%n",
        original.articles().rowCount(), Filters.held(original.engagements()).rowCount(),
        extended.articles().rowCount(), Filters.held(extended.engagements()).rowCount());

// %% [markdown]
// ## The same analysis on both
//
// The gap between held leader-level meetings now includes Woodside: a year after Bali.

// %% Leader gaps, original
Frequency.leaderGaps(original.engagements())

// %% Leader gaps, extended
Frequency.leaderGaps(extended.engagements())

// %% [markdown]
// ## A mistake is caught, not loaded
//
// A typo in a person id is reported with its line and a suggestion.

// %% A bad row
Files.writeString(engagementsCsv,
        "e023,Typo example,2023-12-01,2023-12-01,day,held,phone,none,leader,biden,xi-jingping,,,,\n",
        StandardOpenOption.APPEND);
DatasetLoader.validate(scratch).forEach(p -> System.out.println(p.message()));
