package org.engagements.notebook.parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.Notebook;

/**
 * The parameters a notebook runs with, read from its cells: the declarations of its parameters cell,
 * then those of its injected-parameters cells, a later value of a name replacing an earlier one.
 * Stateless.
 */
public final class NotebookParameters {
    private NotebookParameters() {
    }

    /** Every parameter of {@code notebook} in declaration order, injected names not declared at the end. */
    public static List<Parameter> read(Notebook notebook) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        Parameterizer.findParametersCell(notebook).ifPresent(cell -> add(cell, Parameter.Origin.DEFAULT, byName));
        notebook.codeCells().stream().filter(cell -> cell.metadata().hasTag(CellMetadata.INJECTED_PARAMETERS))
                .forEach(cell -> add(cell, Parameter.Origin.GIVEN, byName));
        return new ArrayList<>(byName.values());
    }

    private static void add(Cell cell, Parameter.Origin origin, Map<String, Parameter> byName) {
        for (Declaration declaration : Declarations.parse(cell.source())) {
            byName.put(declaration.name(), new Parameter(declaration.name(), declaration.javaType(),
                    declaration.initializer(), origin));
        }
    }
}
