package org.engagements.notebook.parameters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagements.notebook.Cell;
import org.engagements.notebook.CellMetadata;
import org.engagements.notebook.CellKind;
import org.engagements.notebook.Notebook;

/**
 * Injects command-line parameters into a notebook, papermill's way: the cell tagged
 * {@code parameters} holds the defaults; a new cell tagged {@code injected-parameters} right after
 * it declares the given values again, typed as the defaults are declared, and replaces any earlier
 * injected cell. A name the parameters cell does not declare is injected anyway, typed by the shape
 * of its value, with a warning; a notebook without a parameters cell gets the cell at the top, also
 * with a warning. Stateless.
 */
public final class Parameterizer {
    /** The first line of every injected cell. */
    static final String INJECTED_COMMENT = "// Parameters given on the command line";

    private Parameterizer() {
    }

    /**
     * {@code notebook} with {@code assignments} injected; the notebook unchanged when there are none.
     *
     * @throws ParameterException listing every value that is not of its parameter's type, and every
     *                            name given twice
     */
    public static Parameterized parameterize(Notebook notebook, List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return new Parameterized(notebook, List.of(), List.of());
        }
        Optional<Cell> parametersCell = findParametersCell(notebook);
        Map<String, Declaration> declared = parametersCell.map(Parameterizer::declarations).orElse(Map.of());
        List<String> problems = new ArrayList<>(duplicates(assignments));
        List<String> warnings = new ArrayList<>();
        List<Parameter> given = new ArrayList<>();
        for (Assignment assignment : assignments) {
            Declaration declaration = declared.get(assignment.name());
            if (declaration == null && parametersCell.isPresent()) {
                warnings.add(notebook.source() + ": parameter " + assignment.name() + " is not declared in the "
                        + "parameters cell (" + describe(parametersCell.get()) + "); injecting it anyway");
            }
            typed(declaration, assignment).ifPresentOrElse(given::add,
                    () -> problems.add(problem(notebook, parametersCell.orElseThrow(), declaration, assignment)));
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        if (parametersCell.isEmpty()) {
            warnings.add(0, notebook.source() + ": no cell is tagged \"" + CellMetadata.PARAMETERS
                    + "\"; injecting the parameters at the top");
        }
        return new Parameterized(inject(notebook, parametersCell, given), given, warnings);
    }

    /** The first code cell tagged {@code parameters}. */
    public static Optional<Cell> findParametersCell(Notebook notebook) {
        return notebook.codeCells().stream().filter(cell -> cell.metadata().hasTag(CellMetadata.PARAMETERS))
                .findFirst();
    }

    /** The declarations of {@code cell} by name; a name declared twice counts as its last declaration. */
    private static Map<String, Declaration> declarations(Cell cell) {
        return Declarations.parse(cell.source()).stream()
                .collect(Collectors.toMap(Declaration::name, Function.identity(), (first, last) -> last));
    }

    private static List<String> duplicates(List<Assignment> assignments) {
        Set<String> seen = new HashSet<>();
        return assignments.stream().filter(assignment -> !seen.add(assignment.name()))
                .map(assignment -> "-p " + assignment + ": parameter " + assignment.name() + " is given twice")
                .distinct().toList();
    }

    /** The assignment as a typed parameter, or empty when its value is not of the declared type. */
    private static Optional<Parameter> typed(Declaration declaration, Assignment assignment) {
        if (declaration == null) {
            ParameterType type = ParameterType.ofShape(assignment.value());
            return Optional.of(parameter(assignment, type.javaName(), type, type.parse(assignment.value()).orElseThrow()));
        }
        return declaration.type().flatMap(type -> type.parse(assignment.value())
                .map(value -> parameter(assignment, declaration.javaType(), type, value)));
    }

    private static Parameter parameter(Assignment assignment, String javaType, ParameterType type, Object value) {
        return new Parameter(assignment.name(), javaType, type.literal(value), Parameter.Origin.GIVEN);
    }

    /** Why {@code assignment} does not fit {@code declaration}, compiler style. */
    private static String problem(Notebook notebook, Cell parametersCell, Declaration declaration,
                                  Assignment assignment) {
        String place = notebook.source() + ", " + describe(parametersCell) + ", line " + declaration.line()
                + ": parameter " + assignment.name() + ": ";
        return declaration.type()
                .map(type -> place + "\"" + assignment.value() + "\" is not " + type.description()
                        + ", as declared by: " + declaration.source())
                .orElseGet(() -> place + "-p sets String, int, long, double, boolean and LocalDate parameters, "
                        + "not one declared by: " + declaration.source());
    }

    private static String describe(Cell cell) {
        return "cell " + cell.number();
    }

    private static Notebook inject(Notebook notebook, Optional<Cell> parametersCell, List<Parameter> given) {
        List<Cell> cells = new ArrayList<>();
        notebook.cells().stream().filter(cell -> !cell.metadata().hasTag(CellMetadata.INJECTED_PARAMETERS))
                .forEach(cells::add);
        int at = parametersCell.map(cell -> cells.indexOf(cell) + 1)
                .orElse(!cells.isEmpty() && cells.get(0).kind() == CellKind.HEADER ? 1 : 0);
        cells.add(at, injectedCell(given));
        return new Notebook(notebook.source(), cells, notebook.format());
    }

    /** The cell that declares {@code given}; number 0, as it is not a cell of the notebook's file. */
    private static Cell injectedCell(List<Parameter> given) {
        List<String> lines = new ArrayList<>(List.of(INJECTED_COMMENT));
        given.forEach(parameter -> lines.add(parameter.declaration()));
        return Cell.code(0, "", String.join("\n", lines))
                .withMetadata(CellMetadata.ofTags(List.of(CellMetadata.INJECTED_PARAMETERS)));
    }
}
