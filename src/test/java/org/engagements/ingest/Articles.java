package org.engagements.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.engagements.data.ShippedData;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Extraction;
import org.engagements.ingest.extract.Extractor;

/**
 * The short test articles in {@code src/test/resources/ingest/}, found through the class loader, and an
 * extractor over the shipped vocabulary.
 */
public final class Articles {
    private static DatasetContent shipped;

    private Articles() {
    }

    public static synchronized DatasetContent shipped() {
        if (shipped == null) {
            shipped = DatasetContent.read(ShippedData.folder());
        }
        return shipped;
    }

    public static Extractor extractor() {
        return Extractor.of(shipped().vocabulary());
    }

    static Path path(String name) {
        URL url = Articles.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalStateException("test article /ingest/" + name + " is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Extraction extract(String name, String published) {
        return extractor().extract(text(name), LocalDate.parse(published));
    }
}
