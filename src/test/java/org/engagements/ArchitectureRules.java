package org.engagements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependency table of {@code docs/architecture.md}, read, and the check of a source tree against
 * it. Package names are relative to {@code org.engagements}; {@code (root)} is that package itself.
 */
final class ArchitectureRules {
    static final String OURS = "org.engagements";
    static final String ROOT = "(root)";
    private static final String HEADER = "| package | may import | must not import | must not use |";
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);
    /** A class of ours named in full in code, as in {@code new org.engagements.data.Place(...)}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.engagements\\.(?:[a-z]\\w*\\.)*[A-Z]\\w*");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    /** One row of the table, with the line it stands on for messages. */
    record Row(String name, int line, List<String> mayImport, List<String> mustNotImport, List<String> mustNotUse) {
    }

    private final Path base;
    private final Path document;
    private final Map<String, Row> rows;

    private ArchitectureRules(Path base, Path document, Map<String, Row> rows) {
        this.base = base;
        this.document = document;
        this.rows = rows;
    }

    /**
     * Reads the table of {@code document}, a path relative to {@code base}, the project folder (messages
     * name files relative to it); a malformed table fails naming the document and line.
     */
    static ArchitectureRules read(Path base, Path document) {
        List<String> lines = readLines(base.resolve(document));
        int header = lines.indexOf(HEADER);
        if (header < 0) {
            throw new IllegalStateException(document + ": no dependency table; expected a line " + HEADER);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Row row = row(document, i + 1, lines.get(i));
            if (rows.put(row.name(), row) != null) {
                throw new IllegalStateException(document + ":" + (i + 1) + ": package " + row.name() + " has a second row");
            }
        }
        ArchitectureRules rules = new ArchitectureRules(base, document, rows);
        rules.checkNames();
        return rules;
    }

    private static Row row(Path document, int line, String text) {
        String[] cells = text.substring(1, text.length() - (text.endsWith("|") ? 1 : 0)).split("\\|", -1);
        if (cells.length != 4) {
            throw new IllegalStateException(document + ":" + line + ": a row needs 4 cells, found " + cells.length
                    + ": " + text);
        }
        return new Row(name(cells[0]), line, names(cells[1]), names(cells[2]), names(cells[3]));
    }

    private static List<String> names(String cell) {
        String trimmed = cell.strip();
        return trimmed.equals("—") || trimmed.isEmpty() ? List.of()
                : Arrays.stream(trimmed.split(",")).map(ArchitectureRules::name).toList();
    }

    private static String name(String cell) {
        return cell.strip().replace("`", "");
    }

    /** Every package of ours a row names must have a row of its own, so a typo cannot pass unnoticed. */
    private void checkNames() {
        for (Row row : rows.values()) {
            for (String entry : concat(row.mayImport(), row.mustNotImport())) {
                String base = entry.endsWith(".**") ? entry.substring(0, entry.length() - 3) : entry;
                if (!rows.containsKey(base)) {
                    throw new IllegalStateException(document + ":" + row.line() + ": " + entry
                            + " is not a package of the table");
                }
                if (row.mayImport().contains(entry) && row.mustNotImport().contains(entry)) {
                    throw new IllegalStateException(document + ":" + row.line() + ": " + entry
                            + " is both allowed and forbidden for " + row.name());
                }
            }
        }
    }

    /**
     * Problems of the classes below {@code sourceRoot} (such as {@code src/main/java}, relative to the
     * base): imports the table does not allow, packages it does not list, rows of packages that are gone.
     */
    List<String> violations(Path sourceRoot) {
        Path sources = base.resolve(sourceRoot).resolve(OURS.replace('.', '/'));
        List<String> found = new ArrayList<>();
        TreeSet<String> packages = new TreeSet<>();
        for (Path file : javaFiles(sources)) {
            String owner = packageOf(sources, file);
            packages.add(owner);
            Row row = rows.get(owner);
            if (row != null) {
                found.addAll(violations(file, row));
            }
        }
        packages.stream().filter(name -> !rows.containsKey(name)).forEach(name -> found.add(
                "package " + qualified(name) + " is not in " + document + "; add a row saying what it may import"));
        rows.values().stream().filter(row -> !packages.contains(row.name())).forEach(row -> found.add(
                document + ":" + row.line() + ": package " + qualified(row.name()) + " has no classes; remove its row"));
        return found;
    }

    private List<String> violations(Path file, Row row) {
        String className = qualified(row.name()) + "." + file.getFileName().toString().replace(".java", "");
        List<String> found = new ArrayList<>();
        for (String imported : references(read(file))) {
            broken(row, imported).ifPresent(rule -> found.add(base.relativize(file) + " (class " + className
                    + ") imports " + imported + ": " + document + ":" + row.line() + ": " + rule));
        }
        return found;
    }

    /** The rule of {@code row} that using {@code imported} breaks, if any. */
    private static Optional<String> broken(Row row, String imported) {
        Optional<String> ours = ours(imported);
        if (ours.isEmpty()) {
            return row.mustNotUse().stream()
                    .filter(prefix -> imported.equals(prefix) || imported.startsWith(prefix + "."))
                    .findFirst().map(prefix -> row.name() + " must not use " + prefix);
        }
        String target = ours.get();
        if (target.equals(row.name())) {
            return Optional.empty();
        }
        Optional<String> forbidden = row.mustNotImport().stream().filter(entry -> matches(entry, target)).findFirst();
        if (forbidden.isPresent()) {
            return forbidden.map(entry -> row.name() + " must not import " + entry);
        }
        return row.mayImport().stream().anyMatch(entry -> matches(entry, target)) ? Optional.empty()
                : Optional.of(row.name() + " may import only " + listed(row.mayImport()) + ", not " + target);
    }

    /**
     * What a source file uses: its imports, then the classes of ours it names in full in code (Javadoc,
     * comments and strings do not count: they make no dependency).
     */
    static List<String> references(String source) {
        List<String> found = new ArrayList<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            found.add(imports.group(1));
        }
        boolean inComment = false;
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (inComment || code.startsWith("/*")) {
                inComment = !code.contains("*/");
                continue;
            }
            if (code.startsWith("import ") || code.startsWith("package ") || code.startsWith("//")) {
                continue;
            }
            code = STRING.matcher(code).replaceAll("\"\"");
            int comment = code.indexOf("//");
            Matcher named = QUALIFIED.matcher(comment < 0 ? code : code.substring(0, comment));
            while (named.find()) {
                found.add(named.group());
            }
        }
        return found;
    }

    /** The package of ours an import names (its lower-case part), or empty for a library's. */
    private static Optional<String> ours(String imported) {
        if (!imported.startsWith(OURS + ".")) {
            return Optional.empty();
        }
        List<String> parts = List.of(imported.substring(OURS.length() + 1).split("\\."));
        List<String> packageParts = parts.stream().takeWhile(part -> Character.isLowerCase(part.charAt(0))).toList();
        return Optional.of(packageParts.isEmpty() ? ROOT : String.join(".", packageParts));
    }

    private static boolean matches(String entry, String target) {
        if (entry.endsWith(".**")) {
            String base = entry.substring(0, entry.length() - 3);
            return target.equals(base) || target.startsWith(base + ".");
        }
        return entry.equals(target);
    }

    private static String packageOf(Path sources, Path file) {
        Path folder = sources.relativize(file).getParent();
        return folder == null ? ROOT : folder.toString().replace(file.getFileSystem().getSeparator(), ".");
    }

    private static String qualified(String name) {
        return name.equals(ROOT) ? OURS : OURS + "." + name;
    }

    private static String listed(List<String> entries) {
        return entries.isEmpty() ? "nothing of ours" : String.join(", ", entries);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<Path> javaFiles(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
