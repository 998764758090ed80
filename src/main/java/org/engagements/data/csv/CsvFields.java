package org.engagements.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one CSV record as {@link CsvReader} reads them: their characters in one buffer and where
 * each field ends, so that a cell whose value was seen before costs no {@code String} (at 10⁶ rows most
 * cells repeat: dates, codes, venues, id lists). Reused for the next record: copy what you keep. Not
 * thread-safe.
 */
final class CsvFields {
    private char[] chars = new char[1 << 10];
    private int[] ends = new int[32];
    private int size;
    private int length;

    void clear() {
        size = 0;
        length = 0;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    void append(char[] from, int offset, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
        System.arraycopy(from, offset, chars, length, count);
        length += count;
    }

    /** Ends the field being appended to. */
    void endField() {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = length;
    }

    /** How many fields the record has. */
    int size() {
        return size;
    }

    /** The buffer the fields' characters are in, from {@link #start} to {@link #end}; valid until the next record. */
    char[] chars() {
        return chars;
    }

    int start(int field) {
        return field == 0 ? 0 : ends[field - 1];
    }

    int end(int field) {
        return ends[field];
    }

    boolean isEmpty(int field) {
        return start(field) == end(field);
    }

    /** A field as a new string. */
    String get(int field) {
        int start = start(field);
        return new String(chars, start, end(field) - start);
    }

    List<String> toList() {
        List<String> fields = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            fields.add(get(i));
        }
        return fields;
    }
}
