package org.engagements.data.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagements.data.Problem;
import org.engagements.data.Problems;
import org.engagements.data.vocab.VocabularyReader;

/**
 * Splits RFC 4180 text into records: fields separated by commas, records by LF or CRLF; a field in
 * double quotes may hold commas, line breaks and quotes written twice ({@code ""}). Line breaks inside
 * quotes are kept as LF. Each record knows the physical line it starts on.
 *
 * <p>Streams: records go to a {@link Sink} one at a time as they are read, so a file is never held
 * whole in memory (a million-row file is read through a 64 KB buffer).
 *
 * <p>Malformed text (a quote that is never closed, text after a closing quote, a quote inside an
 * unquoted field) is the user's to fix and is reported as a {@link Problem}; reading goes on where it
 * can. So is a field longer than {@link #MAX_FIELD_LENGTH}: only that many of its characters are kept,
 * so one runaway field cannot exhaust the heap. Not thread-safe: one reader per text.
 */
final class CsvReader {
    /** The longest field kept, in characters: as long as a vocabulary string may be. */
    static final int MAX_FIELD_LENGTH = VocabularyReader.MAX_STRING_LENGTH;

    /** Receives each complete record; {@code fields} is reused for the next record, so copy what you keep. */
    @FunctionalInterface
    interface Sink {
        void record(int line, CsvFields fields);
    }

    private static final int END = -1;

    private final Reader in;
    private final String file;
    private final Problems problems;
    private final char[] buffer = new char[1 << 16];
    private final CsvFields fields = new CsvFields();
    private int position;
    private int limit;
    private int line = 1;
    private long fieldLength;

    private CsvReader(Reader in, String file, Problems problems) {
        this.in = in;
        this.file = file;
        this.problems = problems;
    }

    /** Every complete record of the text, in order; a trailing line break does not start a record. */
    static List<CsvRecord> read(String text, String file, Problems problems) {
        List<CsvRecord> records = new ArrayList<>();
        read(new StringReader(text), file, problems,
                (line, fields) -> records.add(new CsvRecord(line, fields.toList())));
        return records;
    }

    /**
     * Reads every complete record from {@code in} into {@code sink}.
     *
     * @throws UncheckedIOException when {@code in} fails (the caller reports it)
     */
    static void read(Reader in, String file, Problems problems, Sink sink) {
        new CsvReader(in, file, problems).records(sink);
    }

    private void records(Sink sink) {
        while (peek(0) != END) {
            int start = line;
            fields.clear();
            if (!record()) {
                return;
            }
            sink.record(start, fields);
        }
    }

    /** Reads the fields of one record into {@link #fields}; false when the text ends inside a quoted field. */
    private boolean record() {
        while (true) {
            fieldLength = 0;
            int startLine = line;
            if (peek(0) == '"') {
                if (!quoted()) {
                    return false;
                }
            } else {
                unquoted();
            }
            if (fieldLength > MAX_FIELD_LENGTH) {
                problems.add(Problem.atLine(file, startLine, String.format(Locale.ROOT, "fields of at most %,d characters, "
                        + "found %,d characters in field %d", MAX_FIELD_LENGTH, fieldLength, fields.size() + 1)));
            }
            fields.endField();
            int c = peek(0);
            if (c == END) {
                return true;
            }
            if (c == ',') {
                position++;
            } else {
                skipLineEnd();
                return true;
            }
        }
    }

    private boolean quoted() {
        int openedOn = line;
        position++;
        while (true) {
            int c = peek(0);
            if (c == END) {
                break;
            }
            if (c == '"' && peek(1) == '"') {
                append('"');
                position += 2;
            } else if (c == '"') {
                position++;
                afterClosingQuote();
                return true;
            } else if (atLineEnd()) {
                append('\n');
                skipLineEnd();
            } else if (!appendRun('"', '\n')) {
                append((char) c);   // a lone CR
                position++;
            }
        }
        problems.add(Problem.atLine(file, openedOn, "a closing quote (\") for the field opened on this line, "
                + "found the end of the file"));
        return false;
    }

    /** After a closing quote only a comma or a line end may follow; anything else is kept and reported. */
    private void afterClosingQuote() {
        int c = peek(0);
        if (c == END || c == ',' || atLineEnd()) {
            return;
        }
        problems.add(Problem.atLine(file, line, "a comma or a line end after a closing quote, found "
                + Problem.quote(String.valueOf((char) c))));
        unquoted();
    }

    private void unquoted() {
        boolean reported = false;
        while (true) {
            appendRun(',', '"');
            int c = peek(0);
            if (c == END || c == ',' || atLineEnd()) {
                return;
            }
            position++;
            if (c == '"' && !reported) {
                problems.add(Problem.atLine(file, line, "quotes only around a whole field, with quotes "
                        + "inside written twice (\"\"), found a quote inside an unquoted field"));
                reported = true;
            }
            append((char) c);
        }
    }

    /**
     * Appends the buffered characters up to (not including) the next {@code a}, {@code b}, CR or LF, at
     * the plain stretch of a field in one copy instead of a call per character. False if there was none.
     */
    private boolean appendRun(char a, char b) {
        int end = position;
        while (end < limit) {
            char c = buffer[end];
            if (c == a || c == b || c == '\n' || c == '\r') {
                break;
            }
            end++;
        }
        int length = end - position;
        int kept = (int) Math.max(0, Math.min(length, MAX_FIELD_LENGTH - fieldLength));
        fields.append(buffer, position, kept);
        fieldLength += length;
        boolean any = end > position;
        position = end;
        return any;
    }

    private void append(char c) {
        if (fieldLength++ < MAX_FIELD_LENGTH) {
            fields.append(c);
        }
    }

    private boolean atLineEnd() {
        int c = peek(0);
        return c == '\n' || (c == '\r' && peek(1) == '\n');
    }

    private void skipLineEnd() {
        position += peek(0) == '\r' ? 2 : 1;
        line++;
    }

    /** The character {@code ahead} places after the current one, or {@link #END}. */
    private int peek(int ahead) {
        if (position + ahead >= limit && !fill(ahead)) {
            return END;
        }
        return buffer[position + ahead];
    }

    /** Refills the buffer, keeping the unread characters; false when fewer than {@code ahead + 1} remain. */
    private boolean fill(int ahead) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        try {
            while (limit <= ahead) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
