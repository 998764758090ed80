package org.engagements.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule across articles.csv, mentions.csv and the article texts. */
class ReferenceValidatorTest {
    @TempDir
    Path temp;

    private Path data;
    private Path articles;
    private Path mentions;

    @BeforeEach
    void copyFixture() {
        data = Fixture.copyTo(temp);
        articles = data.resolve("articles.csv");
        mentions = data.resolve("mentions.csv");
    }

    @Test
    void duplicateArticleIdsNameTheFirstLine() {
        Fixture.replace(articles, "a002,a002.txt", "a001,a002.txt");
        assertEquals("data/articles.csv:3: id \"a001\": expected a unique id; it is also on line 2",
                Fixture.messages(data).get(0));
    }

    @Test
    void theArticleFileMustExist() throws Exception {
        Files.delete(data.resolve("articles/a002.txt"));
        assertEquals(List.of("data/articles.csv:3: file \"a002.txt\": expected a file in data/articles/"),
                Fixture.messages(data));
    }

    @Test
    void theArticleFileMayNotLeaveTheArticlesFolder() {
        Fixture.replace(articles, "a002,a002.txt", "a002,../articles.csv");
        assertEquals(List.of("data/articles.csv:3: file \"../articles.csv\": expected a file name inside "
                + "data/articles/, without folders"), Fixture.messages(data));
    }

    @Test
    void anArticleFileWithNulIsAProblemNotAnInvalidPath() {
        Fixture.replace(articles, "a002,a002.txt", "a002,a002\u0000.txt");
        assertEquals(List.of("data/articles.csv:3: file \"a002\\u0000.txt\": expected no control "
                + "characters, found U+0000"), Fixture.messages(data));
    }

    @Test
    void theArticleTextMustBeUtf8() {
        Fixture.writeBytes(data.resolve("articles/a002.txt"), new byte[] {'S', 'h', '\n', (byte) 0xFF});
        assertEquals(List.of("data/articles/a002.txt:2: expected UTF-8 text, found byte 0xFF at byte offset 3"),
                Fixture.messages(data));
    }

    @Test
    void mentionsMustNameAKnownArticle() {
        Fixture.replace(mentions, "a002,e004", "a003,e004");
        assertEquals(List.of("data/mentions.csv:5: article_id \"a003\": expected an article id from "
                + "data/articles.csv (did you mean \"a001\"?)"), Fixture.messages(data));
    }

    @Test
    void mentionsMustNameAKnownEngagement() {
        Fixture.replace(mentions, "a002,e004", "a002,e009");
        assertEquals(List.of("data/engagements.csv:6: id \"e004\": expected at least one mention in data/mentions.csv",
                "data/mentions.csv:5: engagement_id \"e009\": expected an engagement id from data/engagements.csv "
                        + "(did you mean \"e001\"?)"), Fixture.messages(data));
    }

    @Test
    void quotesOfEveryArticleAreCheckedWhicheverThreadChecksThem() {
        // two articles: the first half (a001) is checked on the loading thread, the second (a002) on another
        Fixture.replace(mentions, "before the end of the year,President Joe Biden will hold",
                "before the end of the year,President Joe Biden will not hold");
        Fixture.replace(mentions, "spoke by phone on September 9", "spoke by telephone on September 9");
        assertEquals(List.of(
                "data/mentions.csv:3: quote \"President Joe Biden will not hold a video call with Xi Jinpi…\": "
                        + "expected text that occurs in data/articles/a001.txt",
                "data/mentions.csv:5: quote \"Biden and Xi spoke by telephone on September 9\": expected text that "
                        + "occurs in data/articles/a002.txt"), Fixture.messages(data));
    }

    @Test
    void theQuoteMustOccurInTheArticle() {
        Fixture.replace(mentions, "Biden and Xi spoke by phone on September 9",
                "Biden and Xi spoke by telephone on September 9 and agreed to keep talking about everything");
        assertEquals(List.of("data/mentions.csv:5: quote \"Biden and Xi spoke by telephone on September 9 and agreed to…"
                + "\": expected text that occurs in data/articles/a002.txt"), Fixture.messages(data));
    }

    @Test
    void quotesMatchAcrossDifferentLineBreaksAndSpacing() {
        Fixture.replace(mentions, "Tianjin next week to meet", "Tianjin  next week\tto meet");
        assertEquals(List.of(), Fixture.messages(data));
    }

    @Test
    void anArticleMentionsAnEngagementOnlyOnce() {
        Fixture.append(mentions, "a002,e004,held,,Biden and Xi spoke by phone");
        assertEquals(List.of("data/mentions.csv:6: engagement_id \"e004\": expected one row per article and "
                + "engagement; article a002 mentions it on line 5 too"), Fixture.messages(data));
    }

    @Test
    void everyEngagementHasAMention() {
        Fixture.replace(mentions, "a002,e004,held,September 9,Biden and Xi spoke by phone on September 9\n", "");
        assertEquals(List.of("data/engagements.csv:6: id \"e004\": expected at least one mention in data/mentions.csv"),
                Fixture.messages(data));
    }
}
