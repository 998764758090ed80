package org.engagements.notebook.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How report pages write times, durations and sizes: one style on every page. Stateless. */
final class Formats {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2024-06-01 12:34 UTC}. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** {@code 0.41 s}, {@code 12.3 s}, {@code 2 min 05 s}. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, millis / 1000 % 60);
    }

    /** {@code 812 B}, {@code 14.2 KB}, {@code 3.1 MB}. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** {@code 1 cell}, {@code 3 cells}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A file name as a relative URL: every byte but {@code A-Z a-z 0-9 - . _ ~ /} percent-encoded. */
    static String href(String path) {
        StringBuilder url = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                url.append(c);
            } else {
                url.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
            }
        }
        return url.toString();
    }
}
