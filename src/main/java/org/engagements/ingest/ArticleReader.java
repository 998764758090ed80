package org.engagements.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.engagements.data.csv.TextFiles;

/**
 * Reads articles to ingest and checks what the user supplies: the text must be UTF-8 prose (not empty,
 * not binary), the publication date not after today (from the injected clock), the outlet not blank.
 * Failures are the user's and name the file, compiler style.
 */
public final class ArticleReader {
    private static final int TITLE_LENGTH = 120;

    private final Clock clock;

    public ArticleReader(Clock clock) {
        this.clock = clock;
    }

    /** The metadata the user gives for one article; title and url may be empty. */
    public record Metadata(LocalDate published, String outlet, String title, String url, String basis) {
    }

    /**
     * Reads and checks one article.
     *
     * @throws IngestException when the file or the metadata cannot be used
     */
    public ArticleInput read(Path file, String shownAs, Metadata metadata) {
        String text = text(file, shownAs);
        checkPublished(metadata.published(), shownAs);
        if (metadata.outlet() == null || metadata.outlet().isBlank()) {
            throw new IngestException(shownAs + ": outlet: expected the news outlet's name, found none");
        }
        String title = metadata.title() == null || metadata.title().isBlank() ? firstLine(text)
                : metadata.title().strip();
        return new ArticleInput(file, shownAs, text, metadata.published(), metadata.outlet().strip(), title,
                metadata.url() == null ? "" : metadata.url().strip(), metadata.basis());
    }

    /** The text of an article file: strict UTF-8, not binary, not blank. */
    static String text(Path file, String shownAs) {
        binary(file, shownAs).ifPresent(message -> {
            throw new IngestException(message);
        });
        String text = TextFiles.require(file, shownAs);
        if (text.isBlank()) {
            throw new IngestException(shownAs + ": expected article text, found only white space");
        }
        return text;
    }

    /** A NUL byte or other control bytes than tab and line breaks mean a binary file, not an article. */
    private static Optional<String> binary(Path file, String shownAs) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return Optional.of(String.format("%s: expected a text article, found binary data (byte 0x%02X "
                            + "at byte offset %d)", shownAs, b, i));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void checkPublished(LocalDate published, String shownAs) {
        LocalDate today = LocalDate.now(clock);
        if (published.isAfter(today)) {
            throw new IngestException(shownAs + ": published " + published + ": expected a date not after today ("
                    + today + ")");
        }
    }

    /** The first line of the text, cut at a word before 120 characters: a title when none is given. */
    static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip().replaceAll("\\s+", " ");
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > 0 ? cut : TITLE_LENGTH) + "…";
    }
}
