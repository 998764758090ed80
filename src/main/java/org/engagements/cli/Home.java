package org.engagements.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.engagements.Engagements;
import org.engagements.display.Display;
import org.engagements.notebook.session.ClassDataArchive;
import org.engagements.notebook.session.SessionOptions;

/** The repository root: {@code -Dengagements.home} (set by the launcher), else the working directory. */
final class Home {
    static final String PROPERTY = "engagements.home";
    /** The folder for the notebook JVMs' class-data archive; set by the launcher, unset in tests. */
    static final String CLASS_DATA_PROPERTY = "engagements.classData";
    static final String NOTEBOOK_JAVA_OPTIONS = "ENGAGEMENTS_NOTEBOOK_JAVA_OPTS";

    private Home() {
    }

    static Path path() {
        return Path.of(System.getProperty(PROPERTY, "")).toAbsolutePath().normalize();
    }

    /**
     * How a notebook session starts, for {@code run} and the Jupyter kernel alike, so a notebook behaves
     * the same in both: its JVM works in {@code home} and knows it ({@code -Dengagements.home}) and where
     * charts go ({@code -Dengagements.charts}). The cell time limit is the caller's.
     */
    static SessionOptions sessionOptions(Path home, Path charts) {
        List<String> jvmOptions = new ArrayList<>(List.of("-D" + Display.HOME_PROPERTY + "=" + home,
                "-D" + Display.CHARTS_PROPERTY + "=" + charts));
        jvmOptions.addAll(hostHeap());
        jvmOptions.addAll(notebookJavaOptions(System.getenv(NOTEBOOK_JAVA_OPTIONS)));
        SessionOptions options = SessionOptions.defaults().withDirectory(home).withJvmOptions(jvmOptions)
                .withStartup(List.of(Engagements.sessionImportStatements()));
        String classData = System.getProperty(CLASS_DATA_PROPERTY, "");
        return classData.isBlank() ? options : options.withClassData(new ClassDataArchive(Path.of(classData)));
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
