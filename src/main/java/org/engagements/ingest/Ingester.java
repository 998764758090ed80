package org.engagements.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Article;
import org.engagements.data.Person;
import org.engagements.data.Vocabulary;
import org.engagements.data.write.DatasetContent;
import org.engagements.ingest.extract.Extraction;
import org.engagements.ingest.extract.Extractor;

/**
 * Plans the ingestion of an article into a dataset, as a recipe of named steps: skip a text already in
 * the dataset (same checksum), extract candidates, name the new article, then review and merge the
 * candidates one by one ({@link ProposalSelection}, {@link DatasetMerge}). Plans write nothing;
 * {@link org.engagements.data.write.DatasetWriter} writes a plan's result. Immutable and thread-safe.
 */
public final class Ingester {
    private static final int CHECKSUM_PREFIX = 16;

    private Ingester() {
    }

    /** What adding the article to the dataset would change, writing every proposal that has its quote. */
    public static IngestPlan plan(DatasetContent content, ArticleInput input) {
        return plan(content, input, Review.ALL, 1);
    }

    /**
     * What adding the article would change under {@code review}: every proposal with its confidence and
     * decision, numbered from {@code firstNumber} ({@code p<firstNumber>}, …), and the dataset with the
     * proposals written. A folder's articles are numbered on: the next starts after this plan's last.
     */
    public static IngestPlan plan(DatasetContent content, ArticleInput input, Review review, int firstNumber) {
        String checksum = checksum(input.text());
        Optional<Article> duplicate = content.articles().stream()
                .filter(a -> checksum(content.textOf(a)).equals(checksum)).findFirst();
        if (duplicate.isPresent()) {
            return unchanged(content, input, IngestPlan.Outcome.DUPLICATE, duplicate.map(Article::id));
        }
        Vocabulary vocabulary = content.vocabulary();
        Extraction extraction = Extractor.of(vocabulary).extract(input.text(), input.published());
        List<Person> newcomers = extraction.newcomers();
        DatasetContent working = content;
        if (!newcomers.isEmpty()) {
            // Named with side and office: entries of their own, so that the rows can hold them.
            working = content.withVocabulary(withPeople(vocabulary, newcomers));
            extraction = Extractor.of(working.vocabulary()).extract(input.text(), input.published());
        }
        if (extraction.candidates().isEmpty()) {
            return new IngestPlan(input, IngestPlan.Outcome.NO_ENGAGEMENTS, Optional.empty(), Optional.empty(),
                    List.of(), extraction.suggestions(), List.of(), content);
        }
        Article article = article(content, input, checksum);
        ProposalSelection.Result selected = new ProposalSelection(working, article, input.text())
                .select(extraction.candidates(), review, firstNumber);
        List<Person> used = newcomers.stream().filter(p -> namedInARow(selected.content(), p.id())).toList();
        DatasetContent result = selected.content().withVocabulary(withPeople(vocabulary, used));
        boolean any = selected.proposals().stream().anyMatch(Proposal::written);
        return new IngestPlan(input, any ? IngestPlan.Outcome.ADDED : IngestPlan.Outcome.HELD_BACK, Optional.empty(),
                Optional.of(article), selected.proposals(), extraction.suggestions(), used, result);
    }

    private static Vocabulary withPeople(Vocabulary vocabulary, List<Person> people) {
        List<Person> all = new ArrayList<>(vocabulary.people());
        all.addAll(people);
        return new Vocabulary(all, vocabulary.places(), vocabulary.issues());
    }

    private static boolean namedInARow(DatasetContent content, String personId) {
        return content.engagements().stream().anyMatch(e -> e.participants().us().contains(personId)
                || e.participants().cn().contains(personId));
    }

    private static IngestPlan unchanged(DatasetContent content, ArticleInput input, IngestPlan.Outcome outcome,
                                        Optional<String> duplicateOf) {
        return new IngestPlan(input, outcome, duplicateOf, Optional.empty(), List.of(), List.of(), List.of(), content);
    }

    /** The next article id, and the file name {@code NNN_<first 16 hex digits of the checksum>.txt}. */
    private static Article article(DatasetContent content, ArticleInput input, String checksum) {
        int number = DatasetContent.nextNumber(content.articles().stream().map(Article::id).toList(), "a");
        String file = String.format("%03d_%s.txt", number, checksum.substring(0, CHECKSUM_PREFIX));
        return new Article(DatasetContent.id("a", number), file, input.outlet(), input.published(), input.basis(),
                input.title(), input.url());
    }

    /**
     * SHA-256 of the text with line ends made LF and surrounding white space dropped, in hex: the same
     * article saved with CRLF or a trailing newline is still the same article.
     */
    public static String checksum(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
