package org.engagements.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagements.data.Status;

/**
 * Reads an engagement's status from the tense and modality of its clause. Cues are tried from the most
 * final to the least: cancelled, postponed, declined ("rebuffed", "ignore a request", "not prepared
 * to"), requested, proposed ("considering", "discussing", "possible", "would like to", "pushing for",
 * "could"), planned ("will", "is set to", "scheduled", "slated", "expected", "plans for", "preparing to",
 * "gearing up to", "getting ready for", "yet to set a date"), held ("met",
 * "held talks", "had a call", "at the conclusion of two days of meetings"). A clause may have no cue; the
 * extractor then decides from the date.
 * "A previously scheduled call" is no plan: the scheduling is past, and the clause says nothing of the call
 * being still ahead ("came following a previously scheduled call" reports it held).
 *
 * <p>Negation: "did not meet", "no meeting is planned", "has never visited" deny the engagement, and
 * the extractor records nothing. A hypothetical with a concrete proposal ("if the talks go well, they
 * could set up a meeting") is {@link Status#PROPOSED}: the rule is that a conditional carries a proposal
 * unless it is negated.
 */
final class StatusCues {
    /** A status and the words that gave it. */
    record Finding(Status status, String words) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Status.CANCELLED, "\\b(?:cancel(?:l?ed|s|ling|lation)?|called\\s+off|scrapped|scrapping)\\b",
                    "cancel", "called off", "scrap"),
            rule(Status.POSTPONED, "\\b(?:postpone[ds]?|postponing|delayed|put\\s+off|pushed\\s+back|"
                    + "suspend(?:ed|s|ing)?|rescheduled?)\\b", "postpon", "delay", "put off", "pushed back", "suspend",
                    "reschedul"),
            rule(Status.DECLINED, "\\b(?:declin(?:ed|es|ing)|rebuff(?:ed|s)?|refus(?:ed|es|ing)|reject(?:ed|s|ing)|"
                    + "turn(?:ed|s)?\\s+down|snubbed|ignor(?:e|ed|es|ing)|not\\s+prepared\\s+to|unwilling\\s+to|"
                    + "rul(?:ed|es)\\s+out|fail(?:ed|s|ing)?\\s+to\\s+(?:meet|hold|visit|take\\s+up))\\b", "declin",
                    "rebuff", "refus", "reject", "turn", "snub", "ignor", "not prepared", "unwilling", "out", "fail"),
            rule(Status.REQUESTED, "\\b(?:request(?:ed|s|ing)?|asked\\s+(?:for|to)|sought)\\b",
                    "request", "asked", "sought"),
            rule(Status.PROPOSED, "\\b(?:consider(?:ing|s|ed)?|(?:is|are|was|were|been|be)\\s+discussing|"
                    + "in\\s+discussions?|discussions?\\s+about|possibly|(?:possible|potential)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + "(?:meeting|meetings|visit|visits|trip|summit|call|talks|sit-down|encounter|exchange)|propos(?:ed?|al|ing)|"
                    + "(?:would\\s+like|wants?|hopes?|hoping|seek(?:s|ing)?)\\s+to\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meet|"
                    + "visit|travel|talk|hold|speak|call|host|sit|see|go|come|receive|welcome)|"
                    + "push(?:ing|es)?\\s+for|"
                    + "prospects?\\s+(?:for|of)|could|might|would(?!\\s+be\\s+\\w+ing)|exploring|mulling|weighing|"
                    + "under\\s+consideration|invitations?|invit(?:ed|es|ing))\\b", "invit", "consider", "discuss", "possibl", "potential", "propos", "would",
                    "want", "hope", "hoping", "seek", "push", "prospect", "could", "might", "explor", "mull", "weigh"),
            rule(Status.PLANNED, "\\b(?:will|(?:is|are|was)\\s+set\\s+to|(?<!previously\\s)scheduled|slated|"
                    + "(?<!than\\s|as\\s)expected|(?<!previously\\s)planned|plans?\\s+"
                    + "(?:to|for)|planning|preparations?\\s+for|(?:is|are)\\s+to|to\\s+be\\s+held|upcoming|forthcoming|"
                    + "due\\s+to|intends?\\s+to|arranged|prepar(?:e|es|ing)\\s+(?:to|for)|gear(?:s|ing)?\\s+up\\s+"
                    + "(?:to|for)|(?:get(?:s|ting)?|got)\\s+ready\\s+(?:to|for)|yet\\s+to\\s+(?:set|fix|announce|confirm|"
                    + "schedule|finali[sz]e|decide|agree\\s+on)|looking\\s+forward|would\\s+be\\s+\\w+ing|committed\\s+to|"
                    + "agreed\\s+to\\s+(?:meet|hold|visit)|accept(?:ed|s|ing)?\\s+(?:an\\s+|the\\s+|\\p{L}+['’]s\\s+|his\\s+|her\\s+|"
                    + "their\\s+)?invitation)\\b", "accept", "will", "set to", "schedul", "slated", "expected",
                    "plan", "preparation", "prepar", "gear", "ready", "yet", " to ", "upcoming", "forthcoming", "due", "intend", "arranged",
                    "looking forward", "would be", "committed", "agreed"),
            rule(Status.HELD, "\\b(?:met|held|hosted|visited|travell?ed|spoke|spoken|talked|sat\\s+down|"
                    + "(?:had|have|has)\\s+(?:an?|their|its)\\b|communicated|took\\s+place|wrapped\\s+up|"
                    + "concluded|lasted|told|warned|warns|urged|pressed|assured|cautioned|(?:is|are|was|were)\\s+(?:now\\s+|currently\\s+|still\\s+)?(?:meeting|"
                    + "visiting|touring|hosting|holding\\s+talks)|(?:is|was|are|were)\\s+taking\\s+"
                    + "place|under\\s?way|(?:at|after)\\s+the\\s+(?:conclusion|end|close)\\s+of)\\b", "met", "held", "hosted",
                    "conclusion", "end", "close",
                    "visited", "travel", "spoke", "talked", "sat down", "had", "have", "has", "communicated",
                    "took place", "wrapped", "concluded", "lasted", "told", "warn", "urged", "pressed", "assured",
                    "cautioned", "taking place", "under", "meeting", "visiting", "touring", "hosting", "holding"));

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:did\\s+not|didn['’]t|has\\s+not|hasn['’]t|"
            + "have\\s+not|haven['’]t|had\\s+not|hadn['’]t|will\\s+not|won['’]t|would\\s+not|wouldn['’]t|never|"
            + "not)\\s+(?:\\w+\\s+)?(?:meet|met|visit|visited|travel|travelled|traveled|hold|held|talk|talked|speak|"
            + "spoken|spoke|call|called|host|hosted)\\b|\\bno\\s+(?:\\w+\\s+){0,3}?(?:meeting|meetings|talks|call|"
            + "visit|summit|trip|meet|travel)\\b");

    private record Rule(Status status, Keywords pattern) {
    }

    /**
     * "held preliminary discussions about sending Blinken", "had plans to visit": held or had whose object is
     * an intention (within this many characters) reports the intention.
     */
    private static final int GOVERNED_GAP = 30;
    /** Verbs that take an intention as their object; "warned Biden the US will …" reports the warning. */
    private static final Pattern LIGHT_VERB = Pattern.compile("(?i)held|had|has|have");

    /**
     * "The US will defend its interests, Defense Secretary Hegseth told Chinese counterpart Dong Jun during a
     * meeting": speech reported before its verb, where the verb is itself the exchange with the other side.
     * The telling is the clause's main verb; the modal words before it are what was said.
     */
    private static final Pattern FRONTED_TELLING = Pattern.compile("[,:]\\s*[\"”’']?\\s*(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){1,5}"
            + "(told|warned|assured|urged|pressed|cautioned)\\s+(?:his\\s+|her\\s+|their\\s+)?(?:Chinese\\s+|American\\s+|"
            + "US\\s+|U\\.S\\.\\s+)?(?:counterparts?\\b|(?!Reuters|CNN|CNBC|Congress|reporters|journalists|lawmakers|"
            + "the\\s)\\p{Lu})");

    /**
     * "Trump, who is set to take office in three days, held a call with Xi": a non-restrictive relative clause
     * (", who … ,", ", which … ,") set into the clause, its closing comma followed by more of the clause. Its
     * tense is its own, not the main verb's.
     */
    private static final Pattern INSERTED_RELATIVE = Pattern.compile("(?i),\\s*(?:who|which|whose)\\b[^,;:\"“”()]*,"
            + "(?=\\s*\\S)");
    /**
     * "Xi, the leader due to visit next month, met Biden": an apposition set off by commas after a name. Only one
     * without a finite verb of its own ("On Friday, the two leaders met, …" is a clause, not an apposition).
     */
    private static final Pattern APPOSITION = Pattern.compile("(?<=\\p{L}),\\s*(?:the|a|an)\\s+[^,;:\"“”()]*,"
            + "(?=\\s*\\S)");
    /**
     * "Although A held talks with his Lao counterpart, he sought to meet B": a fronted concessive clause is
     * not the main clause, whose verb gives the status (the clause falls back to it only when the rest has
     * no cue).
     */
    private static final Pattern CONCESSIVE = Pattern.compile("(?i)^[\\s\"“‘]*(?:although|though|even\\s+though|"
            + "while|whereas)\\b[^,;:\"“”()]*,(?=\\s*\\S)");
    private static final Pattern FINITE = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|had|will|would|did|met|"
            + "held|spoke|visited|hosted|talked)\\b");

    /**
     * "An official announced that a call between A and B would be arranged in spring", "the ministry said Wang
     * would visit Washington next week": in reported speech, "would" with an engagement verb is the future of
     * the announcement, a plan (outside reported speech it stays a proposal: "a call would be arranged once …").
     */
    private static final Pattern FUTURE_IN_THE_PAST = Pattern.compile("(?i)would\\s+(?:also\\s+|soon\\s+|then\\s+)?"
            + "(?:be\\s+(?:arranged|held|scheduled|organi[sz]ed|set\\s+up|hosted|convened|staged)|meet|visit|travel|hold|"
            + "host|speak|talk|call|attend|go|come|receive)\\b");
    /** The "would" the proposed rule reads. */
    private static final Pattern MODAL_WOULD = Pattern.compile("(?i)\\bwould\\b(?!\\s+be\\s+\\w+ing)");

    private StatusCues() {
    }

    private static Rule rule(Status status, String regex, String... keywords) {
        return new Rule(status, Keywords.of("(?i)" + regex, keywords));
    }

    /**
     * The status a clause's words give; empty when it has no cue. A refusal (cancelled, postponed, declined)
     * wins wherever it stands: "the planned call was cancelled". Otherwise the clause's main verb decides,
     * and it comes first: "has warned Biden in a call that lasted two hours, as Pelosi's potential trip …"
     * is held, and "have wrapped up their summit, with the outcome better than expected" too; the later
     * modal words qualify something else; but a held verb whose object is an intention ("held discussions
     * about sending Blinken") gives the intention. Ties go to the more final status.
     */
    static Optional<Finding> find(String clause) {
        return find(clause, false);
    }

    /**
     * The status of a clause that is what a reporting verb said ({@code reported}: "announced that …", "said
     * …"), where "would" with an engagement verb is a plan; otherwise as {@link #find(String)}.
     */
    static Optional<Finding> find(String clause, boolean reported) {
        Optional<Finding> found = findIgnoringReport(clause);
        if (!reported || found.isEmpty() || found.get().status() != Status.PROPOSED
                || !found.get().words().equalsIgnoreCase("would")) {
            return found;
        }
        String main = withoutInsertions(clause);
        String text = MODAL_WOULD.matcher(main).find() ? main : clause;
        Matcher first = MODAL_WOULD.matcher(text);
        if (!first.find()) {
            return found;
        }
        Matcher would = FUTURE_IN_THE_PAST.matcher(text).region(first.start(), text.length());
        return would.lookingAt() ? Optional.of(new Finding(Status.PLANNED, would.group())) : found;
    }

    private static Optional<Finding> findIgnoringReport(String clause) {
        Matcher telling = FRONTED_TELLING.matcher(clause);
        if (telling.find() && telling.start() > 0) {
            Optional<Finding> refusal = findIn(clause.substring(0, telling.start())).filter(
                    f -> StatusClass.of(f.status()) == StatusClass.REFUSED);
            return refusal.or(() -> Optional.of(new Finding(Status.HELD, telling.group(1))));
        }
        String main = withoutInsertions(clause);
        return main.equals(clause) ? findIn(clause) : findIn(main).or(() -> findIn(clause));
    }

    /**
     * The clause with its inserted relative clauses and appositions blanked (offsets kept), so that their tense
     * cues do not stand for the main verb's. When the rest has no cue at all, the caller falls back to the whole
     * clause: "Blinken, who will visit Beijing next week, is the first …" is the relative clause's engagement.
     */
    static String withoutInsertions(String clause) {
        StringBuilder masked = new StringBuilder(clause);
        Matcher concessive = CONCESSIVE.matcher(clause);
        if (concessive.find()) {
            blank(masked, concessive.start(), concessive.end());
        }
        Matcher relative = INSERTED_RELATIVE.matcher(clause);
        while (relative.find()) {
            blank(masked, relative.start(), relative.end());
        }
        Matcher apposition = APPOSITION.matcher(clause);
        while (apposition.find()) {
            if (!FINITE.matcher(apposition.group()).find()) {
                blank(masked, apposition.start(), apposition.end());
            }
        }
        return masked.toString();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /**
     * "held a call at the request of Mnuchin", "visited Beijing at the invitation of Wang Yi", "met him at
     * Washington's request", "took a phone call from him \"upon invitation\"": who asked for an engagement is
     * no status of it; the clause's verb tells that.
     */
    private static final Pattern AT_THE_REQUEST = Pattern.compile("(?i)\\b(?:at|on|upon|by)\\s+(?:the\\s+)?"
            + "(?:request|invitation|behest)(?:\\s+of\\b|(?=[\\s\"”’,.;]|$))|\\bat\\s+(?:[\\p{L}.]+\\s+){0,3}?\\p{L}+['’]s\\s+"
            + "(?:request|invitation|behest)\\b|\\bat\\s+(?:his|her|their|its|our)\\s+(?:request|invitation|behest)\\b");

    private static Optional<Finding> findIn(String original) {
        StringBuilder masked = new StringBuilder(original);
        Matcher asked = AT_THE_REQUEST.matcher(original);
        while (asked.find()) {
            blank(masked, asked.start(), asked.end());
        }
        String clause = masked.toString();
        String lowerCase = clause.toLowerCase(java.util.Locale.ROOT);
        List<Placed> found = new java.util.ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(clause, lowerCase);
            if (!m.find()) {
                continue;
            }
            Finding finding = new Finding(rule.status(), m.group());
            if (StatusClass.of(rule.status()) == StatusClass.REFUSED) {
                return Optional.of(finding);
            }
            found.add(new Placed(finding, m.start(), m.end()));
        }
        found.sort(java.util.Comparator.comparingInt(Placed::start));
        if (found.size() > 1 && LIGHT_VERB.matcher(found.get(0).finding().words()).lookingAt()
                && found.get(1).start() - found.get(0).end() <= GOVERNED_GAP) {
            return Optional.of(found.get(1).finding());
        }
        return found.stream().findFirst().map(Placed::finding);
    }

    /** A finding and where it stands in the clause. */
    private record Placed(Finding finding, int start, int end) {
    }

    /**
     * The words denying an engagement ("did not meet", "no meeting"), if the clause has them; outside its
     * inserted relative clauses when the rest has a status cue ("Blinken, who has never met Wang, will travel …").
     */
    static Optional<String> negation(String clause) {
        String main = withoutInsertions(clause);
        Matcher m = NEGATION.matcher(findIn(main).isPresent() ? main : clause);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Whether a status points back in time (held, declined) or forward (planned, proposed). */
    static Tense tense(Status status) {
        return switch (status) {
            case HELD, DECLINED -> Tense.PAST;
            case PLANNED, PROPOSED, REQUESTED -> Tense.FUTURE;
            case POSTPONED, CANCELLED -> Tense.UNKNOWN;
        };
    }
}
