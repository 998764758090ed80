package org.engagements.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.engagements.display.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every notebook in {@code <repository>/notebooks} runs without error (none yet is a pass). */
class RepositoryNotebooksTest {
    @Test
    void everyRepositoryNotebookRunsWithoutError(@TempDir Path charts) throws IOException {
        Path home = Path.of(System.getProperty("basedir"));
        SessionOptions session = SessionOptions.defaults().withDirectory(home).withJvmOptions(List.of(
                "-D" + Display.HOME_PROPERTY + "=" + home, "-D" + Display.CHARTS_PROPERTY + "=" + charts));
        NotebookRunner runner = new NotebookRunner(RunOptions.defaults().withSession(session), new RunListener() { });
        for (Path file : NotebookParserTest.repositoryNotebooks()) {
            NotebookRun run = runner.run(NotebookParser.read(file, home.relativize(file)));
            assertTrue(run.passed(), () -> run.results().stream().flatMap(result -> result.findError().stream())
                    .map(CellOutput.Error::message).findFirst().orElse(run.setupFailure().orElse("")));
        }
    }
}
