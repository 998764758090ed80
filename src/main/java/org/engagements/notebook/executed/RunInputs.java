package org.engagements.notebook.executed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookWriter;

/**
 * Everything a notebook's outputs depend on, as named values: when two runs have equal inputs, the
 * second may reuse the first's outputs. The keys:
 * <ul>
 *   <li>{@code source}: the SHA-256 of the notebook as it runs, parameters injected, so a changed cell or
 *       a changed {@code -p} value both change it;</li>
 *   <li>{@code data:PATH}: each file of the data folder (as the run record hashed it);</li>
 *   <li>{@code input:PATH}: each file a notebook declares in its header with {@code // inputs: a.csv, dir/},
 *       relative to the home folder (a folder stands for every file under it; a missing one is
 *       {@code missing}, so its appearing re-runs the notebook);</li>
 *   <li>{@code classpath}, {@code jdk}, {@code options}: the code and Java the notebook ran on (a jar by
 *       its index of entries and their CRC-32s) and the
 *       options that change what is written (see {@link Environment}).</li>
 * </ul>
 *
 * @param values sorted by key; compared whole
 */
public record RunInputs(SortedMap<String, String> values) {
    /** The header line that declares files read from outside the data folder. */
    static final Pattern DECLARATION = Pattern.compile("^\\s*//\\s*inputs:(.*)$");
    static final String MISSING = "missing";

    public RunInputs {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /**
     * What is shared by every notebook of a run: the class path's content, the JDK and the options.
     *
     * @param classpath the SHA-256 over every class path entry's files (a jar's: over its index)
     * @param jdk       version and home of the JDK the notebooks run on
     * @param options   what else changes the written files, such as {@code --timestamps}
     */
    public record Environment(String classpath, String jdk, String options) {
        public Environment {
            Objects.requireNonNull(classpath, "classpath");
            Objects.requireNonNull(jdk, "jdk");
            Objects.requireNonNull(options, "options");
        }

        /** This JVM's JDK (the notebook JVMs run the host's {@code java}) and {@code classPath} hashed. */
        public static Environment of(List<Path> classPath, String options) {
            String jdk = System.getProperty("java.runtime.version", Runtime.version().toString()) + " "
                    + System.getProperty("java.vm.name", "") + " at " + System.getProperty("java.home", "");
            return new Environment(hashEntries(classPath), jdk, options);
        }
    }

    /**
     * The inputs of {@code notebook} (parameters injected) in a run with {@code record}; declared
     * inputs resolve against {@code home}.
     *
     * @throws EngagementsException naming the notebook when a declared input cannot be read
     */
    public static RunInputs of(Notebook notebook, RunRecord record, Environment environment, Path home) {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("source", sha256(NotebookWriter.toText(notebook).getBytes(StandardCharsets.UTF_8)));
        record.dataFiles().forEach(file -> values.put("data:" + file.path(), file.sha256()));
        for (String declared : declaredInputs(notebook)) {
            values.put("input:" + declared, hashDeclared(notebook, home, declared));
        }
        values.put("classpath", environment.classpath());
        values.put("jdk", environment.jdk());
        values.put("options", environment.options());
        return new RunInputs(values);
    }

    /** The paths of the notebook header's {@code // inputs:} lines, in order, as written. */
    public static List<String> declaredInputs(Notebook notebook) {
        List<String> declared = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
            if (cell.kind() != CellKind.HEADER) {
                continue;
            }
            cell.source().lines().map(DECLARATION::matcher).filter(Matcher::matches)
                    .flatMap(matcher -> Stream.of(matcher.group(1).split(",")))
                    .map(String::strip).filter(path -> !path.isEmpty()).forEach(declared::add);
        }
        return declared;
    }

    private static String hashDeclared(Notebook notebook, Path home, String declared) {
        try {
            Path path = home.resolve(declared);
            if (Files.isDirectory(path)) {
                return hashFolder(path);
            }
            return Files.isRegularFile(path) ? hashFile(path) : MISSING;
        } catch (UncheckedIOException e) {
            throw new EngagementsException(notebook.source() + ": cannot read its declared input " + declared
                    + " (" + e.getCause().getMessage() + ")", e);
        } catch (InvalidPathException e) {
            throw new EngagementsException(notebook.source() + ": its declared input \"" + declared
                    + "\" is not a path (" + e.getReason() + ")", e);
        }
    }

    /**
     * The SHA-256 over every entry: a jar's index ({@link ZipIndex}: each entry's name, size and CRC-32),
     * another file's content, a folder's files' paths and content.
     */
    static String hashEntries(List<Path> entries) {
        MessageDigest digest = DataFiles.sha256();
        for (Path entry : entries) {
            String hash = Files.isDirectory(entry) ? hashFolder(entry)
                    : Files.isRegularFile(entry) ? hashArchive(entry) : MISSING;
            digest.update((entry + "\0" + hash + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code zip:} and the SHA-256 of a zip file's index, or the SHA-256 of a file that is no zip file. */
    private static String hashArchive(Path file) {
        try {
            return ZipIndex.read(file).map(index -> "zip:" + sha256(index)).orElseGet(() -> hashFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The SHA-256 over the sorted relative paths and checksums of every file under {@code folder}. */
    static String hashFolder(Path folder) {
        MessageDigest digest = DataFiles.sha256();
        for (DataFile file : DataFiles.hash(folder)) {
            digest.update((file.path() + "\0" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file's content, lower-case hex. @throws UncheckedIOException when it cannot be read */
    public static String hashFile(Path file) {
        MessageDigest digest = DataFiles.sha256();
        try {
            DataFiles.read(file, digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(DataFiles.sha256().digest(bytes));
    }

    /** The keys whose values differ from {@code other}'s, sorted; what made a notebook run again. */
    public List<String> changedFrom(RunInputs other) {
        TreeMap<String, String> all = new TreeMap<>(values);
        other.values.forEach(all::putIfAbsent);
        return all.keySet().stream().filter(key -> !Objects.equals(values.get(key), other.values.get(key))).toList();
    }
}
