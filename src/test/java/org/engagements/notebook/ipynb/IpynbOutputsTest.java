package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagements.notebook.CellOutput;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.executed.CellIds;
import org.engagements.notebook.executed.ExecutedNotebook;
import org.engagements.notebook.executed.TestRuns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpynbOutputsTest {
    @ParameterizedTest
    @ValueSource(strings = {"tour", "hostile", "hostile-output"})
    void theOutputsReadBackAreTheOutputsWrittenButForDisplayIds(String name) {
        ExecutedNotebook executed = TestRuns.run(name, List.of(), false);
        IpynbDocument document = IpynbDocument.parse(Path.of(name + ".ipynb"), IpynbWriter.toJson(executed));

        Map<String, List<CellOutput>> read = IpynbOutputs.read(document);

        int withOutputs = 0;
        for (CellResult result : executed.run().results()) {
            List<CellOutput> written = new ArrayList<>();
            result.outputs().forEach(output -> written.add(output instanceof CellOutput.DisplayData display
                    ? new CellOutput.DisplayData(display.data()) : output));
            assertEquals(written, read.get(CellIds.of(executed.name(), result.cell())), "cell " + result.cell().number());
            withOutputs += written.isEmpty() ? 0 : 1;
        }
        assertTrue(withOutputs > 0, "the notebook shows something");
    }
}
