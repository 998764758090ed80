package org.engagements.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.engagements.Engagements;
import org.engagements.core.AtomicFile;
import org.engagements.notebook.session.InteractiveShell;
import org.engagements.notebook.session.Startup;
import org.engagements.core.Locations;
import org.engagements.notebook.session.InteractiveShell;
import org.engagements.notebook.session.Startup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code engagements shell}: the JDK's jshell with the notebooks' class path, imports and display(). */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Opens jshell with the project's classes, the notebook imports and display(x).",
            "Type cells, or /open notebooks/NAME.jsh. display(chart) writes charts/display-N.png."})
final class ShellCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Where display(chart) and Engagements.save write images (default: charts/ in the "
                + "repository).")
    Path charts;

    @Option(names = "--write-startup", paramLabel = "FILE",
            description = "Write the session's imports and display(x) as a script and exit, for another "
                + "jshell: /open FILE there (its class path must hold target/engagements.jar and target/lib).")
    Path startupFile;

    @Override
    public Integer call() throws Exception {
        if (startupFile != null) {
            AtomicFile.writeString(startupFile, Startup.script(List.of(Engagements.sessionImportStatements())));
            return 0;
        }
        data.requireValid();
        Locations locations = data.locations().withCharts(charts);
        return InteractiveShell.run(new InteractiveShell.Options(locations.jvmOptions(),
                List.of(Engagements.sessionImportStatements())), JavaShellToolBuilder.builder());
    }
}
