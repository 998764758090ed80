package org.engagements.ingest.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagements.data.write.DatasetContent;
import org.engagements.data.ShippedData;

/**
 * A small synthetic evaluation set written to a folder: two made-up articles (a call that was held, a
 * meeting that is planned) and their gold rows. Tests change one file to make it malformed. Never the
 * real evaluation articles.
 */
final class SampleSet {
    static final String ARTICLES = """
            id,file,outlet,published,published_basis,title,url
            s1,s1.txt,Example Wire,2022-03-20,stated: test,,https://example.org/s1
            s2,s2.txt,Example Post,2023-10-30,stated: test,Leaders to meet,https://example.org/s2
            """;
    static final String CALL = "President Joe Biden spoke by phone with Chinese President Xi Jinping on Friday, "
            + "the White House said. The two leaders discussed Taiwan for nearly two hours.\n";
    static final String PLAN = "Leaders to meet\n\nBiden and Xi will meet on the sidelines of the APEC summit in "
            + "San Francisco next month, officials said.\n";
    static final String GOLD = """
            article,key,data_id,kind,status,date_start,date_end,date_precision,mode,venue,us_participants,cn_participants,evidence,notes
            s1,biden-xi-call,,report,held,2022-03-18,2022-03-18,day,phone,,biden,xi-jinping,"President Joe Biden spoke by phone with Chinese President Xi Jinping on Friday, the White House said.",
            s2,biden-xi-sf,e022,report,planned,2023-11-01,2023-11-30,month,multilateral,san-francisco,biden,xi-jinping,"Biden and Xi will meet on the sidelines of the APEC summit in San Francisco next month, officials said.",a note
            """;

    private static DatasetContent shipped;

    private SampleSet() {
    }

    static synchronized DatasetContent shipped() {
        if (shipped == null) {
            shipped = DatasetContent.read(ShippedData.folder());
        }
        return shipped;
    }

    /** Writes the sample set to {@code folder} and returns it. */
    static Path write(Path folder) {
        write(folder.resolve("articles.csv"), ARTICLES);
        write(folder.resolve("articles/s1.txt"), CALL);
        write(folder.resolve("articles/s2.txt"), PLAN);
        write(folder.resolve("gold.csv"), GOLD);
        return folder;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file} with {@code to}. */
    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no \"" + from + "\"");
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvaluationSet read(Path folder) {
        return EvaluationSet.read(folder, "set", shipped(), "data");
    }
}
