package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.engagements.data.DatasetLoader;
import org.engagements.data.ShippedData;
import org.engagements.notebook.report.PreviousRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code run}, {@code report} and {@code ingest --apply} killed with SIGKILL (with their
 * notebook JVMs) at random moments leave every chart, page, report and data file either as it was before
 * or as an uninterrupted run writes it, never truncated or mixed; and the next run cleans up.
 *
 * <p>Each test works in a repository copy of its own (the shipped data, one notebook that draws two
 * charts). The "old" files come from a real run with other parameters, the "new" ones from an
 * uninterrupted run, which also measures how long a run takes; every kill then comes after a delay drawn
 * uniformly from zero to a little more than that (fixed seed), so some land while starting, some while
 * computing, some while writing and some after the end. Before each kill the old files are put back.
 * Volatile values (run date, durations) in HTML pages and in the records of inputs are masked before
 * comparing. A notebook's record of inputs ({@code .run-inputs/NAME.txt}) may also be missing after a kill:
 * it is removed before the notebook runs and written after its outputs, so the next run runs it again.
 *
 * <p>Allowed leftovers of a kill, each clearly a temporary name that the next write removes:
 * {@code .NAME.PID-N.tmp} beside a file being written ({@code AtomicFile}), {@code .report.report-PID-N.tmp/}
 * and {@code .report.report-PID-N.old/} beside the report ({@code ReportFolder}; when the kill came between
 * its two renames, {@code report/} is briefly absent and the {@code .old} folder holds the whole old report,
 * which the next run puts back), and {@code .engagements-staging-PID-N/} beside the data folder
 * ({@code DatasetWriter}). After the last, uninterrupted run none is left; the lock files
 * {@code .engagements-lock-data} and {@code .engagements-lock-report} stay.
 *
 * <p>About two to three minutes in all: {@value #RUN_KILLS} + {@value #REPORT_KILLS} + {@value #INGEST_KILLS}
 * kills. Failsafe runs it in {@code mvn -Pslow verify}.
 */
@Tag("slow")
class CrashSafetyIT {
    private static final long SEED = 9;
    private static final int RUN_KILLS = 6;
    private static final int REPORT_KILLS = 6;
    private static final int INGEST_KILLS = 12;
    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static final String NOTEBOOK = "03-venues.jsh";
    private static final String[] OLD_RUN = {"-p", "to=2020-12-31"};
    private static final String[] INGEST = {"ingest", "ARTICLE", "--published", "2022-03-20", "--outlet",
        "Example Wire", "--apply"};
    /** The lock file readers and writers of the data folder share; it stays, empty (see {@code FolderLock}). */
    private static final String LOCK = ".engagements-lock-data";
    /** The lock file of {@code report/}; it stays too (see {@code ReportLock}). */
    private static final String REPORT_LOCK = ".engagements-lock-report";
    private static final Predicate<String> REPORT_SWAP_FOLDER = name -> name.matches(
            "\\.report\\.report-\\d+-\\d+\\.(tmp|old)");
    private static final Predicate<String> ATOMIC_FILE_TEMPORARY = name -> name.matches("\\..+\\.tmp");

    @TempDir
    Path work;

    @Test
    void aKilledRunLeavesEveryChartAndPageOldOrNew() throws Exception {
        Jar jar = Jar.in(repository());
        List<Path> outputs = List.of(jar.home().resolve("charts"), jar.home().resolve("target/notebooks"));
        // A run with parameters writes its charts beside its pages unless told where: here, over the committed
        // ones, as the full run does, so that a kill can leave either.
        jar.runToEnd(log(), LIMIT, command("run", "-p", "to=2020-12-31", "--charts",
                jar.home().resolve("charts").toString()));
        SortedMap<String, byte[]> oldFiles = contents(outputs);
        Duration full = jar.runToEnd(log(), LIMIT, "run");
        SortedMap<String, String> updated = fingerprints(outputs);
        assertEquals(fingerprints(oldFiles).keySet(), updated.keySet());
        assertNotEquals(fingerprints(oldFiles), updated, "the old and new runs should differ");

        Random random = new Random(SEED);
        int landed = 0;
        for (int i = 0; i < RUN_KILLS; i++) {
            restore(oldFiles);
            landed += killAfter(jar, delay(random, full), "run") ? 1 : 0;
            String after = "after kill " + (i + 1) + " of run";
            requireOldOrNew(fingerprints(oldFiles), updated, fingerprints(outputs), after);
            requireOnlyTemporaryLeftovers(outputs, updated.keySet(), after);
        }
        System.out.printf("run: %d of %d kills landed before the end (a full run: %d ms)%n", landed, RUN_KILLS,
                full.toMillis());
        jar.runToEnd(log(), LIMIT, "run");
        assertEquals(updated, fingerprintsOfAll(outputs), "a run after the kills writes the new files and "
                + "removes the temporary files the kills left");
    }

    @Test
    void aKilledReportLeavesTheWholeOldFolderOrTheWholeNewOne() throws Exception {
        Jar jar = Jar.in(repository());
        Path report = jar.home().resolve("report");
        jar.runToEnd(log(), LIMIT, command("report", OLD_RUN));
        Path oldCopy = copyTree(report, work.resolve("old-report"));
        SortedMap<String, String> old = folderFingerprints(report);
        Duration full = jar.runToEnd(log(), LIMIT, "report");
        SortedMap<String, String> updated = folderFingerprints(report);
        assertNotEquals(old, updated, "the old and new reports should differ");

        Random random = new Random(SEED + 1);
        int landed = 0;
        for (int i = 0; i < REPORT_KILLS; i++) {
            if (Files.isDirectory(report) && folderFingerprints(report).equals(updated)) {
                deleteTree(report);
                copyTree(oldCopy, report);
            }
            landed += killAfter(jar, delay(random, full), "report") ? 1 : 0;
            String after = "after kill " + (i + 1) + " of report";
            SortedMap<String, String> shown = folderFingerprints(visibleReport(report, after));
            assertTrue(shown.equals(old) || shown.equals(updated), after + ": the report is neither the old one "
                    + "nor the new one: " + shown.keySet());
            requireOnly(jar.home(), name -> List.of("charts", "data", "notebooks", "report", REPORT_LOCK, LOCK)
                    .contains(name) || REPORT_SWAP_FOLDER.test(name), after);
        }
        System.out.printf("report: %d of %d kills landed before the end (a full run: %d ms)%n", landed,
                REPORT_KILLS, full.toMillis());
        jar.runToEnd(log(), LIMIT, "report");
        assertEquals(updated, folderFingerprints(report));
        requireOnly(jar.home(), name -> List.of("charts", "data", "notebooks", "report", REPORT_LOCK, LOCK)
                .contains(name),
                "after a report following the kills");
    }

    @Test
    void aKilledIngestLeavesEveryDataFileOldOrNewAndTheDatasetValid() throws Exception {
        Jar jar = Jar.in(repository());
        Path data = jar.home().resolve("data");
        Path oldCopy = copyTree(data, work.resolve("old-data"));
        SortedMap<String, String> old = ShippedData.checksums(data);
        String[] ingest = ingestArguments();
        Duration full = jar.runToEnd(log(), LIMIT, ingest);
        SortedMap<String, String> updated = ShippedData.checksums(data);
        assertNotEquals(old, updated, "the article should change the data");

        Random random = new Random(SEED + 2);
        int landed = 0;
        for (int i = 0; i < INGEST_KILLS; i++) {
            deleteTree(data);
            copyTree(oldCopy, data);
            landed += killAfter(jar, delay(random, full), ingest) ? 1 : 0;
            String after = "after kill " + (i + 1) + " of ingest --apply";
            requireOldOrNew(old, updated, ShippedData.checksums(data), after);
            assertEquals(List.of(), DatasetLoader.validate(data), after + ": the data folder is not valid");
            requireOnly(jar.home(), name -> List.of("charts", "data", "notebooks", LOCK).contains(name)
                    || name.startsWith(".engagements-staging-"), after);
        }
        System.out.printf("ingest: %d of %d kills landed before the end (a full run: %d ms)%n", landed,
                INGEST_KILLS, full.toMillis());
        deleteTree(data);
        copyTree(oldCopy, data);
        jar.runToEnd(log(), LIMIT, ingest);
        assertEquals(updated, ShippedData.checksums(data));
        requireOnly(jar.home(), name -> List.of("charts", "data", "notebooks", LOCK).contains(name),
                "after an ingest following the kills");
    }

    /** A repository of the test's own: the shipped data and one notebook that draws two charts. */
    private Path repository() throws IOException {
        Path home = Files.createDirectories(work.resolve("home"));
        ShippedData.copyTo(home);
        Path basedir = ShippedData.folder().getParent();
        Files.createDirectories(home.resolve("notebooks"));
        Files.copy(basedir.resolve("notebooks").resolve(NOTEBOOK), home.resolve("notebooks").resolve(NOTEBOOK));
        Files.createDirectories(home.resolve("charts"));
        return home;
    }

    private String[] ingestArguments() throws IOException {
        Path article = work.resolve("call.txt");
        Files.copy(ShippedData.folder().getParent().resolve("src/test/resources/ingest/call.txt"), article);
        String[] arguments = INGEST.clone();
        arguments[1] = article.toString();
        return arguments;
    }

    private Path log() {
        return work.resolve("command.log");
    }

    private static String[] command(String name, String... arguments) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(arguments));
        return all.toArray(String[]::new);
    }

    /** Zero to 105% of a full run: the last few land after the end, which must be harmless too. */
    private static Duration delay(Random random, Duration full) {
        return Duration.ofMillis((long) (random.nextDouble() * full.toMillis() * 1.05));
    }

    /** Starts the command and kills it after {@code delay}; true when it was still running then. */
    private boolean killAfter(Jar jar, Duration delay, String... arguments) throws InterruptedException {
        Process process = jar.start(log(), arguments);
        if (process.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS)) {
            assertEquals(0, process.exitValue(), () -> "an uninterrupted " + arguments[0] + " failed:\n"
                    + Jar.read(log()));
            return false;
        }
        jar.kill(process);
        return true;
    }

    /** The report a reader finds: {@code report/}, or between the two renames the old one beside it. */
    private static Path visibleReport(Path report, String after) throws IOException {
        if (Files.isDirectory(report)) {
            return report;
        }
        try (Stream<Path> siblings = Files.list(report.getParent())) {
            List<Path> olds = siblings.filter(path -> REPORT_SWAP_FOLDER.test(path.getFileName().toString())
                    && path.getFileName().toString().endsWith(".old")).toList();
            assertEquals(1, olds.size(), after + ": report/ is missing and there is not exactly one "
                    + ".report.report-PID-N.old/ to put back: " + olds);
            return olds.get(0);
        }
    }

    private static void requireOldOrNew(SortedMap<String, String> old, SortedMap<String, String> updated,
                                        SortedMap<String, String> now, String after) {
        TreeSet<String> files = new TreeSet<>(old.keySet());
        files.addAll(updated.keySet());
        files.addAll(now.keySet());
        List<String> broken = new ArrayList<>();
        for (String file : files) {
            String sum = now.get(file);
            boolean isOld = java.util.Objects.equals(sum, old.get(file));
            boolean isNew = java.util.Objects.equals(sum, updated.get(file));
            // A killed run may leave a notebook without its record of inputs: it then runs again.
            boolean recordRemoved = sum == null && file.contains("/" + PreviousRun.FOLDER + "/");
            if (!isOld && !isNew && !recordRemoved) {
                broken.add(file + (sum == null ? " is missing" : updated.containsKey(file) || old.containsKey(file)
                        ? " is neither the old nor the new version" : " should not exist"));
            }
        }
        assertEquals(List.of(), broken, after);
    }

    /** Files under {@code folders} that are neither outputs nor {@link AtomicFile}'s temporary files. */
    private static void requireOnlyTemporaryLeftovers(List<Path> folders, java.util.Set<String> outputs,
                                                      String after) {
        List<String> strays = fingerprintsOfAll(folders).keySet().stream()
                .filter(file -> !outputs.contains(file))
                .filter(file -> !ATOMIC_FILE_TEMPORARY.test(Path.of(file).getFileName().toString()))
                .toList();
        assertEquals(List.of(), strays, after + ": unexpected files");
    }

    private static void requireOnly(Path home, Predicate<String> allowed, String after) throws IOException {
        try (Stream<Path> entries = Files.list(home)) {
            List<String> strays = entries.map(path -> path.getFileName().toString()).filter(allowed.negate())
                    .sorted().toList();
            assertEquals(List.of(), strays, after + ": unexpected entries in the repository folder");
        }
    }

    /** Masked SHA-256 of every output under the folders, by path; temporary files left out. */
    private static SortedMap<String, String> fingerprints(List<Path> folders) {
        SortedMap<String, String> sums = fingerprintsOfAll(folders);
        sums.keySet().removeIf(file -> ATOMIC_FILE_TEMPORARY.test(Path.of(file).getFileName().toString()));
        return sums;
    }

    private static SortedMap<String, String> fingerprintsOfAll(List<Path> folders) {
        SortedMap<String, String> sums = new TreeMap<>();
        contents(folders).forEach((file, bytes) -> sums.put(file, sha256(masked(file, bytes))));
        return sums;
    }

    private static SortedMap<String, String> fingerprints(SortedMap<String, byte[]> contents) {
        SortedMap<String, String> sums = new TreeMap<>();
        contents.forEach((file, bytes) -> sums.put(file, sha256(masked(file, bytes))));
        return sums;
    }

    /** Every file under the folders, by absolute path. */
    private static SortedMap<String, byte[]> contents(List<Path> folders) {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        for (Path folder : folders) {
            contents(folder).forEach((file, bytes) -> contents.put(folder.resolve(file).toString(), bytes));
        }
        return contents;
    }

    /** Every file under the folder, by path relative to it; empty when there is no such folder. */
    private static SortedMap<String, byte[]> contents(Path folder) {
        SortedMap<String, byte[]> contents = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return contents;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /** Masked SHA-256 of every file of one folder, by relative path: the same for a copy elsewhere. */
    private static SortedMap<String, String> folderFingerprints(Path folder) {
        return fingerprints(contents(folder));
    }

    private static void restore(SortedMap<String, byte[]> files) throws IOException {
        for (var file : files.entrySet()) {
            Path path = Path.of(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    /** Run dates and durations in HTML pages and in the records of inputs ({@code .run-inputs/}). */
    private static byte[] masked(String file, byte[] bytes) {
        if (file.contains(PreviousRun.FOLDER + "/")) {
            return new String(bytes, StandardCharsets.UTF_8).replaceAll("(?m)^(started|duration)\t.*$", "$1\t<masked>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (!file.endsWith(".html")) {
            return bytes;
        }
        return new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", "<run date>")
                .replaceAll("\\d+\\.\\d+ s\\b", "<seconds>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
