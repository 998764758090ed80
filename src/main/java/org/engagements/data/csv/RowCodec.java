package org.engagements.data.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagements.data.Article;
import org.engagements.data.DatePrecision;
import org.engagements.data.Engagement;
import org.engagements.data.HostSide;
import org.engagements.data.Level;
import org.engagements.data.Mention;
import org.engagements.data.Mode;
import org.engagements.data.Schema;
import org.engagements.data.Status;
import tech.tablesaw.api.Table;

/**
 * Converts between the typed rows ({@link Article}, {@link Engagement}, {@link Mention}) and their cells,
 * in the column order of {@link Schema}. Reading works on tables that passed validation, so a cell that
 * does not convert is our bug, not the user's.
 */
public final class RowCodec {
    private RowCodec() {
    }

    public static List<String> cells(Article article) {
        return List.of(article.id(), article.file(), article.outlet(), article.published().toString(),
                article.publishedBasis(), article.title(), article.url());
    }

    public static List<String> cells(Engagement engagement) {
        Engagement.Dates dates = engagement.dates();
        return List.of(engagement.id(), engagement.title(), dates.start().toString(), dates.end().toString(),
                dates.precision().code(), engagement.status().code(), engagement.mode().code(),
                engagement.hostSide().code(), engagement.level().code(),
                join(engagement.participants().us()), join(engagement.participants().cn()),
                engagement.venue(), engagement.occasion(), join(engagement.issues()), engagement.notes());
    }

    public static List<String> cells(Mention mention) {
        return List.of(mention.articleId(), mention.engagementId(), mention.reportedStatus().code(),
                mention.dateExpression(), mention.quote());
    }

    public static List<Article> articles(Table table) {
        List<Article> articles = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            articles.add(new Article(text(table, Schema.ID, row), text(table, Schema.FILE, row),
                    text(table, Schema.OUTLET, row), date(table, Schema.PUBLISHED, row),
                    text(table, Schema.PUBLISHED_BASIS, row), text(table, Schema.TITLE, row),
                    text(table, Schema.URL, row)));
        }
        return articles;
    }

    public static List<Engagement> engagements(Table table) {
        List<Engagement> engagements = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            engagements.add(engagement(table, row));
        }
        return engagements;
    }

    private static Engagement engagement(Table table, int row) {
        Engagement.Dates dates = new Engagement.Dates(date(table, Schema.DATE_START, row),
                date(table, Schema.DATE_END, row), code(DatePrecision.find(text(table, Schema.DATE_PRECISION, row))));
        Engagement.Participants participants = new Engagement.Participants(
                CellValidator.items(text(table, Schema.US_PARTICIPANTS, row)),
                CellValidator.items(text(table, Schema.CN_PARTICIPANTS, row)));
        return new Engagement(text(table, Schema.ID, row), text(table, Schema.TITLE, row), dates,
                code(Status.find(text(table, Schema.STATUS, row))), code(Mode.find(text(table, Schema.MODE, row))),
                code(HostSide.find(text(table, Schema.HOST_SIDE, row))),
                code(Level.find(text(table, Schema.LEVEL, row))), participants, text(table, Schema.VENUE, row),
                text(table, Schema.OCCASION, row), CellValidator.items(text(table, Schema.ISSUES, row)),
                text(table, Schema.NOTES, row));
    }

    public static List<Mention> mentions(Table table) {
        List<Mention> mentions = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            mentions.add(new Mention(text(table, Schema.ARTICLE_ID, row), text(table, Schema.ENGAGEMENT_ID, row),
                    code(Status.find(text(table, Schema.REPORTED_STATUS, row))),
                    text(table, Schema.DATE_EXPRESSION, row), text(table, Schema.QUOTE, row)));
        }
        return mentions;
    }

    private static String join(List<String> ids) {
        return String.join(Schema.LIST_SEPARATOR, ids);
    }

    private static String text(Table table, String column, int row) {
        return table.stringColumn(column).get(row);
    }

    private static LocalDate date(Table table, String column, int row) {
        return table.dateColumn(column).get(row);
    }

    private static <T> T code(java.util.Optional<T> value) {
        return value.orElseThrow(() -> new IllegalStateException("an unvalidated code reached the rows"));
    }
}
