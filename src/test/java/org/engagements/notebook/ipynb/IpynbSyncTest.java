package org.engagements.notebook.ipynb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.engagements.core.EngagementsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syncing a {@code .jsh} and its {@code .ipynb}: the changed side wins, outputs of unchanged cells stay. */
class IpynbSyncTest {
    private static final String JSH = """
            // %% [markdown]
            // # Counts

            // %% Setup tags=["parameters"]
            int n = 3;

            // %% Square
            n * n
            """;

    @TempDir
    Path folder;
    private Path jsh;
    private Path ipynb;
    private IpynbSync.Pair pair;

    @BeforeEach
    void paths() {
        jsh = folder.resolve("counts.jsh");
        ipynb = folder.resolve("counts.ipynb");
        pair = IpynbSync.Pair.of(jsh);
    }

    private String sync() {
        return IpynbSync.sync(pair, Optional.empty()).replace(folder + "/", "");
    }

    private String jshText() throws IOException {
        return Files.readString(jsh, StandardCharsets.UTF_8);
    }

    /** Edits the notebook as Jupyter would save it: cells and metadata changed, the rest kept. */
    private void editIpynb(Consumer<List<Map<String, Object>>> cells, Consumer<Map<String, Object>> metadata) {
        IpynbDocument document = IpynbDocument.read(ipynb, ipynb);
        List<Map<String, Object>> edited = document.cellsCopy();
        cells.accept(edited);
        Map<String, Object> meta = document.metadataCopy();
        metadata.accept(meta);
        new IpynbDocument(meta, edited, document.nbformatMinor()).write(ipynb);
    }

    /** What running the notebook in Jupyter adds: outputs, counts, timing metadata, the kernel's Java version. */
    private void runInJupyter() {
        editIpynb(cells -> {
            int count = 1;
            for (Map<String, Object> cell : cells) {
                if ("code".equals(cell.get("cell_type"))) {
                    cell.put("execution_count", count);
                    cell.put("outputs", new ArrayList<>(List.of(Map.of("output_type", "execute_result",
                            "execution_count", count, "data", Map.of("text/plain", List.of("out " + count)),
                            "metadata", Map.of()))));
                    JsonValues.asObject(cell.get("metadata")).put("execution",
                            Map.of("iopub.execute_input", "2024-06-01T12:00:0" + count + ".000000Z"));
                    count++;
                }
            }
        }, metadata -> metadata.put("language_info", NotebookMetadata.languageInfo("21.0.2")));
    }

    private static List<Object> outputs(IpynbDocument document) {
        return document.cells().stream().filter(cell -> "code".equals(cell.get("cell_type")))
                .map(cell -> cell.get("outputs")).toList();
    }

    @Test
    void theMissingSideIsCreatedEitherWay() throws IOException {
        Files.writeString(jsh, JSH);

        assertEquals("counts.ipynb: created from counts.jsh: 3 cells, no outputs", sync());
        Files.delete(jsh);
        assertEquals("counts.jsh: created from counts.ipynb: 3 cells", sync());

        assertEquals(JSH, jshText());
        assertEquals("counts.jsh and counts.ipynb: already in sync", sync());
    }

    @Test
    void runningTheNotebookInJupyterIsNotAChange() throws IOException {
        Files.writeString(jsh, JSH);
        sync();
        runInJupyter();
        byte[] before = Files.readAllBytes(ipynb);

        assertEquals("counts.jsh and counts.ipynb: already in sync", sync());
        assertEquals(JSH, jshText());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ipynb)), "nothing written");
    }

    @Test
    void aChangedJshUpdatesTheCellsAndKeepsTheOutputsOfUnchangedOnes() throws IOException {
        Files.writeString(jsh, JSH);
        sync();
        runInJupyter();
        List<Object> ids = IpynbDocument.read(ipynb, ipynb).cells().stream().map(cell -> cell.get("id")).toList();
        Files.writeString(jsh, JSH.replace("n * n", "n * n * n") + "\n// %% New\nn\n");

        assertEquals("counts.ipynb: updated from counts.jsh: 4 cells, 1 unchanged code cell kept its outputs",
                sync());

        IpynbDocument document = IpynbDocument.read(ipynb, ipynb);
        List<Object> outputs = outputs(document);
        assertEquals(1, ((List<?>) outputs.get(0)).size(), "Setup is unchanged: its output stays");
        assertEquals(List.of(List.of(), List.of()), outputs.subList(1, 3), "changed and new cells have none");
        assertEquals(ids, document.cells().stream().map(cell -> cell.get("id")).toList().subList(0, 3));
        assertEquals(1, document.cells().get(1).get("execution_count"));
        assertTrue(JsonValues.asObject(document.cells().get(1).get("metadata")).containsKey("execution"));
        assertEquals("21.0.2", JsonValues.asObject(document.metadata().get("language_info")).get("version"));
        assertEquals("counts.jsh and counts.ipynb: already in sync", sync());
    }

    @Test
    void aChangedIpynbRewritesTheJsh() throws IOException {
        Files.writeString(jsh, JSH);
        sync();
        editIpynb(cells -> {
            cells.get(0).put("source", List.of("# Counts\n", "\n", "Edited in Jupyter."));
            Map<String, Object> added = new LinkedHashMap<>(cells.get(2));
            added.put("id", "added");
            added.put("source", "n + 1");
            added.put("metadata", new LinkedHashMap<>(Map.of("tags", List.of("extra"))));
            cells.add(added);
        }, metadata -> metadata.put("authors", List.of("Ann")));

        assertEquals("counts.jsh: updated from counts.ipynb: 4 cells", sync());

        assertEquals("""
                // ---
                // jupyter: {
                //  "authors": [
                //   "Ann"
                //  ]
                // }
                // ---

                // %% [markdown]
                // # Counts
                //
                // Edited in Jupyter.

                // %% Setup tags=["parameters"]
                int n = 3;

                // %% Square
                n * n

                // %% tags=["extra"]
                n + 1
                """, jshText());
        assertEquals("counts.jsh and counts.ipynb: already in sync", sync());
    }

    @Test
    void whenBothChangedNothingIsWrittenUntilASideIsChosen() throws IOException {
        Files.writeString(jsh, JSH);
        sync();
        editIpynb(cells -> cells.get(2).put("source", "n + n"), metadata -> { });
        Files.writeString(jsh, JSH.replace("int n = 3;", "int n = 4;"));
        byte[] before = Files.readAllBytes(ipynb);

        SyncConflictException conflict = assertThrows(SyncConflictException.class, this::sync);

        assertEquals(jsh + " and " + ipynb + " have both changed since they were last synced, so syncing would lose "
                + "the changes of one of them; nothing was written.", conflict.getMessage().lines().findFirst().orElseThrow());
        assertTrue(conflict.getMessage().contains("engagements notebook sync " + jsh + " --from jsh"));
        assertTrue(conflict.getMessage().contains("engagements notebook sync " + jsh + " --from ipynb"));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ipynb)));
        assertEquals(JSH.replace("int n = 3;", "int n = 4;"), jshText());

        IpynbSync.sync(pair, Optional.of(IpynbSync.SourceFile.IPYNB));
        assertEquals(JSH.replace("n * n", "n + n"), jshText());
        assertEquals("counts.jsh and counts.ipynb: already in sync", sync());
    }

    @Test
    void withoutARecordTheNewerFileWins() throws IOException {
        Files.writeString(jsh, JSH);
        IpynbConversion.toIpynb(org.engagements.notebook.NotebookParser.read(jsh)).write(ipynb);
        Files.writeString(jsh, JSH.replace("int n = 3;", "int n = 5;"));
        Files.setLastModifiedTime(ipynb, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Files.setLastModifiedTime(jsh, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));

        assertEquals("counts.ipynb: updated from counts.jsh (no record of an earlier sync, so the newer file wins): "
                + "3 cells, 1 unchanged code cell kept its outputs", sync());
        assertTrue(IpynbDocument.parse(ipynb, Files.readString(ipynb)).toJson().contains("int n = 5;"));
    }

    @Test
    void onlyJshAndIpynbFilesPair() {
        assertEquals(folder.resolve("a.ipynb"), IpynbSync.Pair.of(folder.resolve("a.jsh")).ipynb());
        assertEquals(folder.resolve("a.jsh"), IpynbSync.Pair.of(folder.resolve("a.ipynb")).jsh());
        assertEquals(folder.resolve("a.txt") + ": expected a .jsh or an .ipynb notebook",
                assertThrows(EngagementsException.class, () -> IpynbSync.Pair.of(folder.resolve("a.txt"))).getMessage());
        assertEquals(jsh + ": no such notebook, and no " + ipynb + " either",
                assertThrows(EngagementsException.class, this::sync).getMessage());
    }
}
