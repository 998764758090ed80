package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.engagements.core.EngagementsException;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.write.DatasetWriter;
import org.engagements.data.Issue;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Side;
import org.engagements.data.Title;
import org.engagements.data.Vocabulary;
import org.engagements.data.write.VocabularyEdit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engagements vocab add person|place|issue …}: adds a vocabulary entry. The id must be new; the
 * whole dataset is validated with the entry before the file is replaced atomically.
 */
@Command(name = "vocab", mixinStandardHelpOptions = true, description = "Edit the vocabularies.",
        subcommands = VocabCommand.Add.class)
public final class VocabCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code vocab add}: the kinds of entry. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a person, a place or an issue.",
            subcommands = {AddPerson.class, AddPlace.class, AddIssue.class})
    static final class Add implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** The data folder option and the write shared by the three commands. */
    static final class VocabularyWrite {
        @Mixin
        DataOption data;

        /** Adds an entry through {@code edit}, validates everything, writes, and reports the file. */
        int write(CommandSpec spec, java.util.function.BiFunction<Vocabulary, String, Vocabulary> edit, String what) {
            Path dataFolder = data.folder();
            DatasetWriter writer = DatasetWriter.of(dataFolder);   // notes the folder before it is read
            DatasetContent content = DatasetContent.read(dataFolder);
            String folder = DataOption.name(dataFolder);
            List<String> written = writer.write(content.withVocabulary(
                    edit.apply(content.vocabulary(), folder)));
            PrintWriter out = spec.commandLine().getOut();
            out.println(written.stream().map(f -> folder + "/" + f).collect(Collectors.joining(", ")) + ": added "
                    + what);
            out.flush();
            return 0;
        }
    }

    @Command(name = "person", mixinStandardHelpOptions = true, description = "Add an official to vocab/people.json.")
    static final class AddPerson implements Callable<Integer> {
        @Mixin
        VocabularyWrite data;
        @Option(names = "--id", required = true, paramLabel = "ID", description = "Lower-case id, e.g. qin-gang.")
        String id;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Full name as articles write it.")
        String name;
        @Option(names = "--country", required = true, paramLabel = "US|CN", description = "US or CN.")
        String country;
        @Option(names = "--level", required = true, paramLabel = "LEVEL",
                description = "leader, cabinet, adviser, deputy, envoy or military.")
        String level;
        @Option(names = "--alias", paramLabel = "A", description = "Another way articles write the name (repeatable).")
        List<String> aliases = new ArrayList<>();
        @Option(names = "--title", paramLabel = "T:FROM:TO",
                description = "An office with dates yyyy-MM-dd; TO empty while in office (repeatable).")
        List<String> titles = new ArrayList<>();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Person person = new Person(id, name, aliases, code("--country", country, Side.values(), Side::code),
                    code("--level", level, Level.values(), Level::code),
                    titles.stream().map(AddPerson::title).toList());
            return data.write(spec, (v, folder) -> VocabularyEdit.withPerson(v, person, folder),
                    "person " + id + " (" + name + ")");
        }

        static Title title(String value) {
            int to = value.lastIndexOf(':');
            int from = to > 0 ? value.lastIndexOf(':', to - 1) : -1;
            try {
                if (from <= 0) {
                    throw new DateTimeParseException("no dates", value, 0);
                }
                String end = value.substring(to + 1).strip();
                LocalDate start = LocalDate.parse(value.substring(from + 1, to).strip());
                return new Title(value.substring(0, from).strip(), start, end.isEmpty() ? null : LocalDate.parse(end));
            } catch (DateTimeParseException e) {
                throw new EngagementsException("--title \"" + value + "\": expected TITLE:FROM:TO with dates "
                        + "yyyy-MM-dd (TO empty while in office), e.g. \"Foreign Minister:2023-07-25:\"");
            }
        }
    }

    @Command(name = "place", mixinStandardHelpOptions = true, description = "Add a venue to vocab/places.json.")
    static final class AddPlace implements Callable<Integer> {
        @Mixin
        VocabularyWrite data;
        @Option(names = "--id", required = true, paramLabel = "ID", description = "Lower-case id, e.g. san-francisco.")
        String id;
        @Option(names = "--city", required = true, description = "City name as articles write it.")
        String city;
        @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2 code, e.g. CN.")
        String country;
        @Option(names = "--lat", required = true, description = "Latitude, -90 to 90.")
        double latitude;
        @Option(names = "--lon", required = true, description = "Longitude, -180 to 180.")
        double longitude;
        @Option(names = "--alias", paramLabel = "A", description = "Another name for the venue (repeatable).")
        List<String> aliases = new ArrayList<>();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Place place = new Place(id, city, country, latitude, longitude, aliases);
            return data.write(spec, (v, folder) -> VocabularyEdit.withPlace(v, place, folder),
                    "place " + id + " (" + city + ")");
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true, description = "Add a topic to vocab/issues.json.")
    static final class AddIssue implements Callable<Integer> {
        @Mixin
        VocabularyWrite data;
        @Option(names = "--id", required = true, paramLabel = "ID", description = "Lower-case id, e.g. fentanyl.")
        String id;
        @Option(names = "--label", required = true, description = "Label for charts and tables.")
        String label;
        @Option(names = "--parent", description = "The id of a broader issue.")
        String parent;
        @Option(names = "--synonym", paramLabel = "S", description = "Words that find the issue in text (repeatable).")
        List<String> synonyms = new ArrayList<>();
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Issue issue = new Issue(id, label, parent, synonyms);
            return data.write(spec, (v, folder) -> VocabularyEdit.withIssue(v, issue, folder),
                    "issue " + id + " (" + label + ")");
        }
    }

    /** A code option ("US", "cabinet") as its enum, or a message listing the codes. */
    static <E> E code(String option, String value, E[] values, java.util.function.Function<E, String> code) {
        return Arrays.stream(values).filter(v -> code.apply(v).equals(value.strip().toLowerCase(Locale.ROOT))
                        || code.apply(v).equals(value.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new EngagementsException(option + " \"" + value + "\": expected one of "
                        + Arrays.stream(values).map(code).collect(Collectors.joining(", "))));
    }
}
