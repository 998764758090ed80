package org.engagements.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.engagements.data.Level;
import org.engagements.data.Person;
import org.engagements.data.Side;
import org.engagements.data.Title;

/**
 * A generated vocabulary of officials: for each office of each side, a succession of holders with
 * terms of two to eight years from {@value #FIRST_YEAR} to today, so every day of the data has exactly
 * one holder of every office. Each person holds one office; the holder in office on a given day is
 * found by binary search.
 */
final class Officials {
    static final int FIRST_YEAR = 1962;
    /** Terms still running after this day have no end ({@code "to": null}). */
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    /** An office: its side, title and level; {@code index} is its place in {@link #OFFICES}. */
    record Office(int index, Side side, String title, Level level) {
    }

    static final List<Office> OFFICES = List.of(
            new Office(0, Side.US, "President of the United States", Level.LEADER),
            new Office(1, Side.US, "Secretary of State", Level.CABINET),
            new Office(2, Side.US, "Secretary of Defense", Level.CABINET),
            new Office(3, Side.US, "Secretary of the Treasury", Level.CABINET),
            new Office(4, Side.US, "Secretary of Commerce", Level.CABINET),
            new Office(5, Side.US, "Trade Representative", Level.CABINET),
            new Office(6, Side.US, "National Security Adviser", Level.ADVISER),
            new Office(7, Side.US, "Deputy Secretary of State", Level.DEPUTY),
            new Office(8, Side.US, "Deputy Secretary of Defense", Level.DEPUTY),
            new Office(9, Side.US, "Assistant Secretary of State for East Asian Affairs", Level.DEPUTY),
            new Office(10, Side.US, "Ambassador to China", Level.ENVOY),
            new Office(11, Side.US, "Special Envoy for Climate", Level.ENVOY),
            new Office(12, Side.US, "Chairman of the Joint Chiefs of Staff", Level.MILITARY),
            new Office(13, Side.US, "Commander of Indo-Pacific Command", Level.MILITARY),
            new Office(14, Side.CN, "President of the People's Republic of China", Level.LEADER),
            new Office(15, Side.CN, "Premier of the State Council", Level.LEADER),
            new Office(16, Side.CN, "Minister of Foreign Affairs", Level.CABINET),
            new Office(17, Side.CN, "Minister of National Defense", Level.CABINET),
            new Office(18, Side.CN, "Minister of Commerce", Level.CABINET),
            new Office(19, Side.CN, "Minister of Finance", Level.CABINET),
            new Office(20, Side.CN, "Director of the Central Foreign Affairs Office", Level.ADVISER),
            new Office(21, Side.CN, "Vice Premier", Level.DEPUTY),
            new Office(22, Side.CN, "Vice Foreign Minister", Level.DEPUTY),
            new Office(23, Side.CN, "Ambassador to the United States", Level.ENVOY),
            new Office(24, Side.CN, "Special Envoy for Climate Change", Level.ENVOY),
            new Office(25, Side.CN, "Vice Chairman of the Central Military Commission", Level.MILITARY),
            new Office(26, Side.CN, "Chief of the Joint Staff", Level.MILITARY));

    private static final String[] US_FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Margaret", "Mark", "Sandra"};
    private static final String[] US_LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
        "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris",
        "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
        "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker"};
    private static final String[] CN_FAMILY = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
        "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song",
        "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang"};
    private static final String[] CN_GIVEN = {"Wei", "Fang", "Min", "Jing", "Lei", "Qiang", "Jun", "Yong", "Jie",
        "Tao", "Ming", "Chao", "Xiuying", "Hua", "Ping", "Gang", "Hui", "Bin", "Yi", "Hong", "Jianguo", "Zhiqiang",
        "Haiyan", "Xiaoming", "Guohua", "Dejiang", "Yuxiang", "Wenhua", "Lihua", "Zhenhua", "Jiechi", "Kang"};

    private final List<Person> people = new ArrayList<>();
    /** Per office, its holders in term order. */
    private final List<List<Person>> holders = new ArrayList<>();

    private Officials() {
    }

    /** Every office's holders, drawn from {@code random}. */
    static Officials generate(Random random) {
        Officials officials = new Officials();
        Set<String> ids = new HashSet<>();
        for (Office office : OFFICES) {
            List<Person> succession = new ArrayList<>();
            LocalDate from = LocalDate.of(FIRST_YEAR, 1, 20).plusDays(random.nextInt(365 * 4));
            while (!from.isAfter(TODAY)) {
                LocalDate to = from.plusDays(730 + random.nextInt(365 * 6)).minusDays(1);
                String name = name(office.side(), random);
                Person person = new Person(uniqueId(name, ids), name, aliases(office.side(), name),
                        office.side(), office.level(), List.of(new Title(office.title(), from,
                        to.isAfter(TODAY) ? null : to)));
                succession.add(person);
                officials.people.add(person);
                from = to.plusDays(1);
            }
            officials.holders.add(succession);
        }
        return officials;
    }

    List<Person> people() {
        return people;
    }

    /** The holder of an office on a day (every day from {@value #FIRST_YEAR} + 4 has one). */
    Person holder(Office office, LocalDate day) {
        List<Person> succession = holders.get(office.index());
        int low = 0;
        int high = succession.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (succession.get(mid).titles().get(0).from().isAfter(day)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return succession.get(low);
    }

    private static final java.util.Map<Side, java.util.Map<Level, List<Office>>> BY_SIDE_AND_LEVEL =
            OFFICES.stream().collect(java.util.stream.Collectors.groupingBy(Office::side,
                    java.util.stream.Collectors.groupingBy(Office::level)));

    /** The offices of a side at one level (every side has at least one at every level). */
    static List<Office> offices(Side side, Level level) {
        return BY_SIDE_AND_LEVEL.get(side).get(level);
    }

    private static String name(Side side, Random random) {
        return side == Side.US
                ? US_FIRST[random.nextInt(US_FIRST.length)] + " " + US_LAST[random.nextInt(US_LAST.length)]
                : CN_FAMILY[random.nextInt(CN_FAMILY.length)] + " " + CN_GIVEN[random.nextInt(CN_GIVEN.length)];
    }

    /** US officials go by their family name (the last word), Chinese ones by their full name. */
    private static List<String> aliases(Side side, String name) {
        return side == Side.US ? List.of(name.substring(name.lastIndexOf(' ') + 1)) : List.of();
    }

    private static String uniqueId(String name, Set<String> ids) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
