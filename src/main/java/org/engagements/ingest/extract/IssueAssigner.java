package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each candidate the issues of its sentence's paragraph. A paragraph that opens by referring back
 * to an engagement ("The talks covered Hong Kong …", "The two leaders discussed Taiwan …") lends its
 * issues to the paragraph before it. An issue word that names an official's brief ("climate envoy John
 * Kerry") goes only to candidates with the official nearest to it.
 */
final class IssueAssigner {
    /** An issue of a paragraph: its id, its words, and the official whose brief it is (empty for all). */
    private record Topic(String issueId, String words, Optional<String> official) {
    }

    /** How far after an office word its holder's name may start ("climate envoy John F. Kerry"). */
    private static final int OFFICE_REACH = 30;

    private static final java.util.regex.Pattern CONTINUES = java.util.regex.Pattern.compile("^[\"“‘]?(?:The|These|"
            + "Those|Their)\\s+(?:talks|meeting|meetings|call|visit|trip|conversations?|discussions?|exchanges?|two\\s+"
            + "(?:leaders|sides|diplomats|officials|men|women|presidents|ministers))\\b");

    private final IssueFinder finder;

    IssueAssigner(IssueFinder finder) {
        this.finder = finder;
    }

    List<Candidate> assign(List<Candidate> candidates, List<SentenceFacts> sentences) {
        Map<Integer, List<Topic>> byParagraph = new LinkedHashMap<>();
        for (SentenceFacts facts : sentences) {
            List<Topic> topics = byParagraph.computeIfAbsent(facts.sentence().paragraph(), p -> new ArrayList<>());
            for (IssueFinder.Found found : finder.find(facts.text())) {
                String words = facts.text().substring(found.start(), found.end());
                topics.add(new Topic(found.issueId(), words,
                        found.office() ? nearestOfficial(facts, found) : Optional.empty()));
            }
        }
        lend(byParagraph, sentences);
        return candidates.stream().map(c -> withIssues(c, byParagraph.getOrDefault(paragraph(c), List.of())))
                .toList();
    }

    /** Paragraphs opening with "The talks …" add their issues to the paragraph before. */
    private static void lend(Map<Integer, List<Topic>> byParagraph, List<SentenceFacts> sentences) {
        int previousParagraph = -1;
        for (SentenceFacts facts : sentences) {
            int paragraph = facts.sentence().paragraph();
            if (paragraph != previousParagraph && previousParagraph >= 0
                    && CONTINUES.matcher(facts.text()).find()) {
                List<Topic> lent = byParagraph.getOrDefault(paragraph, List.of());
                byParagraph.computeIfAbsent(previousParagraph, p -> new ArrayList<>()).addAll(lent);
            }
            previousParagraph = paragraph;
        }
    }

    private Candidate withIssues(Candidate candidate, List<Topic> topics) {
        List<String> ids = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Topic topic : topics) {
            boolean applies = topic.official().map(id -> candidate.us().contains(id) || candidate.cn().contains(id))
                    .orElse(true);
            if (applies) {
                ids.add(topic.issueId());
                words.add(topic.words());
            }
        }
        List<String> specific = finder.mostSpecific(ids);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (specific.contains(ids.get(i)) && !kept.contains(words.get(i))) {
                kept.add(words.get(i));
            }
        }
        return candidate.withIssues(specific, String.join("; ", kept));
    }

    /** The official an office belongs to: named right after it ("climate envoy John Kerry"), else before it. */
    private static Optional<String> nearestOfficial(SentenceFacts facts, IssueFinder.Found found) {
        Optional<PersonMention> after = facts.people().stream().filter(PersonMention::named)
                .filter(p -> p.start() >= found.end() && p.start() - found.end() <= OFFICE_REACH).findFirst();
        return after.or(() -> facts.people().stream().filter(p -> p.named() && p.end() <= found.start())
                .max(Comparator.comparingInt(PersonMention::end))).map(PersonMention::id);
    }

    private static int paragraph(Candidate candidate) {
        return candidate.evidence().get(0).sentence().paragraph();
    }
}
