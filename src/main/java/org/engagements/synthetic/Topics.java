package org.engagements.synthetic;

import java.util.List;
import org.engagements.data.Issue;

/** The issues generated engagements raise: real topics with parents, and the year each became current. */
final class Topics {
    private Topics() {
    }

    /** An issue, how often it is raised (relative weight), and the first year it can be. */
    record Topic(Issue issue, int weight, int since) {
    }

    static final List<Topic> ALL = List.of(
            topic("trade", "Trade and technology", null, 14, 1970, "trade", "tariffs", "market access"),
            topic("tariffs", "Tariffs", "trade", 5, 1985, "tariff", "trade war"),
            topic("export-controls", "Export controls", "trade", 4, 1990, "export controls", "semiconductors"),
            topic("taiwan", "Taiwan", null, 14, 1970, "Taiwan", "Taiwan Strait"),
            topic("human-rights", "Human rights", null, 8, 1975, "human rights", "rights abuses"),
            topic("hong-kong", "Hong Kong", "human-rights", 3, 1990, "Hong Kong"),
            topic("xinjiang", "Xinjiang", "human-rights", 3, 2009, "Xinjiang", "Uyghur"),
            topic("tibet", "Tibet", "human-rights", 2, 1980, "Tibet", "Dalai Lama"),
            topic("maritime-disputes", "East and South China Seas", null, 5, 1995, "maritime disputes"),
            topic("south-china-sea", "South China Sea", "maritime-disputes", 4, 2000, "South China Sea"),
            topic("east-china-sea", "East China Sea", "maritime-disputes", 2, 2010, "East China Sea", "Senkaku"),
            topic("military-channels", "Military-to-military channels", null, 6, 1980, "military-to-military",
                    "military channels"),
            topic("north-korea", "North Korea", null, 6, 1990, "North Korea", "Korean Peninsula"),
            topic("nonproliferation", "Nonproliferation", null, 4, 1975, "nuclear weapons", "arms control"),
            topic("iran", "Iran", "nonproliferation", 2, 2003, "Iran"),
            topic("climate-change", "Climate change", null, 6, 1990, "climate change", "emissions"),
            topic("covid-19", "Covid-19", null, 4, 2020, "Covid-19", "pandemic"),
            topic("covid-origins", "Covid-19 origins", "covid-19", 2, 2020, "origin of the virus"),
            topic("fentanyl", "Fentanyl", null, 3, 2016, "fentanyl"),
            topic("cyber", "Cyber security", null, 4, 2005, "cyber", "hacking"),
            topic("artificial-intelligence", "Artificial intelligence", null, 2, 2018, "artificial intelligence"),
            topic("ukraine", "Ukraine", null, 3, 2014, "Ukraine"),
            topic("middle-east", "Middle East", null, 2, 1973, "Middle East", "Gaza"),
            topic("afghanistan", "Afghanistan", null, 2, 1980, "Afghanistan"),
            topic("sanctions", "Sanctions", null, 3, 1989, "sanctions"),
            topic("detained-citizens", "Detained citizens", "human-rights", 2, 1995, "wrongfully detained",
                    "exit bans"));

    static List<Issue> issues() {
        return ALL.stream().map(Topic::issue).toList();
    }

    private static Topic topic(String id, String label, String parent, int weight, int since, String... synonyms) {
        return new Topic(new Issue(id, label, parent, List.of(synonyms)), weight, since);
    }
}
