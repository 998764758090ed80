package org.engagements.display;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the notebook's JVM tells the host beside its printed text, as one line of its standard
 * output: {@code RS token kind field* LF}, where RS is the ASCII record separator (0x1E) and
 * {@code token} is the session's secret. Sharing the stream with printed text keeps displays, prints
 * and input requests in the order the cell made them (so the host has every printed character before
 * a request for input); the bytes RS and LF never occur inside a multi-byte UTF-8 character, so the
 * host can find frames before decoding text.
 *
 * <table>
 *   <caption>The kinds and their fields (a bundle is {@code (mime base64)+}, each value the base64 of its UTF-8)</caption>
 *   <tr><td>{@code display ID bundle}</td><td>{@link Shown}: a value shown with {@code display(x)}</td></tr>
 *   <tr><td>{@code result bundle}</td><td>{@link Result}: the value of the cell's last expression</td></tr>
 *   <tr><td>{@code update ID bundle}</td><td>{@link Updated}: a new value for display {@code ID}</td></tr>
 *   <tr><td>{@code clear wait|now}</td><td>{@link Cleared}: clear the cell's output</td></tr>
 *   <tr><td>{@code input N line|password PROMPT}</td><td>{@link InputRequested}: read request {@code N}
 *       waits for a line; PROMPT is base64, or {@code -} for none</td></tr>
 * </table>
 */
public sealed interface DisplayFrame {
    /** The byte that starts a frame. */
    byte MARK = 0x1E;
    /** {@link #MARK} as a character. */
    char MARK_CHAR = 0x1E;

    /** A value shown with {@code display(x)}; {@code displayId} lets later frames update it in place. */
    record Shown(String displayId, MimeBundle bundle) implements DisplayFrame {
        public Shown {
            requireDisplayId(displayId);
            Objects.requireNonNull(bundle, "bundle");
        }
    }

    /** The value of the cell's last expression. */
    record Result(MimeBundle bundle) implements DisplayFrame {
        public Result {
            Objects.requireNonNull(bundle, "bundle");
        }
    }

    /** A new value for the display {@code displayId}, shown where the old one was. */
    record Updated(String displayId, MimeBundle bundle) implements DisplayFrame {
        public Updated {
            requireDisplayId(displayId);
            Objects.requireNonNull(bundle, "bundle");
        }
    }

    /** Clear the cell's output: now, or ({@code waitForNext}) when its next output arrives. */
    record Cleared(boolean waitForNext) implements DisplayFrame {
    }

    /**
     * A read of standard input waits for a line: request number {@code request} of this JVM, with a
     * {@code prompt} the notebook gave (empty for a plain read), hidden as it is typed if {@code password}.
     */
    record InputRequested(long request, boolean password, String prompt) implements DisplayFrame {
        public InputRequested {
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /** The frame as a line to print, ending with a newline. */
    default String encode(String token) {
        StringBuilder line = new StringBuilder().append(MARK_CHAR).append(token).append(' ');
        if (this instanceof Shown shown) {
            line.append("display ").append(shown.displayId());
            appendBundle(line, shown.bundle());
        } else if (this instanceof Result result) {
            line.append("result");
            appendBundle(line, result.bundle());
        } else if (this instanceof Updated updated) {
            line.append("update ").append(updated.displayId());
            appendBundle(line, updated.bundle());
        } else if (this instanceof Cleared cleared) {
            line.append("clear ").append(cleared.waitForNext() ? "wait" : "now");
        } else if (this instanceof InputRequested input) {
            line.append("input ").append(input.request()).append(input.password() ? " password " : " line ")
                    .append(input.prompt().isEmpty() ? "-" : base64(input.prompt()));
        }
        return line.append('\n').toString();
    }

    /**
     * The frame in {@code line} (the text after the mark, without the newline), or empty when the
     * line is not a well-formed frame for {@code token} and so is ordinary output.
     */
    static Optional<DisplayFrame> decode(String token, String line) {
        String[] parts = line.split(" ", -1);
        if (parts.length < 3 || !parts[0].equals(token)) {
            return Optional.empty();
        }
        return switch (parts[1]) {
            case "display" -> displayId(parts[2])
                    .flatMap(id -> decodeBundle(parts, 3).map(bundle -> new Shown(id, bundle)));
            case "result" -> decodeBundle(parts, 2).map(Result::new);
            case "update" -> displayId(parts[2])
                    .flatMap(id -> decodeBundle(parts, 3).map(bundle -> new Updated(id, bundle)));
            case "clear" -> parts.length == 3 && (parts[2].equals("wait") || parts[2].equals("now"))
                    ? Optional.of(new Cleared(parts[2].equals("wait"))) : Optional.empty();
            case "input" -> input(parts);
            default -> Optional.empty();
        };
    }

    private static void requireDisplayId(String displayId) {
        if (!isDisplayId(Objects.requireNonNull(displayId, "displayId"))) {
            throw new IllegalArgumentException("a display id is 1 to 64 letters, digits, '-' or '_': " + displayId);
        }
    }

    private static void appendBundle(StringBuilder line, MimeBundle bundle) {
        bundle.data().forEach((type, value) -> line.append(' ').append(type.mime()).append(' ').append(base64(value)));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isDisplayId(String text) {
        if (text.isEmpty() || text.length() > 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> displayId(String text) {
        return isDisplayId(text) ? Optional.of(text) : Optional.empty();
    }

    /** The bundle in {@code parts[from..]}: at least one (mime, base64) pair, nothing else. */
    private static Optional<MimeBundle> decodeBundle(String[] parts, int from) {
        int values = parts.length - from;
        if (values < 2 || values % 2 != 0) {
            return Optional.empty();
        }
        Map<MimeType, String> data = new EnumMap<>(MimeType.class);
        for (int i = from; i < parts.length; i += 2) {
            Optional<MimeType> type = MimeType.find(parts[i]);
            Optional<String> value = text(parts[i + 1]);
            if (type.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            data.put(type.get(), value.get());
        }
        return Optional.of(new MimeBundle(data));
    }

    private static Optional<DisplayFrame> input(String[] parts) {
        if (parts.length != 5 || !(parts[3].equals("line") || parts[3].equals("password"))) {
            return Optional.empty();
        }
        Optional<String> prompt = parts[4].equals("-") ? Optional.of("") : text(parts[4]);
        try {
            long request = Long.parseLong(parts[2]);
            return prompt.map(text -> new InputRequested(request, parts[3].equals("password"), text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(String base64) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
