package org.engagements.notebook.parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.core.FuzzCampaign;
import org.engagements.core.Mutator;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parameter values and {@code -p} texts mutated at random, injected into every notebook of
 * {@code notebooks/}: either the parameters are injected, and each injected value reads back from its
 * Java literal as the value it was parsed to, or a {@link ParameterException} names the notebook or the
 * {@code -p} option.
 */
class MutationFuzzTest {
    private static final List<String> VALUES = List.of("2021-01-01", "10", "held", "0.25", "true", "1e3", "",
            "a \"quoted\" \\ value", "-2147483648", "9223372036854775807");

    private static List<Notebook> notebooks;

    @BeforeAll
    static void parseNotebooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("basedir"), "notebooks"))) {
            notebooks = files.filter(file -> file.toString().endsWith(".jsh")).sorted()
                    .map(file -> NotebookParser.read(file, Path.of("notebooks").resolve(file.getFileName()))).toList();
        }
    }

    @Test
    void twoHundredMutatedParameterValuesAreInjectedOrRefusedByName() {
        FuzzCampaign.run("parameters (fast)", FuzzCampaign.Settings.of(200, Duration.ofSeconds(60), 100),
                MutationFuzzTest::injectMutated, MutationFuzzTest::located);
    }

    @Test
    @Tag("slow")
    void thousandsOfMutatedParameterValuesAreInjectedOrRefusedByName() {
        FuzzCampaign.run("parameters", FuzzCampaign.Settings.of(5000, Duration.ofSeconds(120), 1000),
                MutationFuzzTest::injectMutated, MutationFuzzTest::located);
    }

    private static void injectMutated(Random random, Mutator mutator) {
        Notebook notebook = notebooks.get(random.nextInt(notebooks.size()));
        List<String> names = new ArrayList<>(NotebookParameters.read(notebook).stream().map(Parameter::name).toList());
        names.add("extra");
        List<Assignment> assignments = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = names.get(random.nextInt(names.size()));
            String value = VALUES.get(random.nextInt(VALUES.size()));
            String text = random.nextInt(4) == 0 ? mutator.mutate(name + "=" + value) : name + "=" + mutator.mutate(value);
            assignments.add(Assignment.parse(text));
        }
        Parameterized result = Parameterizer.parameterize(notebook, assignments);
        for (Parameter given : NotebookParameters.read(result.notebook())) {
            if (given.origin() != Parameter.Origin.GIVEN) {
                continue;
            }
            Assignment assignment = assignments.stream().filter(a -> a.name().equals(given.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("injected " + given.name() + ", which was not given"));
            Object expected = ParameterType.ofDeclared(given.javaType()).orElseThrow()
                    .parse(assignment.value()).orElseThrow();
            if (!given.value().equals(Optional.of(expected))) {
                throw new AssertionError(given.declaration() + " reads back as " + given.value() + ", not "
                        + expected);
            }
        }
    }

    private static Optional<String> located(EngagementsException e) {
        if (!(e instanceof ParameterException parameters)) {
            return Optional.of(e.getClass().getSimpleName() + " is not a ParameterException");
        }
        return parameters.problems().stream()
                .filter(problem -> !problem.startsWith("notebooks/") && !problem.startsWith("-p "))
                .findFirst().map(problem -> "names neither the notebook nor the -p option: " + problem);
    }
}
