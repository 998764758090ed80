package org.engagements.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagements.data.DatePrecision;
import org.engagements.data.Mode;
import org.engagements.data.Side;
import org.engagements.data.Status;
import org.engagements.ingest.extract.Evidence.Field;

/**
 * Negotiators' trips. Trade articles often tell one side's trip without naming whom they met ("Negotiators A
 * and B spent two days in the eastern port city") and name the other side's lead elsewhere ("C led the Chinese
 * team", "C, who leads China's side"). The trip is a held visit of the travellers with that lead, over the days
 * it counts (ending on the publication day, or on the sentence's own day); "the … city" is the last city the
 * article named. "The talks will resume in Washington in September" is then a planned visit of the same
 * principals, there and then. Without a lead of the other side named anywhere in the article, nothing: a trip
 * of one side alone is no engagement.
 */
final class Negotiations {
    /** Right after a named official: "led the Chinese team", ", who leads China's side". */
    private static final Pattern LEADS = Pattern.compile("(?i)^\\s*,?\\s*(?:who\\s+)?(?:led|leads|heads|headed|"
            + "(?:is|was)\\s+leading)\\s+(?:the\\s+)?(Chinese|China's|Beijing's|U\\.S\\.|US|American|Washington's)\\s+"
            + "(?:trade\\s+)?(?:team|side|delegation|negotiators|negotiating\\s+team)\\b");
    /** "spent two days in Shanghai", "spent three days in the eastern port city". */
    private static final Pattern STAY = Pattern.compile("(?i)\\b(?:spent|have\\s+spent|had\\s+spent)\\s+"
            + "(two|three|four|five|six|seven|[2-7])\\s+days\\s+in\\s+(the\\s+(?:[\\p{L}-]+\\s+){0,3}(?:city|capital))?");
    /** "as he left his hotel to meet with", "left the embassy to meet". */
    private static final Pattern LEFT_TO_MEET = Pattern.compile("(?i)\\bleft\\s+(?:his|her|their|the)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:hotel|residence|embassy|office|lodgings|guesthouse)\\s+to\\s+meet\\b");
    /** "when they resume in Washington", "talks will resume in Beijing". */
    private static final Pattern RESUME = Pattern.compile("(?i)\\bresume[sd]?\\s+in\\s+");

    private Negotiations() {
    }

    /** The candidates, with the negotiators' trips and resumptions the other sentences left out. */
    static List<Candidate> apply(List<Candidate> candidates, List<SentenceFacts> analysed, LocalDate published) {
        Map<Side, String> leads = leads(analysed);
        if (leads.isEmpty()) {
            return candidates;
        }
        Set<Integer> used = candidates.stream().flatMap(c -> c.evidence().stream())
                .map(e -> e.sentence().index()).collect(Collectors.toSet());
        List<Candidate> result = new ArrayList<>(candidates);
        Optional<Candidate> trip = Optional.empty();
        for (int i = 0; i < analysed.size() && trip.isEmpty(); i++) {
            if (!used.contains(analysed.get(i).sentence().index())) {
                trip = trip(analysed.get(i), analysed.subList(0, i), leads, published);
            }
        }
        if (trip.isEmpty()) {
            return candidates;
        }
        result.add(trip.get());
        for (SentenceFacts facts : analysed) {
            if (!used.contains(facts.sentence().index())) {
                resumption(facts, trip.get(), published).ifPresent(result::add);
            }
        }
        return result;
    }

    /**
     * "Mnuchin said as he left his hotel to meet with Vice Premier Liu He, who is due to visit Washington next
     * week": leaving somewhere to meet someone is that meeting under way on the day it is told, whatever the
     * relative clause after the counterpart plans. The sentence's engagement of those people (the plan the
     * relative clause gave it) is kept, and the meeting itself is added, held that day, in the city the article
     * named before, unless the article already reports it held.
     */
    static List<Candidate> departures(List<Candidate> candidates, List<SentenceFacts> analysed, LocalDate published) {
        List<Candidate> result = new ArrayList<>(candidates);
        for (int i = 0; i < analysed.size(); i++) {
            SentenceFacts facts = analysed.get(i);
            int at = i;
            Matcher m = LEFT_TO_MEET.matcher(facts.text());
            if (!m.find()) {
                continue;
            }
            int index = facts.sentence().index();
            Optional<Candidate> told = candidates.stream().filter(c -> !c.us().isEmpty() && !c.cn().isEmpty())
                    .filter(c -> c.status() != Status.HELD && !c.background())
                    .filter(c -> c.evidence().get(0).sentence().index() == index).findFirst();
            if (told.isEmpty() || candidates.stream().anyMatch(c -> c.status() == Status.HELD
                    && c.us().equals(told.get().us()) && c.cn().equals(told.get().cn()))) {
                continue;
            }
            Optional<PlaceMention> place = facts.places().stream().filter(p -> p.start() < m.start())
                    .filter(p -> p.place().isPresent()).findFirst().or(() -> lastCity(analysed.subList(0, at)));
            LocalDate day = facts.times().stream().map(TemporalResolver.Found::expression)
                    .filter(t -> t.resolved() && t.precision() == DatePrecision.DAY && t.days() == 1
                            && !t.end().isAfter(published))
                    .filter(t -> facts.text().indexOf(t.text()) < m.start())
                    .map(TemporalExpression::end).findFirst().orElse(published);
            Evidence evidence = told.get().evidence().get(0).with(Field.STATUS, m.group())
                    .with(Field.NOTE, "leaving to meet: the meeting under way on the day it is told");
            Map<Field, String> words = new EnumMap<>(Field.class);
            words.putAll(evidence.words());
            words.remove(Field.DATE);
            words.remove(Field.VENUE);
            words.put(Field.CUE, m.group());
            place.ifPresent(p -> words.put(Field.VENUE, p.words()));
            result.add(new Candidate(told.get().us(), told.get().cn(), Optional.of(Status.HELD),
                    place.map(Negotiations::mode), false, place.flatMap(PlaceMention::place)
                    .map(org.engagements.data.Place::id), place.map(PlaceMention::country), "",
                    Optional.of(new TemporalExpression("", day, day, DatePrecision.DAY, true,
                            "leaving to meet: the day it is told, " + day)), published, told.get().issues(),
                    List.of(new Evidence(facts.sentence(), words))));
        }
        return result;
    }

    /** Each side's official the article names as leading its team. */
    private static Map<Side, String> leads(List<SentenceFacts> analysed) {
        Map<Side, String> leads = new EnumMap<>(Side.class);
        for (SentenceFacts facts : analysed) {
            for (PersonMention p : facts.people()) {
                if (!p.named() || p.source() != PersonMention.Source.NAME) {
                    continue;
                }
                Matcher m = LEADS.matcher(facts.text().substring(p.end()));
                if (m.find()) {
                    String word = m.group(1).toLowerCase(Locale.ROOT);
                    Side side = word.startsWith("chin") || word.startsWith("beijing") ? Side.CN : Side.US;
                    if (side == p.side()) {
                        leads.putIfAbsent(side, p.id());
                    }
                }
            }
        }
        return leads;
    }

    private static Optional<Candidate> trip(SentenceFacts facts, List<SentenceFacts> before, Map<Side, String> leads,
                                            LocalDate published) {
        Matcher m = STAY.matcher(facts.text());
        if (!m.find()) {
            return Optional.empty();
        }
        List<PersonMention> travellers = facts.people().stream().filter(PersonMention::direct)
                .filter(p -> p.end() <= m.start()).toList();
        Set<Side> sides = travellers.stream().map(PersonMention::side).collect(Collectors.toSet());
        if (sides.size() != 1) {
            return Optional.empty();
        }
        Side side = sides.iterator().next();
        Side other = side == Side.US ? Side.CN : Side.US;
        if (!leads.containsKey(other)) {
            return Optional.empty();
        }
        Optional<PlaceMention> place = m.group(2) != null ? lastCity(before)
                : facts.places().stream().filter(p -> p.start() == m.end() && p.place().isPresent()).findFirst();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        int days = Trips.days(m.group(1));
        LocalDate end = facts.times().stream().map(TemporalResolver.Found::expression)
                .filter(t -> t.resolved() && t.precision() == DatePrecision.DAY && !t.end().isAfter(published))
                .map(TemporalExpression::end).findFirst().orElse(published);
        TemporalExpression span = Trips.span(m.group(), days, end);
        List<String> own = travellers.stream().filter(PersonMention::named).map(PersonMention::id).toList();
        List<String> us = side == Side.US ? own : List.of(leads.get(Side.US));
        List<String> cn = side == Side.CN ? own : List.of(leads.get(Side.CN));
        Evidence evidence = new Evidence(facts.sentence(), Map.of())
                .with(Field.PARTICIPANTS, travellers.stream().map(PersonMention::words).collect(Collectors.joining("; ")))
                .with(side == Side.US ? Field.US_OUTSIDERS : Field.CN_OUTSIDERS, outsiders(travellers))
                .with(Field.CUE, m.group().strip())
                .with(Field.STATUS, "spent")
                .with(Field.DATE, m.group().strip())
                .with(Field.VENUE, place.get().words())
                .with(Field.NOTE, "the other side: " + leads.get(other) + ", named by the article as leading its team");
        return Optional.of(new Candidate(us, cn, Optional.of(Status.HELD), Optional.of(mode(place.get())), false,
                place.get().place().map(org.engagements.data.Place::id), Optional.of(place.get().country()), "",
                Optional.of(span), published, List.of(), List.of(evidence)));
    }

    /** "When they resume in Washington" with a date to come in the sentence: the same principals, planned. */
    private static Optional<Candidate> resumption(SentenceFacts facts, Candidate trip, LocalDate published) {
        Matcher m = RESUME.matcher(facts.text());
        if (!m.find() || facts.people().stream().anyMatch(PersonMention::direct)) {
            return Optional.empty();
        }
        Optional<PlaceMention> place = facts.places().stream()
                .filter(p -> p.start() == m.end() && p.place().isPresent()).findFirst();
        Optional<TemporalResolver.Found> when = facts.times().stream()
                .filter(t -> t.resolve(published, Tense.FUTURE).filter(d -> d.after(published)).isPresent())
                .findFirst();
        if (place.isEmpty() || when.isEmpty()) {
            return Optional.empty();
        }
        TemporalExpression date = when.get().resolve(published, Tense.FUTURE).orElseThrow();
        Evidence evidence = new Evidence(facts.sentence(), Map.of())
                .with(Field.US_OUTSIDERS, String.join("; ", trip.outsiders(Side.US)))
                .with(Field.CN_OUTSIDERS, String.join("; ", trip.outsiders(Side.CN)))
                .with(Field.CUE, m.group().strip())
                .with(Field.STATUS, "resume")
                .with(Field.DATE, date.text())
                .with(Field.VENUE, place.get().words())
                .with(Field.NOTE, "the talks' resumption: the principals of the trip the article reports");
        return Optional.of(new Candidate(trip.us(), trip.cn(), Optional.of(Status.PLANNED),
                Optional.of(mode(place.get())), false, place.get().place().map(org.engagements.data.Place::id),
                Optional.of(place.get().country()), "", Optional.of(date), published, List.of(), List.of(evidence)));
    }

    private static Mode mode(PlaceMention place) {
        return place.country().equals("US") || place.country().equals("CN") ? Mode.VISIT : Mode.THIRD_PARTY;
    }

    /**
     * "The eastern port city": the last city of the vocabulary the article named before, leaving out where the
     * talks will resume ("talks in Shanghai …, when they resume in Washington" puts the trip in Shanghai).
     */
    private static Optional<PlaceMention> lastCity(List<SentenceFacts> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            SentenceFacts facts = before.get(i);
            List<PlaceMention> places = facts.places().stream().filter(p -> p.place().isPresent())
                    .filter(p -> !RESUME.matcher(facts.text().substring(0, p.start())).find()).toList();
            if (!places.isEmpty()) {
                return Optional.of(places.get(places.size() - 1));
            }
        }
        return Optional.empty();
    }

    private static String outsiders(List<PersonMention> people) {
        return people.stream().filter(p -> !p.named() && p.source() == PersonMention.Source.TITLE)
                .map(PersonMention::words).distinct().collect(Collectors.joining("; "));
    }
}
