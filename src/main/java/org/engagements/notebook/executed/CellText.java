package org.engagements.notebook.executed;

import java.util.stream.Collectors;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellKind;

/** The text writers show for cells that are not code. Stateless. */
public final class CellText {
    private CellText() {
    }

    /**
     * The markdown of a markdown cell, without its {@code //} prefixes; for a header (the comments
     * before the first marker) the comments without their {@code //}, which writers show as markdown.
     */
    public static String markdown(Cell cell) {
        if (cell.kind() != CellKind.HEADER) {
            return cell.text();
        }
        return cell.source().lines().map(line -> line.replaceFirst("^\\s*//[ ]?", ""))
                .collect(Collectors.joining("\n"));
    }
}
