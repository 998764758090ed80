package org.engagements.notebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.core.EngagementsException;
import org.engagements.core.JsonLimits;

/**
 * Reads {@code .jsh} notebooks in Jupytext's percent format. {@code // %%} starts a code cell, with an
 * optional title; {@code [markdown]} (or {@code [md]}) makes it a markdown cell and {@code [raw]} a raw
 * cell; {@code key=JSON} pairs after it are metadata. Text before the first marker is a header if it is only comments, else a code cell. The
 * parser keeps what {@link NotebookWriter} needs to write the same bytes back. Stateless.
 */
public final class NotebookParser {
    /** The text that starts every cell marker line. */
    public static final String MARKER = "// %%";
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern METADATA_KEY = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_.-]*)=");
    private static final Pattern CELL_TYPE = Pattern.compile("\\[(markdown|md|raw)]");
    private static final ObjectMapper JSON = JsonLimits.mapper().build();

    private NotebookParser() {
    }

    /**
     * Reads the notebook in {@code file}: UTF-8 without a byte-order mark, not empty, without control
     * characters.
     *
     * @throws NotebookSyntaxException naming the line of a bad byte, a control character or a bad marker
     */
    public static Notebook read(Path file) {
        return read(file, file);
    }

    /** Reads the notebook in {@code file}, naming it {@code shownAs} in messages and its source. */
    public static Notebook read(Path file, Path shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EngagementsException(shownAs + ": no such notebook");
        } catch (IOException e) {
            throw new EngagementsException(shownAs + ": cannot read the notebook ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        return parse(shownAs, NotebookText.decode(bytes, shownAs));
    }

    /**
     * Parses {@code text}, naming {@code source} in messages.
     *
     * @throws NotebookSyntaxException listing every malformed marker
     */
    public static Notebook parse(Path source, String text) {
        NotebookFormat format = formatOf(text);
        List<String> lines = lines(text, format);
        List<NotebookSyntaxException.SyntaxProblem> problems = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < lines.size()) {
            int end = nextMarker(lines, start + 1);
            boolean marked = isMarker(lines.get(start));
            if (marked || start < end) {
                Cell cell = marked
                        ? markedCell(source, lines, start, end, ++number, problems)
                        : leadingCell(lines, end, number);
                number = cell.number();
                cells.add(cell);
            }
            start = end;
        }
        if (!problems.isEmpty()) {
            throw new NotebookSyntaxException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new Notebook(source, cells, format);
    }

    /** Whether {@code line} starts a cell: {@code // %%} alone or followed by white space. */
    public static boolean isMarker(String line) {
        return line.startsWith(MARKER) && (line.length() == MARKER.length()
                || Character.isWhitespace(line.charAt(MARKER.length())));
    }

    private static NotebookFormat formatOf(String text) {
        long lf = text.chars().filter(c -> c == '\n').count();
        boolean crlf = lf > 0 && lf == text.split("\r\n", -1).length - 1;
        String separator = crlf ? "\r\n" : "\n";
        return new NotebookFormat(separator, text.endsWith(separator));
    }

    private static List<String> lines(String text, NotebookFormat format) {
        List<String> lines = new ArrayList<>(List.of(text.split(Pattern.quote(format.lineSeparator()), -1)));
        if (format.finalNewline()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static int nextMarker(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !isMarker(lines.get(i))) {
            i++;
        }
        return i;
    }

    /** Lines before the first marker: a header of comments, or code as Jupytext reads it. */
    private static Cell leadingCell(List<String> lines, int end, int number) {
        Body body = Body.of(lines, 0, end);
        boolean comments = lines.subList(0, end).stream().allMatch(NotebookParser::isCommentOrBlank);
        CellKind kind = comments ? CellKind.HEADER : CellKind.CODE;
        return new Cell(comments ? number : number + 1, kind, "", CellMetadata.EMPTY, body.source(), 1,
                new CellLayout("", body.blankLinesAfter()));
    }

    /** Whether {@code line} may be part of a header: blank, or a {@code //} comment. */
    public static boolean isCommentOrBlank(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("//");
    }

    private static Cell markedCell(Path source, List<String> lines, int start, int end, int number,
                                   List<NotebookSyntaxException.SyntaxProblem> problems) {
        String marker = lines.get(start);
        int lineNumber = start + 1;
        String rest = marker.substring(MARKER.length());
        Matcher key = METADATA_KEY.matcher(rest);
        int metadataStart = key.find() ? key.start() : rest.length();
        String head = rest.substring(0, metadataStart).strip();
        Matcher type = CELL_TYPE.matcher(head);
        CellKind kind = CellKind.CODE;
        if (type.find()) {
            kind = type.group(1).equals("raw") ? CellKind.RAW : CellKind.MARKDOWN;
            head = (head.substring(0, type.start()) + " " + head.substring(type.end())).strip();
        }
        CellMetadata metadata = metadata(rest.substring(metadataStart), issue -> problems.add(
                new NotebookSyntaxException.SyntaxProblem(source, lineNumber, issue)));
        Body body = Body.of(lines, start + 1, end);
        return new Cell(number, kind, head, metadata, body.source(), lineNumber + 1,
                new CellLayout(marker, body.blankLinesAfter()));
    }

    /** Parses {@code key=JSON key=JSON ...}, reporting problems to {@code problems}. */
    private static CellMetadata metadata(String text, java.util.function.Consumer<String> problems) {
        Map<String, String> json = new LinkedHashMap<>();
        List<String> tags = List.of();
        int at = 0;
        while (!text.substring(at).isBlank()) {
            Matcher key = METADATA_KEY.matcher(text).region(at, text.length());
            if (!key.lookingAt()) {
                problems.accept("expected key=JSON metadata such as tags=[\"parameters\"], found \""
                        + text.substring(at).strip() + "\"");
                return new CellMetadata(tags, json);
            }
            String name = key.group(1);
            int valueStart = key.end();
            try {
                int valueEnd = valueStart + jsonLength(text.substring(valueStart));
                String value = text.substring(valueStart, valueEnd);
                json.put(name, value);
                if (name.equals("tags")) {
                    tags = tags(value, problems);
                }
                at = valueEnd;
            } catch (JsonProcessingException e) {
                problems.accept("metadata \"" + text.substring(key.start(1)).strip()
                        + "\" is not valid JSON; expected key=JSON such as tags=[\"parameters\"]");
                return new CellMetadata(tags, json);
            }
        }
        return new CellMetadata(tags, json);
    }

    /** The length of the JSON value that starts {@code text}. */
    private static int jsonLength(String text) throws JsonProcessingException {
        try (JsonParser parser = JSON.createParser(text)) {
            parser.readValueAsTree();
            int length = (int) parser.currentLocation().getCharOffset();
            while (length > 0 && Character.isWhitespace(text.charAt(length - 1))) {
                length--;   // the parser reads one delimiter past a number or literal
            }
            return length;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a string", e);
        }
    }

    private static List<String> tags(String value, java.util.function.Consumer<String> problems) {
        try {
            JsonNode node = JSON.readTree(value);
            List<String> tags = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(tag -> tags.add(tag.isTextual() ? tag.textValue() : null));
            }
            if (!node.isArray() || tags.contains(null)) {
                problems.accept("tags must be a JSON array of strings such as tags=[\"parameters\"], found "
                        + value);
                return List.of();
            }
            return tags;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON parsed once but not twice: " + value, e);
        }
    }

    /** A cell's lines between its marker and the next one, split into source and trailing blanks. */
    private record Body(String source, int blankLinesAfter) {
        static Body of(List<String> lines, int from, int to) {
            int end = to;
            while (end > from && lines.get(end - 1).isEmpty()) {
                end--;
            }
            return new Body(String.join("\n", lines.subList(from, end)), to - end);
        }
    }
}
