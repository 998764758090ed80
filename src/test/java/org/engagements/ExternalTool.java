package org.engagements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from outside the JDK and Maven (a program, a Python module, a file), and the Debian
 * package that provides it. The list lives once, in {@code src/test/resources/external-tools.tsv}, which
 * {@code bin/test} reads too; a test calls {@link #require} before it runs the tool, so a missing one fails with
 * the package to install instead of "Cannot run program" or a Python {@code ModuleNotFoundError}.
 *
 * <p>{@code -DskipITs} skips every test that needs one (surefire passes it on as
 * {@code engagements.skipITs}): a machine with only a JDK and Maven passes {@code mvn verify -DskipITs}.
 */
public record ExternalTool(Kind kind, String name, String debianPackage, boolean slowOnly, String neededBy) {
    /** How a tool is looked for. */
    public enum Kind {
        /** An executable file, by absolute path. */
        PROGRAM,
        /** A module that {@code /usr/bin/python3} can import. */
        PYTHON,
        /** Any file, by absolute path. */
        FILE,
        /** A file inside the running JDK's home, by relative path. */
        JDK_FILE
    }

    public static final String PYTHON = "/usr/bin/python3";
    private static final String TABLE = "/external-tools.tsv";
    private static final List<ExternalTool> ALL = load();
    private static final Map<ExternalTool, Boolean> PRESENT = new ConcurrentHashMap<>();

    /** Every tool in the table, in its order. */
    public static List<ExternalTool> all() {
        return ALL;
    }

    /** The tool named {@code name} in the table; a name not in it is a mistake in the test. */
    public static ExternalTool named(String name) {
        return ALL.stream().filter(tool -> tool.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not in src/test/resources" + TABLE));
    }

    /**
     * Requires every tool named: with {@code -DskipITs} the test is skipped, saying so; otherwise one that is
     * missing fails the test with a message naming each missing tool and its Debian package.
     */
    public static void require(String... names) {
        List<ExternalTool> tools = java.util.Arrays.stream(names).map(ExternalTool::named).toList();
        if (Boolean.getBoolean("engagements.skipITs")) {
            Assumptions.abort("-DskipITs skips the tests that need " + String.join(", ", names));
        }
        List<ExternalTool> missing = tools.stream().filter(tool -> !tool.isPresent()).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError(missingMessage(missing));
        }
    }

    /** "X is missing: install the Debian package P …", for each tool in {@code missing}. */
    static String missingMessage(List<ExternalTool> missing) {
        List<String> lines = new ArrayList<>();
        for (ExternalTool tool : missing) {
            lines.add(tool.description() + " is missing: install the Debian package " + tool.debianPackage);
        }
        String packages = String.join(" ", missing.stream().map(ExternalTool::debianPackage).distinct().toList());
        lines.add("(bin/test installs them when run as root; or: apt-get install -y " + packages + ")");
        return String.join("\n", lines);
    }

    /** The tool as a person would look for it: a path, or "python3 module nbformat". */
    public String description() {
        return switch (kind) {
            case PYTHON -> "the python3 module " + name + " (" + PYTHON + ")";
            case JDK_FILE -> jdkFile().toString();
            default -> name;
        };
    }

    /** The program's or file's path; for a Python module, the interpreter's. */
    public Path path() {
        return switch (kind) {
            case PYTHON -> Path.of(PYTHON);
            case JDK_FILE -> jdkFile();
            default -> Path.of(name);
        };
    }

    /** Whether the tool is there; a Python module is looked for once per test JVM. */
    public boolean isPresent() {
        return PRESENT.computeIfAbsent(this, ExternalTool::lookFor);
    }

    private boolean lookFor() {
        return switch (kind) {
            case PROGRAM -> Files.isExecutable(Path.of(name));
            case FILE -> Files.isRegularFile(Path.of(name));
            case JDK_FILE -> Files.isRegularFile(jdkFile());
            case PYTHON -> Files.isExecutable(Path.of(PYTHON)) && imports(name);
        };
    }

    private Path jdkFile() {
        return Path.of(System.getProperty("java.home")).resolve(name);
    }

    private static boolean imports(String module) {
        try {
            Process process = new ProcessBuilder(PYTHON, "-c", "import " + module).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(PYTHON + " -c 'import " + module + "' did not finish within a minute");
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while looking for the python3 module " + module, e);
        }
    }

    private static List<ExternalTool> load() {
        try (InputStream in = ExternalTool.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources" + TABLE + " is not on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows; a malformed one names its line. */
    static List<ExternalTool> parse(String text) {
        List<ExternalTool> tools = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String where = "src/test/resources" + TABLE + ":" + (i + 1) + ": ";
            if (fields.length != 5) {
                throw new IllegalStateException(where + "expected 5 tab-separated fields, found " + fields.length);
            }
            if (!fields[3].equals("default") && !fields[3].equals("slow")) {
                throw new IllegalStateException(where + "when \"" + fields[3] + "\": expected default or slow");
            }
            Kind kind = switch (fields[0]) {
                case "program" -> Kind.PROGRAM;
                case "python" -> Kind.PYTHON;
                case "file" -> Kind.FILE;
                case "jdk-file" -> Kind.JDK_FILE;
                default -> throw new IllegalStateException(where + "kind \"" + fields[0]
                        + "\": expected program, python, file or jdk-file");
            };
            tools.add(new ExternalTool(kind, fields[1], fields[2], fields[3].equals("slow"), fields[4]));
        }
        return List.copyOf(tools);
    }
}
