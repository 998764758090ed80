package org.engagements.ingest.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.DatePrecision;
import org.engagements.ingest.extract.Periods.Anchor;

/**
 * Finds time expressions in text and resolves them against the publication date (TIMEX3-style). Pure
 * functions; patterns are compiled once. Expressions and what they resolve to:
 * <ul>
 *   <li>{@code 2021-07-26}, {@code 26 July 2021}, {@code July 26, 2021}: that day;
 *       {@code July 26}: that day of the year the tense points to;</li>
 *   <li>{@code on Monday}: the nearest Monday, on or after the publication date for planned events, on or
 *       before it for held ones; {@code last}/{@code next Monday} strictly before/after;</li>
 *   <li>{@code in March}, {@code since March}: the March before or after by tense, the whole month;
 *       {@code last November}, {@code next March}; {@code October 2019};</li>
 *   <li>{@code last/this/next week|month|year}; {@code in the coming days|weeks|months};
 *       {@code in recent days|weeks|months}; {@code earlier/later this week|month|year};</li>
 *   <li>{@code over the summer}, {@code last winter} (meteorological seasons);
 *       {@code in 2018}, {@code since 2018}; {@code yesterday}, {@code today}, {@code tomorrow};
 *       {@code soon} (the next quarter); {@code before the end of the year}; {@code earlier} (the year
 *       before publication); {@code 10 days earlier}, {@code two weeks ago} (counted back from publication).</li>
 * </ul>
 */
final class TemporalResolver {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    /** Month and weekday names are capitalised: their keywords are checked against the text as written. */
    private static final String[] MONTHS = {"Jan", "Feb", "March", "Apr", "May", "June", "July", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    /** One kind of expression: its pattern and how it resolves. */
    private enum Rule {
        ISO_DAY("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", DIGITS),
        DAY_MONTH_YEAR("\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", DIGITS),
        /** "August 27 through August 29", "June 3-5", "from May 10 to 12": days of one stretch. */
        MONTH_DAY_RANGE("\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "\\s*(?:-|–|\\bto\\b|\\bthrough\\b|\\buntil\\b|\\band\\b)\\s*"
                + "(?:" + MONTH + "\\s+)?(\\d{1,2})" + ORDINAL + "\\b(?!,?\\s+\\d{4})", DIGITS),
        MONTH_DAY_YEAR("\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b", DIGITS),
        MONTH_DAY("\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + "\\b", DIGITS),
        DAY_MONTH("\\b(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "\\b", DIGITS),
        MONTH_NAME("(?:\\b(?i:(last|next|this|since|in|early|late|mid-|by|until))\\s+)?\\b" + MONTH
                + "(?:\\s+(\\d{4}))?\\b", MONTHS),
        WEEKDAY_NAME("(?:\\b(?i:(last|next|this|on))\\s+)?\\b" + WEEKDAY + "\\b", WEEKDAYS),
        /** "this weekend", "next weekend", "last weekend", "over the weekend": a Saturday and Sunday. */
        WEEKEND("(?i)\\b(this|next|last|past|over\\s+the|at\\s+the)\\s+weekend\\b", "weekend"),
        RELATIVE_UNIT("(?i)\\b(last|next|this|coming|past)\\s+(week|month|year)\\b", "week", "month", "year"),
        COMING("(?i)\\bin\\s+the\\s+(?:coming|next\\s+few)\\s+(days|weeks|months)\\b", "coming", "next"),
        RECENT("(?i)\\b(?:in|over)\\s+(?:the\\s+)?(?:recent|past|last)\\s+(?:few\\s+|several\\s+)?"
                + "(days|weeks|months)\\b", "recent", "past", "last"),
        /**
         * "10 days earlier", "two weeks ago", "a day earlier": a count of days or weeks back from the article's
         * news (its publication date); not "two days before the summit", which counts from another event.
         */
        COUNT_BACK("(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+"
                + "(days?|weeks?)\\s+(ago|earlier)\\b", "ago", "earlier"),
        EARLIER_LATER("(?i)\\b(earlier|later)\\s+(?:this|in\\s+the)\\s+(week|month|year)\\b", "earlier", "later"),
        SEASON("(?i)\\b(over|during|in|this|last|next|by|through)\\s+(?:the\\s+)?(summer|spring|autumn|fall|winter)"
                + "(?:\\s+(?:of\\s+)?(\\d{4}))?\\b", "summer", "spring", "autumn", "fall", "winter"),
        YEAR("(?i)\\b(in|since|during|by|until|from|of|for|early|late)\\s+((?:19|20)\\d{2})\\b(?!-)", "19", "20"),
        DEICTIC_DAY("(?i)\\b(yesterday|today|tomorrow|tonight)\\b", "yesterday", "today", "tomorrow", "tonight"),
        END_OF_YEAR("(?i)\\b(?:by|before)\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+year\\b", "end of"),
        SOON("(?i)\\bsoon\\b", "soon"),
        EARLIER("(?i)\\bearlier\\b", "earlier");

        private final Pattern pattern;
        private final String[] keywords;

        Rule(String regex, String... keywords) {
            this.pattern = Pattern.compile(regex);
            this.keywords = keywords;
        }

        /** A cheap test first: a text without any of the rule's words cannot match it. */
        boolean mayMatch(String text, String lowerCase) {
            boolean asWritten = keywords == MONTHS || keywords == WEEKDAYS;
            for (String keyword : keywords) {
                if ((asWritten ? text : lowerCase).contains(keyword)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * An expression found in a text: where, and its resolution (kept to resolve again with a tense); with
     * the alternative it is offered with ("in September or … in November"), when there is one.
     */
    record Found(int start, int end, TemporalExpression expression, Rule rule, MatchResult match,
                 Optional<Found> alternative) {
        Found(int start, int end, TemporalExpression expression, Rule rule, MatchResult match) {
            this(start, end, expression, rule, match, Optional.empty());
        }

        /** The same words resolved with another tense. */
        Optional<TemporalExpression> resolve(LocalDate published, Tense tense) {
            Optional<TemporalExpression> first = TemporalResolver.resolve(rule, match, published, tense);
            if (alternative.isEmpty()) {
                return first;
            }
            return first.flatMap(a -> alternative.get().resolve(published, tense).map(b -> Periods.either(a, b)));
        }
    }

    /**
     * "At the G20 in September or the APEC gathering in November": two calendar dates offered as
     * alternatives (joined by "or", a few words apart) are one window spanning both, not the first alone.
     */
    private static final Pattern ALTERNATIVES = Pattern.compile("^[^.,;:!?()\u201C\u201D\"]{1,60}$");
    private static final Pattern OR = Pattern.compile("(?i)\\bor\\b");
    /** The rules that name a day, month or season of the calendar, which can be offered as alternatives. */
    private static final java.util.Set<Rule> CALENDAR = java.util.EnumSet.of(Rule.ISO_DAY, Rule.DAY_MONTH_YEAR,
            Rule.MONTH_DAY_YEAR, Rule.MONTH_DAY, Rule.DAY_MONTH, Rule.MONTH_NAME, Rule.WEEKDAY_NAME, Rule.SEASON);

    private TemporalResolver() {
    }

    /** What may precede a dateline's date: nothing, or a city in capitals ("BEIJING, "). */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^[\\s\"“]*(?:\\p{Lu}[\\p{Lu}.' -]*,\\s*)?");
    /** What follows it: a year perhaps, an agency in brackets perhaps, then a dash. */
    private static final Pattern DATELINE_AFTER = Pattern.compile("^(?:,?\\s*\\d{4})?\\s*(?:\\([^)]{2,30}\\)\\s*)?[—–-]\\s");

    /** Every expression in a text, left to right, the longest where matches overlap. */
    static List<Found> find(String text, LocalDate published, Tense tense) {
        List<Found> all = new ArrayList<>();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Rule rule : Rule.values()) {
            if (!rule.mayMatch(text, lowerCase)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                MatchResult match = m.toMatchResult();
                resolve(rule, match, published, tense)
                        .ifPresent(e -> all.add(new Found(match.start(), match.end(), e, rule, match)));
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        for (Found found : all) {
            if ((kept.isEmpty() || found.start() >= kept.get(kept.size() - 1).end()) && !dateline(text, found)) {
                kept.add(found);
            }
        }
        return List.copyOf(alternatives(text, kept));
    }

    /**
     * "July 25 (UPI) — Mnuchin and Lighthizer will travel …", "BEIJING, Aug. 7 (Reuters) - …": the date a
     * dispatch was filed, opening the text before an agency or a dash, is the article's, not an engagement's.
     */
    private static boolean dateline(String text, Found found) {
        return DATELINE_BEFORE.matcher(text.substring(0, found.start())).matches()
                && DATELINE_AFTER.matcher(text.substring(found.end())).lookingAt();
    }

    /** Joins each calendar date to the one it is offered with as an alternative ({@link #ALTERNATIVES}). */
    private static List<Found> alternatives(String text, List<Found> kept) {
        List<Found> joined = new ArrayList<>();
        for (Found found : kept) {
            Found last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            String gap = last == null ? "" : text.substring(last.end(), found.start());
            if (last != null && last.alternative().isEmpty() && CALENDAR.contains(last.rule())
                    && CALENDAR.contains(found.rule()) && ALTERNATIVES.matcher(gap).matches()
                    && OR.matcher(gap).find() && Periods.either(last.expression(), found.expression()).days()
                    <= org.engagements.data.DatePrecision.YEAR.maxSpanDays()) {
                joined.set(joined.size() - 1, new Found(last.start(), found.end(),
                        Periods.either(last.expression(), found.expression()), last.rule(), last.match(),
                        Optional.of(found)));
            } else {
                joined.add(found);
            }
        }
        return joined;
    }

    private static Optional<TemporalExpression> resolve(Rule rule, MatchResult m, LocalDate published, Tense tense) {
        String text = m.group().strip();
        try {
            return Optional.ofNullable(switch (rule) {
                case ISO_DAY -> day(text, LocalDate.of(number(m, 1), number(m, 2), number(m, 3)));
                case DAY_MONTH_YEAR -> day(text, LocalDate.of(number(m, 3), month(m.group(2)), number(m, 1)));
                case MONTH_DAY_YEAR -> day(text, LocalDate.of(number(m, 3), month(m.group(1)), number(m, 2)));
                case MONTH_DAY_RANGE -> dayRange(text, m, published, tense);
                case MONTH_DAY -> day(text, Periods.monthDay(MonthDay.of(month(m.group(1)), number(m, 2)), published,
                        tense));
                case DAY_MONTH -> day(text, Periods.monthDay(MonthDay.of(month(m.group(2)), number(m, 1)), published,
                        tense));
                case MONTH_NAME -> monthName(text, m, published, tense);
                case WEEKDAY_NAME -> day(text, Periods.weekday(DayOfWeek.valueOf(upper(m.group(2))), published,
                        anchor(m.group(1)), tense));
                case WEEKEND -> weekend(text, lower(m.group(1)), published, tense);
                case RELATIVE_UNIT -> rest(relativeUnit(text, lower(m.group(1)), lower(m.group(2)), published),
                        lower(m.group(1)), published, tense);
                case COMING -> coming(text, lower(m.group(1)), published);
                case RECENT -> recent(text, lower(m.group(1)), published);
                case COUNT_BACK -> countBack(text, lower(m.group(1)), lower(m.group(2)), published);
                case EARLIER_LATER -> earlierLater(text, lower(m.group(1)), lower(m.group(2)), published);
                case SEASON -> season(text, m, published, tense);
                case YEAR -> year(text, number(m, 2));
                case DEICTIC_DAY -> deictic(text, lower(m.group(1)), published);
                case END_OF_YEAR -> TemporalExpression.of(text, published, endOfYear(published), DatePrecision.YEAR);
                case SOON -> TemporalExpression.of(text, published, published.plusDays(91), DatePrecision.QUARTER);
                case EARLIER -> new TemporalExpression(text, published.minusYears(1).plusDays(1), published,
                        DatePrecision.YEAR, true, "“earlier”: some time before the publication date " + published);
            });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static TemporalExpression day(String text, LocalDate day) {
        return TemporalExpression.of(text, day, day, DatePrecision.DAY);
    }

    /** The first day resolved as a lone date would be; the last in its month, or the next one named. */
    private static TemporalExpression dayRange(String text, MatchResult m, LocalDate published, Tense tense) {
        LocalDate first = Periods.monthDay(MonthDay.of(month(m.group(1)), number(m, 2)), published, tense);
        Month lastMonth = m.group(3) == null ? first.getMonth() : month(m.group(3));
        LocalDate last = LocalDate.of(first.getYear(), lastMonth, number(m, 4));
        last = last.isBefore(first) ? last.plusYears(1) : last;
        if (java.time.temporal.ChronoUnit.DAYS.between(first, last) >= 7) {
            return null;
        }
        return TemporalExpression.of(text, first, last, DatePrecision.DAY);
    }

    private static TemporalExpression monthName(String text, MatchResult m, LocalDate published, Tense tense) {
        Month month = month(m.group(2));
        String modifier = m.group(1) == null ? "" : lower(m.group(1));
        YearMonth ym = m.group(3) != null ? YearMonth.of(Integer.parseInt(m.group(3)), month)
                : Periods.month(month, published, anchor(modifier),
                modifier.equals("since") ? Tense.PAST : tense);
        return month(text, ym);
    }

    private static TemporalExpression month(String text, YearMonth ym) {
        return TemporalExpression.of(text, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    /**
     * The Saturday and Sunday meant: "this weekend" is the one of the publication week (the one ending on or
     * after publication), "next" the one after, "last"/"past" the one before; "over/at the weekend" is this
     * weekend, or the last one when the clause looks back (and on a Monday or later, past tense).
     */
    private static TemporalExpression weekend(String text, String which, LocalDate published, Tense tense) {
        LocalDate sunday = published.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        boolean back = which.startsWith("last") || which.startsWith("past")
                || (!which.equals("this") && !which.equals("next") && tense == Tense.PAST
                && published.getDayOfWeek() != DayOfWeek.SATURDAY && published.getDayOfWeek() != DayOfWeek.SUNDAY);
        LocalDate end = which.equals("next") ? sunday.plusWeeks(1) : back ? sunday.minusWeeks(1) : sunday;
        return TemporalExpression.of(text, end.minusDays(1), end, DatePrecision.DAY);
    }

    private static TemporalExpression relativeUnit(String text, String which, String unit, LocalDate published) {
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> {
                LocalDate monday = Periods.weekStart(published).plusWeeks(shift);
                yield TemporalExpression.of(text, monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            case "month" -> month(text, YearMonth.from(published).plusMonths(shift));
            default -> year(text, published.getYear() + shift);
        };
    }

    /**
     * "plans to visit China this year": what is still to come this week, month or year lies from the
     * publication date on; what was done "this year" up to it. Other tenses keep the whole unit.
     */
    private static TemporalExpression rest(TemporalExpression whole, String which, LocalDate published, Tense tense) {
        if (!which.equals("this") || whole.start().isAfter(published) || whole.end().isBefore(published)) {
            return whole;
        }
        return switch (tense) {
            case FUTURE -> TemporalExpression.of(whole.text(), published, whole.end(), whole.precision());
            case PAST -> TemporalExpression.of(whole.text(), whole.start(), published, whole.precision());
            case UNKNOWN -> whole;
        };
    }

    private static TemporalExpression coming(String text, String unit, LocalDate published) {
        return switch (unit) {
            case "days" -> TemporalExpression.of(text, published.plusDays(1), published.plusDays(7),
                    DatePrecision.WEEK);
            case "weeks" -> TemporalExpression.of(text, published.plusDays(1), published.plusDays(30),
                    DatePrecision.MONTH);
            default -> TemporalExpression.of(text, published.plusDays(1), published.plusDays(91),
                    DatePrecision.QUARTER);
        };
    }

    private static TemporalExpression recent(String text, String unit, LocalDate published) {
        return switch (unit) {
            case "days" -> TemporalExpression.of(text, published.minusDays(6), published, DatePrecision.WEEK);
            case "weeks" -> TemporalExpression.of(text, published.minusDays(30), published, DatePrecision.MONTH);
            default -> TemporalExpression.of(text, published.minusDays(182), published, DatePrecision.YEAR);
        };
    }

    private static final List<String> COUNTS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** N days back is that day; N weeks back the seven days around that day (a week's precision). */
    private static TemporalExpression countBack(String text, String count, String unit, LocalDate published) {
        int n = count.equals("a") || count.equals("an") ? 1
                : Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : COUNTS.indexOf(count) + 1;
        if (unit.startsWith("day")) {
            return day(text, published.minusDays(n));
        }
        LocalDate middle = published.minusWeeks(n);
        return TemporalExpression.of(text, middle.minusDays(3), middle.plusDays(3), DatePrecision.WEEK);
    }

    private static TemporalExpression earlierLater(String text, String which, String unit, LocalDate published) {
        TemporalExpression whole = relativeUnit(text, "this", unit, published);
        return which.equals("earlier")
                ? TemporalExpression.of(text, whole.start(), published, whole.precision())
                : TemporalExpression.of(text, published, whole.end(), whole.precision());
    }

    private static TemporalExpression season(String text, MatchResult m, LocalDate published, Tense tense) {
        Periods.Season season = Periods.Season.parse(m.group(2));
        YearMonth first = m.group(3) != null ? season.start(Integer.parseInt(m.group(3)))
                : Periods.season(season, published, anchor(lower(m.group(1))), tense);
        return TemporalExpression.of(text, first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.SEASON);
    }

    private static TemporalExpression year(String text, int year) {
        return TemporalExpression.of(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    private static TemporalExpression deictic(String text, String word, LocalDate published) {
        int shift = switch (word) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return day(text, published.plusDays(shift));
    }

    private static LocalDate endOfYear(LocalDate day) {
        return LocalDate.of(day.getYear(), 12, 31);
    }

    private static Anchor anchor(String modifier) {
        if (modifier == null) {
            return Anchor.BY_TENSE;
        }
        return switch (lower(modifier)) {
            case "last" -> Anchor.LAST;
            case "next" -> Anchor.NEXT;
            case "this" -> Anchor.THIS;
            default -> Anchor.BY_TENSE;
        };
    }

    private static Month month(String name) {
        String key = upper(name.replace(".", ""));
        for (Month month : Month.values()) {
            if (month.name().startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }

    private static int number(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
