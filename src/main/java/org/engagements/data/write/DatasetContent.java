package org.engagements.data.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagements.core.FileNames;
import org.engagements.data.Article;
import org.engagements.data.DataValidationException;
import org.engagements.data.Dataset;
import org.engagements.data.DatasetLoader;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.Schema;
import org.engagements.data.Vocabulary;
import org.engagements.data.csv.CsvWriter;
import org.engagements.data.csv.RowCodec;

/**
 * Everything a data folder holds, as values: the rows of the three CSV files in file order, the
 * vocabularies, and the article texts by file name. Immutable; {@code with…} returns a changed copy.
 * {@link DatasetWriter} writes it back.
 */
public record DatasetContent(List<Article> articles, List<Engagement> engagements, List<Mention> mentions,
                             Vocabulary vocabulary, SortedMap<String, String> texts) {
    public DatasetContent {
        articles = List.copyOf(articles);
        engagements = List.copyOf(engagements);
        mentions = List.copyOf(mentions);
        texts = new TreeMap<>(texts);
    }

    @Override
    public SortedMap<String, String> texts() {
        return new TreeMap<>(texts);
    }

    /**
     * Reads and validates a data folder.
     *
     * @throws DataValidationException listing every problem when the data breaks any rule
     */
    public static DatasetContent read(Path folder) {
        return from(DatasetLoader.load(folder));
    }

    /** The rows of a loaded dataset. */
    public static DatasetContent from(Dataset dataset) {
        List<Article> articles = RowCodec.articles(dataset.articles());
        SortedMap<String, String> texts = new TreeMap<>();
        for (Article article : articles) {
            texts.put(article.file(), dataset.articleTexts().get(article.id()));
        }
        return new DatasetContent(articles, RowCodec.engagements(dataset.engagements()),
                RowCodec.mentions(dataset.mentions()), dataset.vocabulary(), texts);
    }

    /** The text of an article of this content. */
    public String textOf(Article article) {
        String text = texts.get(article.file());
        if (text == null) {
            throw new IllegalArgumentException("no text for article " + article.id() + " (" + article.file() + ")");
        }
        return text;
    }

    public Optional<Article> findArticle(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Engagement> findEngagement(String id) {
        return engagements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The mentions of one engagement, in file order. */
    public List<Mention> mentionsOf(String engagementId) {
        return mentions.stream().filter(m -> m.engagementId().equals(engagementId)).toList();
    }

    /** A copy with one more article and its text. */
    public DatasetContent withArticle(Article article, String text) {
        List<Article> more = new ArrayList<>(articles);
        more.add(article);
        SortedMap<String, String> moreTexts = new TreeMap<>(texts);
        moreTexts.put(article.file(), text);
        return new DatasetContent(more, engagements, mentions, vocabulary, moreTexts);
    }

    public DatasetContent withEngagements(List<Engagement> newEngagements) {
        return new DatasetContent(articles, newEngagements, mentions, vocabulary, texts);
    }

    /**
     * A copy with {@code engagement} in place of the engagement with its id, or added at the end when no
     * engagement has that id.
     */
    public DatasetContent withEngagement(Engagement engagement) {
        List<Engagement> changed = new ArrayList<>(engagements);
        int index = changed.stream().map(Engagement::id).toList().indexOf(engagement.id());
        if (index < 0) {
            changed.add(engagement);
        } else {
            changed.set(index, engagement);
        }
        return withEngagements(changed);
    }

    /** A copy with one more mention, at the end. */
    public DatasetContent withMention(Mention mention) {
        List<Mention> more = new ArrayList<>(mentions);
        more.add(mention);
        return withMentions(more);
    }

    public DatasetContent withMentions(List<Mention> newMentions) {
        return new DatasetContent(articles, engagements, newMentions, vocabulary, texts);
    }

    public DatasetContent withVocabulary(Vocabulary newVocabulary) {
        return new DatasetContent(articles, engagements, mentions, newVocabulary, texts);
    }

    /** The next free article id: {@code a} and one more than the largest number in use, e.g. {@code a005}. */
    public String nextArticleId() {
        return id("a", nextNumber(articles.stream().map(Article::id).toList(), "a"));
    }

    /** The next free engagement id: {@code e} and one more than the largest number in use, e.g. {@code e023}. */
    public String nextEngagementId() {
        return id("e", nextNumber(engagements.stream().map(Engagement::id).toList(), "e"));
    }

    /** The next free number for ids like {@code a007} or {@code e023}: one more than the largest in use. */
    public static int nextNumber(List<String> ids, String prefix) {
        int max = -1;
        for (String id : ids) {
            if (id.startsWith(prefix) && id.length() > prefix.length()
                    && id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return max + 1;
    }

    /** An id from a prefix and a number, at least three digits: {@code e023}. */
    public static String id(String prefix, int number) {
        return prefix + String.format("%03d", number);
    }

    /** The files as written: relative path (with {@code /}) → content, in the order they are written. */
    Map<String, String> rendered() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        texts.forEach((file, text) -> files.put(Schema.ARTICLES_FOLDER + "/" + FileNames.require(file, "article file"),
                text));
        files.put(Schema.PEOPLE_FILE, VocabularyWriter.people(vocabulary.people()));
        files.put(Schema.PLACES_FILE, VocabularyWriter.places(vocabulary.places()));
        files.put(Schema.ISSUES_FILE, VocabularyWriter.issues(vocabulary.issues()));
        files.put(Schema.ARTICLES.fileName(),
                CsvWriter.format(Schema.ARTICLES, articles.stream().map(RowCodec::cells).toList()));
        files.put(Schema.ENGAGEMENTS.fileName(),
                CsvWriter.format(Schema.ENGAGEMENTS, engagements.stream().map(RowCodec::cells).toList()));
        files.put(Schema.MENTIONS.fileName(),
                CsvWriter.format(Schema.MENTIONS, mentions.stream().map(RowCodec::cells).toList()));
        return files;
    }
}
