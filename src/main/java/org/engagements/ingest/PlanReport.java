package org.engagements.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.engagements.data.Article;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.Person;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.Descriptions;
import org.engagements.ingest.extract.NameSuggestion;

/**
 * Renders a plan for review: the new article row; each proposal with its id, what the review does with
 * it and why (its confidence, term by term), what it merges with and why; each new engagement with all
 * its fields; each updated engagement as {@code field: old → new} for the fields that change; the
 * mention each adds, with its supporting quote; then the unknown names. Pure functions.
 */
public final class PlanReport {
    private PlanReport() {
    }

    /** The review text when every quoted proposal is written ({@link Review#ALL}). */
    public static String render(IngestPlan plan, String folder) {
        return render(plan, folder, Review.ALL);
    }

    /** The review text; {@code folder} is the data folder's name as messages show it ({@code data}). */
    public static String render(IngestPlan plan, String folder, Review review) {
        StringBuilder text = new StringBuilder();
        ArticleInput input = plan.input();
        switch (plan.outcome()) {
            case DUPLICATE -> text.append(input.shownAs()).append(": already ingested as ")
                    .append(plan.duplicateOf().orElse("?")).append("; nothing to do\n");
            case NO_ENGAGEMENTS -> text.append(input.shownAs())
                    .append(": no engagements found; the article is not added\n");
            case HELD_BACK -> {
                text.append(input.shownAs()).append(": no proposal is written; the article is not added\n");
                proposals(plan, review, text);
            }
            case ADDED -> added(plan, folder, review, text);
        }
        newPeople(plan, text);
        suggestions(plan, text);
        return text.toString();
    }

    private static void added(IngestPlan plan, String folder, Review review, StringBuilder text) {
        Article a = plan.article().orElseThrow();
        long created = plan.changes().stream().filter(EngagementChange::isNew).count();
        long updated = plan.changes().size() - created;
        long held = plan.proposals().size() - plan.changes().size();
        text.append(plan.input().shownAs()).append(" → ").append(a.id()).append(" (").append(folder)
                .append("/articles/").append(a.file()).append("): ").append(created).append(" new, ")
                .append(updated).append(" updated engagement").append(updated == 1 ? "" : "s")
                .append(held == 0 ? "" : "; " + held + " held back").append('\n');
        text.append("  new article ").append(a.id()).append(": outlet ").append(quote(a.outlet()))
                .append(", published ").append(a.published()).append(", title ").append(quote(a.title()))
                .append(a.url().isEmpty() ? "" : ", url " + a.url()).append('\n');
        proposals(plan, review, text);
    }

    private static void proposals(IngestPlan plan, Review review, StringBuilder text) {
        Map<String, String> createdBy = new HashMap<>();
        for (Proposal proposal : plan.proposals()) {
            proposal(proposal, review, createdBy, text);
            if (proposal.change().isNew()) {
                createdBy.put(proposal.change().after().id(), proposal.id());
            }
        }
    }

    private static void proposal(Proposal proposal, Review review, Map<String, String> createdBy,
                                 StringBuilder text) {
        EngagementChange change = proposal.change();
        Engagement after = change.after();
        text.append("  ").append(proposal.id()).append(change.isNew() ? " new engagement " : " update ")
                .append(after.id()).append(": ").append(after.title()).append('\n');
        text.append("      review: ").append(decision(proposal, review)).append('\n');
        text.append("      confidence ").append(proposal.confidence().text()).append(" = ")
                .append(proposal.confidence().reason()).append('\n');
        if (change.isNew()) {
            fields(after).forEach(line -> text.append("      ").append(line).append('\n'));
        } else {
            text.append("      ").append(MergeReason.of(change, createdBy)).append('\n');
            List<String> diff = diff(change.before().orElseThrow(), after);
            if (diff.isEmpty()) {
                text.append("      (no field changes)\n");
            }
            diff.forEach(line -> text.append("      ").append(line).append('\n'));
        }
        change.mention().ifPresentOrElse(m -> mention(m, text),
                () -> text.append("      (already mentioned by this article)\n"));
        text.append("      quote: “").append(change.candidate().quote()).append("”\n");
        evidence(change.candidate(), text);
    }

    /** What the review does with a proposal, and why. */
    static String decision(Proposal proposal, Review review) {
        String confidence = proposal.confidence().text();
        return switch (proposal.decision()) {
            case ABOVE_THRESHOLD -> "write (confidence " + confidence + " ≥ " + review.thresholdText() + ")";
            case ACCEPTED -> "write (--accept " + proposal.id() + ")";
            case BELOW_THRESHOLD -> "hold back (confidence " + confidence + " < " + review.thresholdText()
                    + "; --accept " + proposal.id() + " writes it)";
            case REJECTED -> "hold back (--reject " + proposal.id() + ")";
            case NO_QUOTE -> "refused: no evidence sentence, and nothing is written without its quote";
        };
    }

    private static List<String> fields(Engagement e) {
        List<String> lines = new ArrayList<>();
        lines.add("date: " + dates(e) + "   status: " + e.status().code() + "   mode: " + e.mode().code()
                + "   host_side: " + e.hostSide().code() + "   level: " + e.level().code());
        lines.add("us_participants: " + ids(e.participants().us()) + "   cn_participants: "
                + ids(e.participants().cn()) + "   venue: " + orDash(e.venue()) + "   occasion: "
                + orDash(e.occasion()));
        lines.add("issues: " + ids(e.issues()));
        lines.add("notes: " + e.notes());
        return lines;
    }

    private static List<String> diff(Engagement before, Engagement after) {
        List<String> lines = new ArrayList<>();
        compare("date", before, after, PlanReport::dates, lines);
        compare("status", before, after, e -> e.status().code(), lines);
        compare("mode", before, after, e -> e.mode().code(), lines);
        compare("host_side", before, after, e -> e.hostSide().code(), lines);
        compare("level", before, after, e -> e.level().code(), lines);
        compare("us_participants", before, after, e -> ids(e.participants().us()), lines);
        compare("cn_participants", before, after, e -> ids(e.participants().cn()), lines);
        compare("venue", before, after, e -> orDash(e.venue()), lines);
        compare("occasion", before, after, e -> orDash(e.occasion()), lines);
        compare("issues", before, after, e -> ids(e.issues()), lines);
        return lines;
    }

    private static void compare(String field, Engagement before, Engagement after, Function<Engagement, String> value,
                                List<String> lines) {
        String old = value.apply(before);
        String now = value.apply(after);
        if (!old.equals(now)) {
            lines.add(field + ": " + old + " → " + now);
        }
    }

    private static void mention(Mention m, StringBuilder text) {
        text.append("      new mention: ").append(m.articleId()).append(" reports it ")
                .append(m.reportedStatus().code())
                .append(m.dateExpression().isEmpty() ? "" : ", date " + quote(m.dateExpression())).append('\n');
    }

    private static void evidence(Candidate candidate, StringBuilder text) {
        candidate.evidence().get(0).words().forEach((field, words) -> text.append("      evidence ")
                .append(field.name().toLowerCase(java.util.Locale.ROOT)).append(": ").append(words).append('\n'));
    }

    /** Officials the written rows name who were not in the vocabulary: entries to check. */
    private static void newPeople(IngestPlan plan, StringBuilder text) {
        if (plan.newPeople().isEmpty()) {
            return;
        }
        text.append("  new people in vocab/people.json (named with side and office by the article; check them):\n");
        for (Person p : plan.newPeople()) {
            text.append("      ").append(p.id()).append(": ").append(p.name()).append(", ").append(p.country())
                    .append(", ").append(p.level().name().toLowerCase(java.util.Locale.ROOT))
                    .append(p.titles().isEmpty() ? "" : ", " + quote(p.titles().get(0).title()))
                    .append(p.aliases().isEmpty() ? "" : ", alias " + quote(p.aliases().get(0))).append('\n');
        }
    }

    private static void suggestions(IngestPlan plan, StringBuilder text) {
        suggestions(plan, NameSuggestion.Kind.PERSON,
                "unknown names (add them with `engagements vocab add person` if they are officials)", text);
        suggestions(plan, NameSuggestion.Kind.PLACE,
                "unknown places (add them with `engagements vocab add place` if they are venues)", text);
    }

    private static void suggestions(IngestPlan plan, NameSuggestion.Kind kind, String heading, StringBuilder text) {
        List<NameSuggestion> of = plan.suggestions().stream().filter(s -> s.kind() == kind).toList();
        if (!of.isEmpty()) {
            text.append("  ").append(heading).append(":\n");
        }
        for (NameSuggestion s : of) {
            text.append("      ").append(s.name()).append(" (").append(s.context()).append("): “")
                    .append(Descriptions.cut(s.quote())).append("”\n");
        }
    }

    private static String dates(Engagement e) {
        Engagement.Dates d = e.dates();
        return (d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end()) + " ("
                + d.precision().code() + ")";
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "-" : String.join(";", ids);
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "-" : value;
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

}
