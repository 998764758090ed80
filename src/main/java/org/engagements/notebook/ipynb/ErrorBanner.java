package org.engagements.notebook.ipynb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagements.notebook.CellResult;
import org.engagements.notebook.executed.CellIds;
import org.engagements.notebook.executed.ExecutedNotebook;

/**
 * The markdown cell that heads a failed notebook, as papermill's error cell does: which cells failed
 * and whether the run stopped there, or why the notebook could not start. Stateless.
 */
final class ErrorBanner {
    static final String TAG = "engagements-error";

    private ErrorBanner() {
    }

    static Optional<Map<String, Object>> of(ExecutedNotebook executed) {
        if (executed.run().passed()) {
            return Optional.empty();
        }
        return Optional.of(IpynbCells.markdown(CellIds.withSuffix(executed.name(), "error"),
                new java.util.LinkedHashMap<>(Map.of("tags", List.of(TAG))), text(executed)));
    }

    private static String text(ExecutedNotebook executed) {
        if (executed.run().setupFailure().isPresent()) {
            return "**This notebook could not start:**\n\n" + fenced(executed.run().setupFailure().get());
        }
        List<String> failed = executed.run().results().stream().filter(CellResult::failsRun)
                .map(ErrorBanner::describe).toList();
        String stop = executed.stoppedAt().isPresent() ? "; the cells after it did not run." : ".";
        if (failed.isEmpty()) {
            return "**This notebook did not finish**" + stop;
        }
        return "**This notebook failed:** " + String.join(", ", failed) + stop;
    }

    private static String describe(CellResult result) {
        String title = result.cell().title().isEmpty() ? "" : " “" + escape(result.cell().title()) + "”";
        return "cell " + result.cell().number() + title + " (" + result.status().label() + ")";
    }

    /** Markdown text that shows {@code text} literally: punctuation escaped with backslashes. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~&])", "\\\\$1");
    }

    /** {@code text} in a fenced code block whose fence no run of backticks in it can close. */
    private static String fenced(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + text + "\n" + fence;
    }
}
