package org.engagements.notebook.ipynb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookFormat;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookSyntaxException;
import org.engagements.notebook.NotebookWriter;
import org.engagements.notebook.executed.CellIds;

/**
 * A {@code .jsh} notebook to a Jupyter notebook without outputs and back, losslessly: converting a
 * {@code .jsh} and converting the result back gives the same text, byte for byte. Cells keep their
 * kind, source, title, tags and metadata ({@link CellConversion}); the header comments become a raw
 * cell, the header's metadata block the notebook's metadata ({@link HeaderBlock},
 * {@link NotebookMetadata}); CRLF line ends and a missing final newline are noted under the notebook's
 * {@code engagements} metadata. A Jupyter notebook that a {@code .jsh} cannot express exactly (a metadata
 * key a marker cannot hold, a line that would start a cell) is refused with every problem listed.
 * Stateless.
 */
public final class IpynbConversion {
    /** How the {@code .jsh} file differs from the usual LF with a final newline. */
    static final String JSH_FORMAT = "jsh_format";

    private IpynbConversion() {
    }

    /**
     * {@code notebook} as a Jupyter notebook in nbformat 4.5, without outputs, for our kernel.
     *
     * @throws NotebookSyntaxException when its header's metadata block is malformed or a marker uses a
     *                                 key the conversion keeps for itself
     */
    public static IpynbDocument toIpynb(Notebook notebook) {
        List<Cell> cells = notebook.cells();
        List<NotebookSyntaxException.SyntaxProblem> problems = new ArrayList<>();
        List<Map<String, Object>> json = new ArrayList<>();
        Map<String, Object> block = Map.of();
        int first = 0;
        if (!cells.isEmpty() && cells.get(0).kind() == CellKind.HEADER) {
            Cell header = cells.get(0);
            int usual = cells.size() > 1 ? 1 : 0;
            Optional<HeaderBlock.Split> split = HeaderBlock.find(header, notebook.source());
            block = split.map(HeaderBlock.Split::metadata).orElse(Map.of());
            String rest = split.map(found -> String.join("\n", found.rest())).orElse(header.source());
            if (split.isEmpty() || !rest.isEmpty() || header.layout().blankLinesAfter() != usual) {
                json.add(CellConversion.header(rest, id(notebook, header), header.layout().blankLinesAfter(), usual));
            }
            if (block.containsKey(CellConversion.OURS)) {
                problems.add(new NotebookSyntaxException.SyntaxProblem(notebook.source(), header.fileLine(2),
                        "the notebook metadata may not hold \"" + CellConversion.OURS + "\", the converter's own key"));
            }
            first = 1;
        }
        for (int i = first; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            json.add(CellConversion.toJson(cell, id(notebook, cell), i == cells.size() - 1 ? 0 : 1, problem ->
                    problems.add(new NotebookSyntaxException.SyntaxProblem(notebook.source(), markerLine(cell), problem))));
        }
        if (!problems.isEmpty()) {
            throw new NotebookSyntaxException(problems);
        }
        Map<String, Object> metadata = NotebookMetadata.of(block);
        Map<String, Object> format = format(notebook.format());
        if (!format.isEmpty()) {
            metadata.put(CellConversion.OURS, new LinkedHashMap<>(Map.of(JSH_FORMAT, format)));
        }
        return new IpynbDocument(metadata, json, IpynbDocument.MINOR);
    }

    /**
     * The {@code .jsh} text of {@code document}, named {@code shownAs} in messages.
     *
     * @throws IpynbException listing, by cell, everything the {@code .jsh} cannot express
     */
    public static String toJshText(IpynbDocument document, Path shownAs) {
        List<String> problems = new ArrayList<>();
        NotebookFormat format = formatOf(document.metadata());
        boolean crlf = format.lineSeparator().equals("\r\n");
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < document.cells().size(); i++) {
            if (!isErrorBanner(document.cells().get(i))) {
                numbers.add(i + 1);
            }
        }
        List<Map<String, Object>> cells = numbers.stream().map(number -> document.cells().get(number - 1)).toList();
        List<CellConversion.Planned> planned = new ArrayList<>();
        List<String> block = HeaderBlock.lines(NotebookMetadata.forHeader(document.metadata()));
        boolean header = !cells.isEmpty() && CellConversion.isHeader(cells.get(0));
        int first = header ? 1 : 0;
        if (header || !block.isEmpty()) {
            planned.add(CellConversion.header(header ? cells.get(0) : null, block, cells.size() > first ? 1 : 0,
                    crlf, problem -> problems.add(shownAs + ": cell 1: " + problem)));
        }
        for (int i = first; i < cells.size(); i++) {
            int number = numbers.get(i);
            planned.add(CellConversion.fromJson(cells.get(i), planned.isEmpty(), i == cells.size() - 1 ? 0 : 1, crlf,
                    problem -> problems.add(shownAs + ": cell " + number + ": " + problem)));
        }
        if (!problems.isEmpty()) {
            throw new IpynbException(problems);
        }
        String text = NotebookWriter.toText(new Notebook(shownAs, cells(planned), format));
        if (text.isEmpty()) {
            throw new IpynbException(shownAs + ": expected at least one cell or some notebook metadata, found "
                    + "none: a .jsh cannot be empty");
        }
        verify(text, planned, shownAs);
        return text;
    }

    /** The notebook {@link #toJshText} writes, as the parser reads it, with {@code target} as its source. */
    public static Notebook toJsh(IpynbDocument document, Path shownAs, Path target) {
        return NotebookParser.parse(target, toJshText(document, shownAs));
    }

    private static String id(Notebook notebook, Cell cell) {
        return CellIds.withSuffix(notebook.name(), Integer.toString(cell.number()));
    }

    private static int markerLine(Cell cell) {
        return cell.layout().marker().isEmpty() ? cell.firstLine() : cell.firstLine() - 1;
    }

    private static Map<String, Object> format(NotebookFormat format) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!format.lineSeparator().equals("\n")) {
            json.put("line_ends", "crlf");
        }
        if (!format.finalNewline()) {
            json.put("final_newline", false);
        }
        return json;
    }

    private static NotebookFormat formatOf(Map<String, Object> metadata) {
        Map<String, Object> ours = JsonValues.asObject(metadata.get(CellConversion.OURS));
        Map<String, Object> format = ours == null ? null : JsonValues.asObject(ours.get(JSH_FORMAT));
        if (format == null) {
            return NotebookFormat.DEFAULT;
        }
        return new NotebookFormat("crlf".equals(format.get("line_ends")) ? "\r\n" : "\n",
                !Boolean.FALSE.equals(format.get("final_newline")));
    }

    /** The markdown cell an executed notebook of ours starts with when it failed: not part of the notebook. */
    private static boolean isErrorBanner(Map<String, Object> cell) {
        Map<String, Object> metadata = JsonValues.asObject(cell.get("metadata"));
        return metadata != null && metadata.get(Markers.TAGS) instanceof List<?> tags
                && tags.contains(ErrorBanner.TAG);
    }

    private static List<Cell> cells(List<CellConversion.Planned> planned) {
        List<Cell> cells = new ArrayList<>();
        int number = 0;
        for (CellConversion.Planned cell : planned) {
            number += cell.kind() == CellKind.HEADER ? 0 : 1;
            cells.add(new Cell(number, cell.kind(), "", CellMetadata.EMPTY, cell.source(), 1,
                    cell.layout()));
        }
        return cells;
    }

    /** The text must read back as the planned cells; anything else is a bug in the checks above. */
    private static void verify(String text, List<CellConversion.Planned> planned, Path shownAs) {
        List<Cell> read;
        try {
            read = NotebookParser.parse(shownAs, text).cells();
        } catch (NotebookSyntaxException e) {
            throw new IllegalStateException("the .jsh written for " + shownAs + " does not parse: " + e.getMessage(), e);
        }
        boolean same = read.size() == planned.size();
        for (int i = 0; same && i < read.size(); i++) {
            CellConversion.Planned cell = planned.get(i);
            same = read.get(i).kind() == cell.kind() && read.get(i).source().equals(cell.source())
                    && read.get(i).layout().equals(cell.layout())
                    && (cell.kind() == CellKind.HEADER || Markers.metadataOf(read.get(i)).equals(cell.metadata()));
        }
        if (!same) {
            throw new IllegalStateException("the .jsh written for " + shownAs + " reads back differently:\n" + text);
        }
    }
}
