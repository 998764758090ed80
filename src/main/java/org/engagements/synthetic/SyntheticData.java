package org.engagements.synthetic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.engagements.data.Article;
import org.engagements.data.write.FolderWriter;
import org.engagements.data.Mention;
import org.engagements.data.Vocabulary;

/**
 * Generates a valid data folder of any size from a seed, for scale tests and benchmarks: the same
 * size and seed always give byte-identical files.
 *
 * <p>What it looks like: engagements from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, more in recent
 * years (the yearly rate grows about e-fold every 11 years); statuses mostly held, then planned and
 * proposed, few requested, declined, postponed or cancelled; visits before multilateral sidelines,
 * phone calls, video calls (none before 2000) and third-country meetings; host side and venue city
 * agreeing; participants from a generated vocabulary of about 150 officials per side, each in office
 * on the engagement's date; dates with mixed precision within its cap; issues with parents, each only
 * from the year it became current. Engagements are reported by articles of 5 to 20 engagements each,
 * in date order; about one in five is reported again by the next article, quoting the same sentence.
 *
 * <p>Streams to disk: memory stays small whatever the size (one int per engagement for its date).
 */
public final class SyntheticData {
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2025;
    private static final double GROWTH_YEARS = 11.0;
    private static final String[] OUTLETS = {"Reuters", "Associated Press", "Financial Times", "Bloomberg",
        "The New York Times", "The Washington Post", "South China Morning Post", "Xinhua", "Nikkei Asia",
        "The Wall Street Journal"};
    private static final String[] FILLER = {"Analysts said %s would dominate the coming months.",
        "Neither side commented on %s.", "Officials on both sides played down differences over %s.",
        "Diplomats said talks on %s had made little progress."};

    /** What was written. */
    public record Summary(int articles, int engagements, int mentions) {
    }

    private final Random random;
    private final int width;

    private SyntheticData(long seed, int engagements) {
        this.random = new Random(seed);
        this.width = Math.max(3, Integer.toString(engagements).length());
    }

    /**
     * Writes a data folder of {@code engagements} engagements to {@code out}, which must not exist or be an
     * empty folder; the folder appears complete or not at all.
     *
     * @throws IllegalArgumentException when {@code engagements} is less than 1 (the caller's mistake)
     * @throws org.engagements.core.EngagementsException when the folder is a file or holds anything, or cannot
     *         be written
     */
    public static Summary write(Path out, int engagements, long seed) {
        if (engagements < 1) {
            throw new IllegalArgumentException("at least one engagement, got " + engagements);
        }
        return new SyntheticData(seed, engagements).generate(out, engagements);
    }

    private Summary generate(Path target, int n) {
        int articles = 0;
        int mentions = 0;
        try (FolderWriter out = FolderWriter.create(target)) {     // refuses a bad target before any work
            Officials officials = Officials.generate(random);
            int[] days = days(n);
            EngagementDraw draw = new EngagementDraw(random, officials);
            out.vocabulary(new Vocabulary(officials.people(), Cities.ALL, Topics.issues()));
            List<EngagementDraw.Drawn> followUps = List.of();
            for (int next = 0; next < n; ) {
                int size = Math.min(5 + random.nextInt(16), n - next);
                List<EngagementDraw.Drawn> own = new ArrayList<>(size);
                for (int k = 0; k < size; k++, next++) {
                    EngagementDraw.Drawn drawn = draw.draw(id("e", next + 1), LocalDate.ofEpochDay(days[next]));
                    out.engagement(drawn.engagement());
                    own.add(drawn);
                }
                Article article = article(++articles, own);
                out.article(article, text(article, own, followUps));
                for (EngagementDraw.Drawn drawn : followUps) {
                    out.mention(mention(article, drawn));
                    mentions++;
                }
                for (EngagementDraw.Drawn drawn : own) {
                    out.mention(mention(article, drawn));
                    mentions++;
                }
                followUps = own.stream().filter(d -> random.nextInt(100) < 20).toList();
            }
            out.commit();
        }
        return new Summary(articles, n, mentions);
    }

    /** Start days (epoch days), sorted: a year drawn by weight, then a day of it. */
    private int[] days(int n) {
        int years = LAST_YEAR - FIRST_YEAR + 1;
        double[] cumulative = new double[years];
        double total = 0;
        for (int i = 0; i < years; i++) {
            total += Math.exp(i / GROWTH_YEARS);
            cumulative[i] = total;
        }
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble() * total;
            int year = 0;
            while (year < years - 1 && cumulative[year] < r) {
                year++;
            }
            LocalDate first = LocalDate.of(FIRST_YEAR + year, 1, 1);
            days[i] = (int) first.plusDays(random.nextInt(first.lengthOfYear())).toEpochDay();
        }
        Arrays.sort(days);
        return days;
    }

    private Article article(int number, List<EngagementDraw.Drawn> own) {
        LocalDate latest = own.stream().map(d -> d.engagement().dates().start()).max(LocalDate::compareTo).orElseThrow();
        String id = id("a", number);
        return new Article(id, id + ".txt", OUTLETS[random.nextInt(OUTLETS.length)],
                latest.plusDays(1 + random.nextInt(3)), "synthetic: generated, dated after the latest engagement it reports",
                own.get(0).engagement().title(), random.nextBoolean() ? "https://news.example/" + id : "");
    }

    /** The headline, then one paragraph per reported engagement, now and then followed by a filler sentence. */
    private String text(Article article, List<EngagementDraw.Drawn> own, List<EngagementDraw.Drawn> followUps) {
        StringBuilder text = new StringBuilder(article.title()).append("\n");
        for (List<EngagementDraw.Drawn> group : List.of(own, followUps)) {
            for (EngagementDraw.Drawn drawn : group) {
                text.append('\n').append(drawn.sentence());
                if (random.nextInt(100) < 40) {
                    Topics.Topic topic = Topics.ALL.get(random.nextInt(Topics.ALL.size()));
                    String word = topic.issue().synonyms().get(random.nextInt(topic.issue().synonyms().size()));
                    text.append(' ').append(String.format(FILLER[random.nextInt(FILLER.length)], word));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static Mention mention(Article article, EngagementDraw.Drawn drawn) {
        return new Mention(article.id(), drawn.engagement().id(), drawn.engagement().status(),
                drawn.dateExpression(), drawn.sentence());
    }

    private String id(String prefix, int number) {
        String digits = Integer.toString(number);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
