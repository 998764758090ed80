package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.engagements.data.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expression is resolved against Wednesday 2021-06-23. */
class TemporalResolverTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 6, 23);

    @ParameterizedTest(name = "{0} ({1}) is {2}..{3}, {4}")
    @CsvSource({
        "2021-07-26,                 UNKNOWN, 2021-07-26, 2021-07-26, DAY",
        "26 July 2021,               UNKNOWN, 2021-07-26, 2021-07-26, DAY",
        "'July 26, 2021',            UNKNOWN, 2021-07-26, 2021-07-26, DAY",
        "July 26,                    FUTURE,  2021-07-26, 2021-07-26, DAY",
        "July 26,                    PAST,    2020-07-26, 2020-07-26, DAY",
        "July 26 through July 28,    FUTURE,  2021-07-26, 2021-07-28, DAY",
        "this weekend,               FUTURE,  2021-06-26, 2021-06-27, DAY",
        "next weekend,               UNKNOWN, 2021-07-03, 2021-07-04, DAY",
        "last weekend,               UNKNOWN, 2021-06-19, 2021-06-20, DAY",
        "over the weekend,           PAST,    2021-06-19, 2021-06-20, DAY",
        "over the weekend,           FUTURE,  2021-06-26, 2021-06-27, DAY",
        "July 26-28,                 FUTURE,  2021-07-26, 2021-07-28, DAY",
        "June 30 to July 2,          FUTURE,  2021-06-30, 2021-07-02, DAY",
        "June 20 to 22,              PAST,    2021-06-20, 2021-06-22, DAY",
        "December 30 to January 1,   FUTURE,  2021-12-30, 2022-01-01, DAY",
        "on Monday,                  FUTURE,  2021-06-28, 2021-06-28, DAY",
        "on Monday,                  PAST,    2021-06-21, 2021-06-21, DAY",
        "on Wednesday,               PAST,    2021-06-23, 2021-06-23, DAY",
        "last Monday,                FUTURE,  2021-06-21, 2021-06-21, DAY",
        "next Monday,                PAST,    2021-06-28, 2021-06-28, DAY",
        "yesterday,                  UNKNOWN, 2021-06-22, 2021-06-22, DAY",
        "tomorrow,                   UNKNOWN, 2021-06-24, 2021-06-24, DAY",
        "next week,                  UNKNOWN, 2021-06-28, 2021-07-04, WEEK",
        "last week,                  UNKNOWN, 2021-06-14, 2021-06-20, WEEK",
        "in the coming days,         UNKNOWN, 2021-06-24, 2021-06-30, WEEK",
        "last month,                 UNKNOWN, 2021-05-01, 2021-05-31, MONTH",
        "next month,                 UNKNOWN, 2021-07-01, 2021-07-31, MONTH",
        "in March,                   PAST,    2021-03-01, 2021-03-31, MONTH",
        "in March,                   FUTURE,  2022-03-01, 2022-03-31, MONTH",
        "in October,                 FUTURE,  2021-10-01, 2021-10-31, MONTH",
        "in October,                 UNKNOWN, 2021-10-01, 2021-10-31, MONTH",
        "since March,                FUTURE,  2021-03-01, 2021-03-31, MONTH",
        "last November,              FUTURE,  2020-11-01, 2020-11-30, MONTH",
        "October 2019,               UNKNOWN, 2019-10-01, 2019-10-31, MONTH",
        "in the coming weeks,        UNKNOWN, 2021-06-24, 2021-07-23, MONTH",
        "over the summer,            FUTURE,  2021-06-01, 2021-08-31, SEASON",
        "this summer,                PAST,    2021-06-01, 2021-08-31, SEASON",
        "last winter,                UNKNOWN, 2020-12-01, 2021-02-28, SEASON",
        "in the spring,              FUTURE,  2022-03-01, 2022-05-31, SEASON",
        "soon,                       UNKNOWN, 2021-06-23, 2021-09-22, QUARTER",
        "in the coming months,       UNKNOWN, 2021-06-24, 2021-09-22, QUARTER",
        "this year,                  UNKNOWN, 2021-01-01, 2021-12-31, YEAR",
        "earlier this year,          UNKNOWN, 2021-01-01, 2021-06-23, YEAR",
        "later this year,            UNKNOWN, 2021-06-23, 2021-12-31, YEAR",
        "before the end of the year, UNKNOWN, 2021-06-23, 2021-12-31, YEAR",
        "since 2018,                 UNKNOWN, 2018-01-01, 2018-12-31, YEAR",
        "in 2018,                    UNKNOWN, 2018-01-01, 2018-12-31, YEAR",
        "in recent months,           UNKNOWN, 2020-12-23, 2021-06-23, YEAR",
        "earlier,                    UNKNOWN, 2020-06-24, 2021-06-23, YEAR"
    })
    void anExpressionResolvesToTheDaysItAllows(String text, Tense tense, LocalDate start, LocalDate end,
                                               DatePrecision precision) {
        List<TemporalResolver.Found> found = TemporalResolver.find("They meet " + text + ".", PUBLISHED, tense);
        assertEquals(1, found.size(), () -> "one expression in: " + text + " → " + found);
        TemporalExpression expression = found.get(0).expression();
        assertEquals(List.of(text, start, end, precision),
                List.of(expression.text(), expression.start(), expression.end(), expression.precision()));
        assertTrue(expression.days() <= precision.maxSpanDays(), "the span fits the precision's cap");
    }

    @Test
    void datesOfferedAsAlternativesAreOneWindowSpanningBoth() {
        List<TemporalResolver.Found> found = TemporalResolver.find(
                "The two could meet at the trade summit in August or the harbour forum in October.", PUBLISHED,
                Tense.UNKNOWN);
        assertEquals(1, found.size(), () -> "one window: " + found);
        TemporalExpression window = found.get(0).resolve(PUBLISHED, Tense.FUTURE).orElseThrow();
        assertEquals(List.of(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 10, 31), DatePrecision.QUARTER),
                List.of(window.start(), window.end(), window.precision()));
        assertEquals("in August or in October", window.text());
    }

    @Test
    void datesJoinedByAndOrFarApartStayTwo() {
        assertEquals(2, TemporalResolver.find("They met in August and in October.", PUBLISHED, Tense.PAST).size());
        assertEquals(2, TemporalResolver.find("They met in August, and the forum that officials had hoped for "
                + "since spring could follow, or not, in October.", PUBLISHED, Tense.PAST).size());
    }

    @Test
    void noDayIsEverInventedForAMonth() {
        TemporalExpression march = TemporalResolver.find("in March", PUBLISHED, Tense.PAST).get(0).expression();
        assertEquals(DatePrecision.MONTH, march.precision());
        assertEquals(31, march.days());
    }

    @Test
    void anArticleWithoutADateKeepsThePublicationDateAsABoundAndSaysSo() {
        TemporalExpression past = TemporalExpression.unresolved(PUBLISHED, true);
        TemporalExpression future = TemporalExpression.unresolved(PUBLISHED, false);
        assertEquals(List.of(LocalDate.of(2020, 6, 24), PUBLISHED), List.of(past.start(), past.end()));
        assertEquals(List.of(LocalDate.of(2021, 6, 24), LocalDate.of(2022, 6, 23)), List.of(future.start(), future.end()));
        assertFalse(past.resolved());
        assertTrue(past.note().contains("2021-06-23"), past.note());
        assertEquals(DatePrecision.YEAR, past.precision());
    }

    @Test
    void theLongestExpressionWinsWhereTwoOverlap() {
        List<TemporalResolver.Found> found = TemporalResolver.find("on 26 July 2021 and earlier this year", PUBLISHED,
                Tense.UNKNOWN);
        assertEquals(List.of("26 July 2021", "earlier this year"),
                found.stream().map(f -> f.expression().text()).toList());
    }

    @Test
    void anImpossibleDateIsNotAnExpression() {
        assertEquals(List.of(), TemporalResolver.find("on 2021-02-30", PUBLISHED, Tense.UNKNOWN));
    }

    @Test
    void theModalMayIsNotAMonth() {
        assertEquals(List.of(), TemporalResolver.find("they may meet", PUBLISHED, Tense.UNKNOWN));
    }
}
