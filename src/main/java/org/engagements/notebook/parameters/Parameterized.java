package org.engagements.notebook.parameters;

import java.util.List;
import java.util.Objects;
import org.engagements.notebook.Notebook;

/**
 * A notebook with its parameters injected.
 *
 * @param notebook the notebook to run: the original with an {@code injected-parameters} cell
 * @param given    the parameters injected, in command-line order
 * @param warnings what the user should know but need not fix: unknown names, no parameters cell
 */
public record Parameterized(Notebook notebook, List<Parameter> given, List<String> warnings) {
    public Parameterized {
        Objects.requireNonNull(notebook, "notebook");
        given = List.copyOf(given);
        warnings = List.copyOf(warnings);
    }
}
