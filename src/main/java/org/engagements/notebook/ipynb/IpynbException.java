package org.engagements.notebook.ipynb;

import java.util.List;
import org.engagements.core.EngagementsException;

/**
 * An {@code .ipynb} file that cannot be read as a Jupyter notebook, or a notebook that cannot be
 * converted: the message lists every problem found (up to a cap), one per line, each naming the file
 * and, where there is one, the cell or the line. The file's author is at fault, not the program.
 */
public class IpynbException extends EngagementsException {
    private static final long serialVersionUID = 1L;
    static final int MAX_PROBLEMS = 20;

    public IpynbException(String problem) {
        super(problem);
    }

    public IpynbException(List<String> problems) {
        super(String.join("\n", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an ipynb exception needs a problem");
        }
    }
}
