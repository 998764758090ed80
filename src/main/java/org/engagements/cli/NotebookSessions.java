package org.engagements.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.engagements.Engagements;
import org.engagements.chart.FirstUseWarmUp;
import org.engagements.display.Display;
import org.engagements.notebook.session.ClassDataArchive;
import org.engagements.notebook.session.SessionOptions;
import org.engagements.core.Locations;
import org.engagements.notebook.engine.Agent;
import org.engagements.notebook.session.ClassDataArchive;
import org.engagements.notebook.session.SessionOptions;

/** How notebook sessions start, for {@code run}, {@code report} and the Jupyter kernel alike. */
final class NotebookSessions {
    static final String NOTEBOOK_JAVA_OPTIONS = "ENGAGEMENTS_NOTEBOOK_JAVA_OPTS";

    private NotebookSessions() {
    }

    /**
     * The options of a session at {@code locations}, so a notebook behaves the same in {@code run} and in
     * Jupyter: its JVM works in the home folder and is told the home, data and charts folders
     * ({@link Locations#jvmOptions()}), and starts with the domain imports. The cell time limit is the caller's.
     */
    static SessionOptions options(Locations locations) {
        List<String> jvmOptions = new ArrayList<>(locations.jvmOptions());
        jvmOptions.addAll(hostHeap());
        // The notebook's JVM initialises Tablesaw, Jackson, Java2D and XChart while the host compiles
        // its first cells, which then find them ready (docs/scaling.md, "Notebook 02 alone").
        jvmOptions.add("-D" + Agent.WARM_UP_PROPERTY + "=" + FirstUseWarmUp.class.getName());
        jvmOptions.addAll(notebookJavaOptions(System.getenv(NOTEBOOK_JAVA_OPTIONS)));
        SessionOptions options = SessionOptions.defaults().withDirectory(locations.home()).withJvmOptions(jvmOptions)
                .withStartup(List.of(Engagements.sessionImportStatements()));
        return locations.classData().map(folder -> options.withClassData(new ClassDataArchive(folder)))
                .orElse(options);
    }

    /**
     * Extra options for every notebook JVM, such as {@code -XX:+FlightRecorder} settings to profile
     * one; split on white space like a shell would without quotes.
     */
    static List<String> notebookJavaOptions(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    /**
     * The heap limit this JVM was started with ({@code ENGAGEMENTS_JAVA_OPTS=-Xmx4g}), if any, so that
     * notebooks loading large data get it too (it overrides the notebook JVMs' default -Xmx2g).
     */
    static List<String> hostHeap() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-Xmx")).reduce((first, last) -> last).stream().toList();
    }
}
