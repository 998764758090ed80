package org.engagements.cli;

import java.util.List;
import org.engagements.core.EngagementsException;

/**
 * Options a command cannot work with, found before it starts any work: a folder that is a file, a
 * negative time limit. The user's to fix; the message lists every problem, one a line, each naming
 * the option, its value and what was expected.
 */
final class OptionException extends EngagementsException {
    private static final long serialVersionUID = 1L;

    OptionException(List<String> problems) {
        super(String.join("\n", problems));
    }
}
