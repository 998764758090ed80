package org.engagements.display;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Asks the person running the notebook for a line, as Python's {@code input(prompt)} and
 * {@code getpass(prompt)}: {@code String name = Input.line("Name: ");}. In Jupyter the prompt and an
 * input box appear under the cell ({@code input_request} on the stdin channel; a password box hides
 * what is typed); in a terminal ({@code engagements shell}) the prompt is printed and a line read from
 * standard input. Where there is no input (a batch run, a front end that does not allow it) the call
 * throws {@link NoInputException} saying so: give such values as notebook parameters instead.
 *
 * <p>Reading {@code System.in} directly ({@code new Scanner(System.in).nextLine()}) works too, with
 * what the cell printed on the current line as the prompt.
 */
public final class Input {
    private Input() {
    }

    /**
     * The line the person typed, without its newline; empty for an empty reply (in Jupyter) or the end
     * of input (in a terminal).
     *
     * @throws NoInputException when there is no input here
     */
    public static String line(String prompt) {
        return read(prompt, false);
    }

    /** Like {@link #line}, but Jupyter hides what is typed (a terminal still shows it). */
    public static String password(String prompt) {
        return read(prompt, true);
    }

    private static String read(String prompt, boolean password) {
        try {
            if (System.in instanceof HostInput host) {
                return host.ask(prompt, password).orElse("");
            }
            System.out.print(prompt);
            System.out.flush();
            return readLine(System.in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading standard input failed: " + e.getMessage(), e);
        }
    }

    /** One line of {@code in}, read a byte at a time so nothing after it is consumed. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
