package org.engagements.ingest.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagements.data.write.DatasetContent;

/**
 * An evaluation set: real articles and their hand-coded gold rows, in a folder holding
 * {@code articles.csv}, {@code articles/*.txt} and {@code gold.csv} ({@code docs/coding-guide.md}
 * describes both files). The articles are ingested in file order. Immutable.
 *
 * @param shownAs the folder as messages name it
 * @param texts   the article texts by article id
 */
public record EvaluationSet(Path folder, String shownAs, List<SetArticle> articles, List<GoldRow> gold,
                            Map<String, String> texts) {
    public EvaluationSet {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(shownAs, "shownAs");
        articles = List.copyOf(articles);
        gold = List.copyOf(gold);
        texts = Map.copyOf(texts);
    }

    /**
     * Reads and checks a set against the curated data it will be ingested into (gold rows may name its
     * engagements and vocabulary).
     *
     * @param dataName the data folder as messages name it ({@code data})
     * @throws EvaluationSetException listing every problem (up to a cap) when the set does not fit its format
     */
    public static EvaluationSet read(Path folder, String shownAs, DatasetContent data, String dataName) {
        SetProblems problems = new SetProblems();
        if (!Files.isDirectory(folder)) {
            problems.file(shownAs, "a folder holding " + ArticleRows.FILE + ", " + ArticleRows.FOLDER + "/ and "
                    + GoldRows.FILE + "; there is none");
            problems.throwIfAny();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<SetArticle> articles = new ArticleRows(folder, shownAs, problems).read(texts);
        Map<String, SetArticle> byId = articles.stream()
                .collect(Collectors.toMap(SetArticle::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<GoldRow> gold = new GoldRows(shownAs, byId, texts, data, dataName, problems)
                .read(folder.resolve(GoldRows.FILE));
        problems.throwIfAny();
        return new EvaluationSet(folder, shownAs, articles, gold, texts);
    }

    /** The gold rows of one article, in file order. */
    public List<GoldRow> goldOf(String articleId) {
        return gold.stream().filter(g -> g.article().equals(articleId)).toList();
    }

    public String textOf(SetArticle article) {
        return texts.get(article.id());
    }
}
