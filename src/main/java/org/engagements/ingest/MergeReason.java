package org.engagements.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagements.data.Engagement;
import org.engagements.ingest.extract.Candidate;
import org.engagements.ingest.extract.TemporalExpression;

/**
 * Why a proposal updates an engagement rather than adding one, in the terms of the merge rules
 * ({@link org.engagements.ingest.extract.Merger}): the participants in common, how the modes agree,
 * and how the date windows meet. Pure functions.
 */
final class MergeReason {
    private MergeReason() {
    }

    /**
     * {@code merges with e011: same people sherman, wang-yi; mode visit, not stated in the article; dates
     * 2021-07-26 (article) and 2021-07-25..2021-07-26 (e011) overlap}. {@code createdBy} names the proposal that created an
     * engagement earlier in the same run.
     */
    static String of(EngagementChange change, Map<String, String> createdBy) {
        Engagement before = change.before().orElseThrow();
        Candidate candidate = change.candidate();
        String target = createdBy.containsKey(before.id())
                ? before.id() + " (new row of " + createdBy.get(before.id()) + ")" : before.id();
        return "merges with " + target + ": " + people(before, candidate) + "; " + mode(before, candidate) + "; "
                + dates(before, candidate);
    }

    private static String people(Engagement before, Candidate candidate) {
        List<String> shared = new ArrayList<>();
        candidate.us().stream().filter(before.participants().us()::contains).forEach(shared::add);
        candidate.cn().stream().filter(before.participants().cn()::contains).forEach(shared::add);
        boolean oneSideUnnamed = candidate.us().isEmpty() || candidate.cn().isEmpty()
                || before.participants().us().isEmpty() || before.participants().cn().isEmpty();
        return (shared.isEmpty() ? "no named person in common" : "same people " + String.join(", ", shared))
                + (oneSideUnnamed ? " (one side unnamed)" : "");
    }

    private static String mode(Engagement before, Candidate candidate) {
        String row = before.mode().code();
        return candidate.mode().map(m -> m == before.mode() ? "same mode " + row
                : "both in person (" + row + ", article: " + m.code() + ")")
                .orElse("mode " + row + ", not stated in the article");
    }

    private static String dates(Engagement before, Candidate candidate) {
        TemporalExpression dates = candidate.dates();
        Engagement.Dates row = before.dates();
        boolean overlap = dates.overlaps(row.start(), row.end());
        return "dates " + range(dates.start(), dates.end()) + " (article) and " + range(row.start(), row.end())
                + " (" + before.id() + ")" + (overlap ? " overlap" : " meet within a plan's slip");
    }

    private static String range(java.time.LocalDate start, java.time.LocalDate end) {
        return start.equals(end) ? start.toString() : start + ".." + end;
    }
}
