package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Mode;

/**
 * The words that make a clause about an engagement, and what they say about its mode. Pure functions.
 * <ul>
 *   <li>meeting: met, meet, meeting, talks, summit, dialogue, sit down, audience with, exchanges between,
 *       exchange views with (how Chinese announcements name a leaders' meeting or call);</li>
 *   <li>call: call, phone, telephone (mode phone); video, virtual (mode video); spoke, talk to (a call
 *       unless a venue says otherwise: the mode is then assumed, not stated);</li>
 *   <li>travel: visit, trip, travel, arrive in, host, go to, fly to, send … to.</li>
 * </ul>
 * Multilateral occasions (G20, APEC, UN General Assembly, the sidelines or margins of a gathering) make
 * a meeting {@code multilateral}.
 */
final class Cues {
    /** What a cue says about how the sides meet. */
    enum Kind {
        MEETING, PHONE, VIDEO, TALK, TRAVEL, SEND
    }

    /** One cue word in a text. */
    record Cue(Kind kind, int start, int end, String words) {
    }

    private static final Keywords MEETING = Keywords.of("(?i)\\b(?:meet|meets|meeting|meetings|met|talks|summit|"
            + "summits|dialogue|consultations|sit(?:ting)?\\s+down|sat\\s+down|audience\\s+with|"
            + "exchanges?[\"”’']?\\s+(?:between|with)|"
            + "exchang(?:e|es|ed|ing)\\s+views\\s+with|"
            + "(?:had|have|has)\\s+an?\\s+(?:[\\p{L}-]+\\s+)?exchange)\\b", "meet", "met", "talks", "summit",
            "dialogue", "consultations", "sit", "sat", "audience", "exchange");
    private static final Keywords PHONE = Keywords.of("\\b(?i:phone|telephone|telephonic)\\b|"
            + "\\b(?i:a|an|the|their|his|her|its|planned|possible|proposed|requested|first|second|latest|another|"
            + "hour-long|rare)\\s+(?:[\\p{L}-]+\\s+)?(?i:calls?)\\b|\\b(?i:calls?)\\s+(?i:with|between)\\b|"
            + "\\b(?i:called)\\s+(?=\\p{Lu})", "phone", "phonic", "call");
    private static final Keywords VIDEO = Keywords.of("(?i)\\b(?:video|virtual|virtually|video-?conference)\\b",
            "video", "virtual");
    private static final Keywords TALK = Keywords.of("(?i)\\b(?:spoke|spoken|speak|speaks|speaking|talked|talking|"
            + "talk|communicated)\\s+(?:by\\s+\\w+\\s+)?(?:to|with)\\b|\\bcommunicated\\b|"
            + "\\bconversations?\\s+(?:with|between)\\b|\\b(?:during|in|over)\\s+(?:their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "conversation\\b", "spok", "speak", "talk", "communicated", "conversation");
    private static final Keywords TRAVEL = Keywords.of("(?i)\\b(?:visit|visits|visited|visiting|trip|trips|"
            + "travel|travels|travell?ed|travell?ing|went\\s+to|flew\\s+to|fly\\s+to|arriv(?:e|es|ed|ing)\\s+in|"
            + "host|hosts|"
            + "hosted|hosting)\\b", "visit", "trip", "travel", "went", "flew", "fly", "arriv", "host");
    private static final Keywords SEND = Keywords.of("(?i)\\b(?:send|sends|sending|sent)\\b", "send", "sent");
    private static final Pattern OCCASION = Pattern.compile("\\b(?:G-?20|G-?7|Group\\s+of\\s+(?:20|Twenty|Seven|7)|"
            + "APEC|Asia-Pacific\\s+Economic\\s+Cooperation(?:\\s+\\(APEC\\))?|ASEAN|East\\s+Asia\\s+Summit|BRICS|"
            + "Shangri-La\\s+Dialogue|Munich\\s+Security\\s+Conference|(?:UN|U\\.N\\.|United\\s+Nations)\\s+General"
            + "\\s+Assembly|UNGA|COP\\s?\\d{2}|World\\s+Economic\\s+Forum|Davos)(?:\\s+(?:leaders['’]?\\s+)?"
            + "(?:summit|meeting|forum|conference|foreign\\s+ministers['’]?\\s+meeting))?");
    /** What joins two gatherings offered as alternatives. */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)\\bor\\b");
    private static final Pattern SIDELINES = Pattern.compile("(?i)\\bon\\s+the\\s+(?:sidelines|margins)\\s+of\\b");

    private Cues() {
    }

    /** Every cue of a text, in text order. */
    static List<Cue> find(String text) {
        List<Cue> cues = new ArrayList<>();
        String lowerCase = text.toLowerCase(java.util.Locale.ROOT);
        add(cues, Kind.MEETING, MEETING, text, lowerCase);
        add(cues, Kind.PHONE, PHONE, text, lowerCase);
        add(cues, Kind.VIDEO, VIDEO, text, lowerCase);
        add(cues, Kind.TALK, TALK, text, lowerCase);
        add(cues, Kind.TRAVEL, TRAVEL, text, lowerCase);
        add(cues, Kind.SEND, SEND, text, lowerCase);
        cues.sort(java.util.Comparator.comparingInt(Cue::start));
        return List.copyOf(cues);
    }

    private static void add(List<Cue> cues, Kind kind, Keywords pattern, String text, String lowerCase) {
        Matcher m = pattern.matcher(text, lowerCase);
        while (m.find()) {
            cues.add(new Cue(kind, m.start(), m.end(), m.group()));
        }
    }

    /** The mode the cues state: video or phone when they say so; empty when only a venue can tell. */
    static Optional<Mode> remoteMode(List<Cue> cues) {
        if (cues.stream().anyMatch(c -> c.kind() == Kind.VIDEO)) {
            return Optional.of(Mode.VIDEO);
        }
        if (cues.stream().anyMatch(c -> c.kind() == Kind.PHONE)) {
            return Optional.of(Mode.PHONE);
        }
        return Optional.empty();
    }

    /** Only "spoke", "talk to": probably a call, but the article does not say. */
    static boolean onlyTalk(List<Cue> cues) {
        return !cues.isEmpty() && cues.stream().allMatch(c -> c.kind() == Kind.TALK);
    }

    /** Gatherings that always meet in one city: where "on the sidelines of" them was. */
    private static final java.util.Map<Pattern, String> SEATS = java.util.Map.of(
            Pattern.compile("(?i)Shangri-La"), "Singapore",
            Pattern.compile("(?i)Munich\\s+Security"), "Munich",
            Pattern.compile("(?i)Davos|World\\s+Economic\\s+Forum"), "Davos");

    /** The one city a gathering meets in, when it always meets in the same one. */
    static Optional<String> seat(String occasion) {
        return SEATS.entrySet().stream().filter(e -> e.getKey().matcher(occasion).find())
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    /** Gatherings by the words that name them; the ASEAN summit and the East Asia Summit meet together. */
    private static final java.util.Map<String, Pattern> GATHERINGS = java.util.Map.of(
            "g20", Pattern.compile("(?i)\\bG-?20\\b|Group\\s+of\\s+(?:20|Twenty)"),
            "g7", Pattern.compile("(?i)\\bG-?7\\b|Group\\s+of\\s+(?:7|Seven)"),
            "apec", Pattern.compile("(?i)\\bAPEC\\b|Asia-Pacific\\s+Economic\\s+Cooperation"),
            "asean", Pattern.compile("(?i)\\bASEAN\\b|East\\s+Asia\\s+Summit"),
            "brics", Pattern.compile("(?i)\\bBRICS\\b"),
            "unga", Pattern.compile("(?i)\\bUNGA\\b|General\\s+Assembly"),
            "shangri-la", Pattern.compile("(?i)Shangri-La"),
            "munich", Pattern.compile("(?i)Munich\\s+Security"),
            "davos", Pattern.compile("(?i)Davos|World\\s+Economic\\s+Forum"));

    /**
     * Which known gathering an occasion names ("G20 leaders' summit" and "the G-20" are both g20), or empty
     * when it names none of them: two reports naming different gatherings are different engagements.
     */
    static Optional<String> gathering(String occasion) {
        if (occasion == null || occasion.isBlank()) {
            return Optional.empty();
        }
        List<String> found = GATHERINGS.entrySet().stream().filter(e -> e.getValue().matcher(occasion).find())
                .map(java.util.Map.Entry::getKey).sorted().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The multilateral gathering a text names ("G20 leaders meeting", "APEC summit"), if any. Two gatherings
     * offered as alternatives ("at the G20 in September or the APEC gathering in November") leave the
     * gathering open: the meeting is multilateral, but at neither one yet.
     */
    static Optional<String> occasion(String text) {
        Matcher m = OCCASION.matcher(text);
        if (m.find()) {
            String first = m.group();
            int end = m.end();
            while (m.find()) {
                if (ALTERNATIVE.matcher(text.substring(end, m.start())).find()
                        && !gathering(first).equals(gathering(m.group()))) {
                    return Optional.of("");
                }
                end = m.end();
            }
            return Optional.of(first.replaceAll("\\s+", " "));
        }
        Matcher sidelines = SIDELINES.matcher(text);
        return sidelines.find() ? Optional.of("") : Optional.empty();
    }
}
