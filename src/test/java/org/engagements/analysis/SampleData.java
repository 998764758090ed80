package org.engagements.analysis;

import static org.engagements.analysis.EngagementTables.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagements.data.Dataset;
import org.engagements.data.Issue;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Place;
import org.engagements.data.Schema;
import org.engagements.data.Side;
import org.engagements.data.Vocabulary;
import tech.tablesaw.api.DateColumn;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Whole datasets for chart tests, previews and benchmarks: {@link #realistic()} resembles the curated
 * data (about two dozen engagements 2018–2023 from five articles); {@link #synthetic} generates any
 * number of engagements from a fixed seed, so two calls give the same data.
 */
public final class SampleData {
    private SampleData() {
    }

    static final List<Person> PEOPLE = List.of(
            person("trump", "Donald Trump", Side.US, Level.LEADER), person("biden", "Joe Biden", Side.US, Level.LEADER),
            person("pompeo", "Mike Pompeo", Side.US, Level.CABINET), person("mattis", "Jim Mattis", Side.US, Level.CABINET),
            person("mnuchin", "Steven Mnuchin", Side.US, Level.CABINET), person("blinken", "Antony Blinken", Side.US, Level.CABINET),
            person("austin", "Lloyd Austin", Side.US, Level.CABINET), person("raimondo", "Gina Raimondo", Side.US, Level.CABINET),
            person("sullivan", "Jake Sullivan", Side.US, Level.ADVISER), person("sherman", "Wendy Sherman", Side.US, Level.DEPUTY),
            person("kerry", "John Kerry", Side.US, Level.ENVOY),
            person("xi", "Xi Jinping", Side.CN, Level.LEADER), person("wang-yi", "Wang Yi", Side.CN, Level.CABINET),
            person("yang-jiechi", "Yang Jiechi", Side.CN, Level.ADVISER), person("wei-fenghe", "Wei Fenghe", Side.CN, Level.CABINET),
            person("li-shangfu", "Li Shangfu", Side.CN, Level.CABINET), person("liu-he", "Liu He", Side.CN, Level.DEPUTY),
            person("qin-gang", "Qin Gang", Side.CN, Level.CABINET), person("wang-wentao", "Wang Wentao", Side.CN, Level.CABINET),
            person("xie-zhenhua", "Xie Zhenhua", Side.CN, Level.ENVOY));

    static final List<Place> PLACES = List.of(
            new Place("beijing", "Beijing", "CN", 39.9042, 116.4074, List.of()),
            new Place("washington", "Washington", "US", 38.9072, -77.0369, List.of()),
            new Place("anchorage", "Anchorage", "US", 61.2181, -149.9003, List.of()),
            new Place("tianjin", "Tianjin", "CN", 39.3434, 117.3616, List.of()),
            new Place("shanghai", "Shanghai", "CN", 31.2304, 121.4737, List.of()),
            new Place("san-francisco", "San Francisco", "US", 37.7749, -122.4194, List.of()),
            new Place("bali", "Bali", "ID", -8.3405, 115.0920, List.of()),
            new Place("rome", "Rome", "IT", 41.9028, 12.4964, List.of()),
            new Place("matera", "Matera", "IT", 40.6664, 16.6043, List.of()),
            new Place("valletta", "Valletta", "MT", 35.8989, 14.5146, List.of()));

    static final List<Issue> ISSUES = List.of(
            new Issue("human-rights", "Human rights", null, List.of("human rights")),
            new Issue("hong-kong", "Hong Kong", "human-rights", List.of("Hong Kong")),
            new Issue("xinjiang", "Xinjiang", "human-rights", List.of("Xinjiang", "Uyghur", "Uighur")),
            new Issue("taiwan", "Taiwan", null, List.of("Taiwan", "Taiwan Strait")),
            new Issue("covid-origins", "COVID-19 origins", null, List.of("COVID", "coronavirus", "pandemic")),
            new Issue("climate-change", "Climate change", null, List.of("climate")),
            new Issue("military-channels", "Military channels", null, List.of("military-to-military", "military channels")),
            new Issue("fentanyl", "Fentanyl", null, List.of("fentanyl")),
            new Issue("trade", "Trade", null, List.of("trade", "tariffs", "tariff")));

    /** About two dozen engagements 2018–2023, mostly held, some planned or proposed, a few refused. */
    public static Dataset realistic() {
        EngagementTables e = new EngagementTables()
            .add(row("e001", "2018-06-14").us("pompeo").cn("wang-yi").venue("beijing").issues("taiwan;trade"))
            .add(row("e002", "2018-11-09").host("US").us("pompeo;mattis").cn("yang-jiechi;wei-fenghe").venue("washington").issues("military-channels;taiwan"))
            .add(row("e003", "2019-05-09").end("2019-05-10").host("US").us("mnuchin").cn("liu-he").venue("washington").issues("trade"))
            .add(row("e004", "2019-07-30").end("2019-07-31").us("mnuchin").cn("liu-he").venue("shanghai").issues("trade"))
            .add(row("e005", "2019-11-01").end("2019-11-30").precision("month").status("proposed").mode("third_party").host("third").level("leader").us("trump").cn("xi").issues("trade"))
            .add(row("e006", "2020-03-27").mode("phone").host("none").level("leader").us("trump").cn("xi").issues("covid-origins;trade"))
            .add(row("e007", "2021-02-10").mode("phone").host("none").level("leader").us("biden").cn("xi").issues("hong-kong;xinjiang;taiwan"))
            .add(row("e008", "2021-03-18").end("2021-03-19").host("US").level("adviser").us("blinken;sullivan").cn("yang-jiechi;wang-yi").venue("anchorage").issues("hong-kong;xinjiang;taiwan;military-channels"))
            .add(row("e009", "2021-04-14").end("2021-04-17").level("envoy").us("kerry").cn("xie-zhenhua").venue("shanghai").issues("climate-change"))
            .add(row("e010", "2021-06-29").status("proposed").mode("multilateral").host("third").us("blinken").cn("wang-yi").venue("matera").issues("covid-origins"))
            .add(row("e011", "2021-07-25").end("2021-07-26").level("deputy").us("sherman").cn("wang-yi").venue("tianjin").issues("xinjiang;covid-origins"))
            .add(row("e012", "2021-09-01").end("2021-09-03").level("envoy").us("kerry").cn("xie-zhenhua").venue("tianjin").issues("climate-change"))
            .add(row("e013", "2021-10-31").mode("multilateral").host("third").us("blinken").cn("wang-yi").venue("rome").issues("taiwan"))
            .add(row("e014", "2021-11-15").mode("video").host("none").level("leader").us("biden").cn("xi").issues("taiwan;climate-change;hong-kong;xinjiang"))
            .add(row("e015", "2022-03-14").mode("third_party").host("third").level("adviser").us("sullivan").cn("yang-jiechi").venue("rome").issues("taiwan"))
            .add(row("e016", "2022-07-09").mode("multilateral").host("third").us("blinken").cn("wang-yi").venue("bali").issues("taiwan"))
            .add(row("e017", "2022-08-05").status("cancelled").mode("phone").host("none").level("military").issues("military-channels"))
            .add(row("e018", "2022-11-14").mode("multilateral").host("third").level("leader").us("biden").cn("xi").venue("bali").issues("taiwan;climate-change;military-channels"))
            .add(row("e019", "2023-02-05").end("2023-02-06").status("postponed").us("blinken").cn("wang-yi").venue("beijing"))
            .add(row("e020", "2023-02-04").status("declined").mode("phone").host("none").us("austin").cn("wei-fenghe").issues("military-channels"))
            .add(row("e021", "2023-05-10").end("2023-05-11").mode("third_party").host("third").level("adviser").us("sullivan").cn("wang-yi").venue("valletta").issues("taiwan"))
            .add(row("e022", "2023-06-03").status("declined").mode("multilateral").host("third").us("austin").cn("li-shangfu").issues("military-channels"))
            .add(row("e023", "2023-06-18").end("2023-06-19").level("leader").us("blinken").cn("xi;qin-gang;wang-yi").venue("beijing").issues("taiwan;fentanyl;military-channels"))
            .add(row("e024", "2023-08-27").end("2023-08-30").status("planned").us("raimondo").cn("wang-wentao").venue("beijing").issues("trade"))
            .add(row("e025", "2023-09-16").end("2023-09-17").mode("third_party").host("third").level("adviser").us("sullivan").cn("wang-yi").venue("valletta").issues("taiwan"))
            .add(row("e026", "2023-11-15").status("planned").mode("multilateral").host("US").level("leader").us("biden").cn("xi").venue("san-francisco").issues("fentanyl;military-channels;taiwan"))
            .add(row("e027", "2023-12-01").end("2023-12-31").precision("month").status("proposed").mode("video").host("none").level("military").issues("military-channels"));
        SortedMap<String, String> texts = new TreeMap<>();
        texts.put("a000", "Secretary Pompeo met Wang Yi in Beijing. Trade and tariffs dominated; Taiwan came up.");
        texts.put("a001", "The Anchorage talks aired Hong Kong, Xinjiang and Taiwan. Human rights were raised; "
                + "the Uyghur question and the Taiwan Strait too.");
        texts.put("a002", "Kerry and Xie met on climate in Shanghai and Tianjin; the climate envoys agreed on "
                + "methane. COVID travel rules applied.");
        texts.put("a003", "Blinken's trip was postponed after the balloon. Military channels stayed closed; "
                + "China declined the military-to-military call.");
        texts.put("a004", "At Woodside, Biden and Xi agreed on fentanyl and on restoring military channels; "
                + "Taiwan remained the most sensitive issue.");
        return dataset(e.engagements(), texts);
    }

    /**
     * {@code n} engagements spread over 2000–2023, drawn from a fixed seed: the same {@code n} and
     * {@code seed} always give the same table. For scale tests and the chart benchmark.
     */
    public static Dataset synthetic(int n, long seed) {
        Random random = new Random(seed);
        String[] statuses = {"held", "held", "held", "held", "planned", "proposed", "requested", "declined", "postponed", "cancelled"};
        String[] modes = {"visit", "third_party", "multilateral", "phone", "video"};
        String[] levels = {"leader", "cabinet", "cabinet", "adviser", "deputy", "envoy", "military"};
        List<Person> us = PEOPLE.stream().filter(p -> p.country() == Side.US).toList();
        List<Person> cn = PEOPLE.stream().filter(p -> p.country() == Side.CN).toList();
        LocalDate first = LocalDate.of(2000, 1, 1);
        int days = (int) (LocalDate.of(2023, 12, 31).toEpochDay() - first.toEpochDay());
        EngagementTables tables = new EngagementTables();
        for (int i = 0; i < n; i++) {
            LocalDate start = first.plusDays(random.nextInt(days));
            String mode = modes[random.nextInt(modes.length)];
            boolean remote = mode.equals("phone") || mode.equals("video");
            String host = remote ? "none" : new String[] {"US", "CN", "third"}[random.nextInt(3)];
            tables.add(row(String.format("s%05d", i), start.toString())
                    .end(start.plusDays(random.nextInt(5) == 0 ? 1 + random.nextInt(4) : 0).toString())
                    .status(statuses[random.nextInt(statuses.length)]).mode(mode).host(host)
                    .level(levels[random.nextInt(levels.length)])
                    .us(us.get(random.nextInt(us.size())).id()).cn(cn.get(random.nextInt(cn.size())).id())
                    .venue(remote ? "" : PLACES.get(random.nextInt(PLACES.size())).id())
                    .issues(randomIssues(random)));
        }
        return dataset(tables.engagements(), new TreeMap<>());
    }

    private static String randomIssues(Random random) {
        List<String> ids = new ArrayList<>();
        int count = random.nextInt(4);
        for (int k = 0; k < count; k++) {
            String id = ISSUES.get(random.nextInt(ISSUES.size())).id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return String.join(Schema.LIST_SEPARATOR, ids);
    }

    /** A dataset around an engagements table, with the vocabularies above and the derived tables. */
    public static Dataset dataset(Table engagements, SortedMap<String, String> texts) {
        Table articles = Table.create("articles", StringColumn.create(Schema.ID), StringColumn.create(Schema.FILE),
                StringColumn.create(Schema.OUTLET), DateColumn.create(Schema.PUBLISHED),
                StringColumn.create(Schema.PUBLISHED_BASIS), StringColumn.create(Schema.TITLE), StringColumn.create(Schema.URL));
        texts.keySet().forEach(id -> {
            articles.stringColumn(Schema.ID).append(id);
            articles.stringColumn(Schema.FILE).append(id + ".txt");
            articles.stringColumn(Schema.OUTLET).append("Test Wire");
            articles.dateColumn(Schema.PUBLISHED).append(LocalDate.of(2023, 12, 1));
            articles.stringColumn(Schema.PUBLISHED_BASIS).append("stated");
            articles.stringColumn(Schema.TITLE).append("Article " + id);
            articles.stringColumn(Schema.URL).append("");
        });
        Table mentions = Table.create("mentions", StringColumn.create(Schema.ARTICLE_ID),
                StringColumn.create(Schema.ENGAGEMENT_ID), StringColumn.create(Schema.REPORTED_STATUS),
                StringColumn.create(Schema.DATE_EXPRESSION), StringColumn.create(Schema.QUOTE));
        return new Dataset(Path.of("sample"), articles, engagements, mentions, new Vocabulary(PEOPLE, PLACES, ISSUES),
                peopleTable(), placesTable(), issuesTable(), participants(engagements), engagementIssues(engagements),
                texts);
    }

    static Table peopleTable() {
        String[][] rows = PEOPLE.stream()
                .map(p -> new String[] {p.id(), p.name(), p.country().code(), p.level().code()}).toArray(String[][]::new);
        return EngagementTables.people(rows);
    }

    static Table placesTable() {
        Object[][] rows = PLACES.stream()
                .map(p -> new Object[] {p.id(), p.city(), p.country(), p.latitude(), p.longitude()}).toArray(Object[][]::new);
        return EngagementTables.places(rows);
    }

    static Table issuesTable() {
        String[][] rows = ISSUES.stream()
                .map(i -> new String[] {i.id(), i.label(), i.parent() == null ? "" : i.parent()}).toArray(String[][]::new);
        return EngagementTables.issues(rows);
    }

    private static Table participants(Table engagements) {
        Table t = Table.create("participants", StringColumn.create(Schema.ENGAGEMENT_ID), StringColumn.create(Schema.PERSON_ID),
                StringColumn.create(Schema.SIDE), StringColumn.create(Schema.NAME), StringColumn.create(Schema.LEVEL));
        for (int i = 0; i < engagements.rowCount(); i++) {
            for (String column : List.of(Schema.US_PARTICIPANTS, Schema.CN_PARTICIPANTS)) {
                for (String id : IdList.split(engagements.stringColumn(column).get(i))) {
                    Person p = PEOPLE.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                    t.stringColumn(0).append(engagements.stringColumn(Schema.ID).get(i));
                    t.stringColumn(1).append(id);
                    t.stringColumn(2).append(p.country().code());
                    t.stringColumn(3).append(p.name());
                    t.stringColumn(4).append(p.level().code());
                }
            }
        }
        return t;
    }

    private static Table engagementIssues(Table engagements) {
        Table t = Table.create("engagement_issues", StringColumn.create(Schema.ENGAGEMENT_ID),
                StringColumn.create(Schema.ISSUE_ID), StringColumn.create(Schema.LABEL), StringColumn.create(Schema.PARENT));
        for (int i = 0; i < engagements.rowCount(); i++) {
            for (String id : IdList.split(engagements.stringColumn(Schema.ISSUES).get(i))) {
                Issue issue = ISSUES.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                t.stringColumn(0).append(engagements.stringColumn(Schema.ID).get(i));
                t.stringColumn(1).append(id);
                t.stringColumn(2).append(issue.label());
                t.stringColumn(3).append(issue.parent() == null ? "" : issue.parent());
            }
        }
        return t;
    }

    private static Person person(String id, String name, Side side, Level level) {
        return new Person(id, name, List.of(), side, level, List.of());
    }

}
