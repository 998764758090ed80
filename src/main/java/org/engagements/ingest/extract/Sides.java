package org.engagements.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Person;
import org.engagements.data.Side;

/**
 * The participants of a clause: named person ids of each side, and whether each side is present at all
 * (an unnamed counterpart makes a side present without a name).
 */
record Sides(List<String> us, List<String> cn, boolean usPresent, boolean cnPresent, boolean outsidersNamed) {
    Sides {
        us = List.copyOf(new LinkedHashSet<>(us));
        cn = List.copyOf(new LinkedHashSet<>(cn));
    }

    /** From the clause's mentions, plus the participants of an earlier engagement ("their meeting"). */
    static Sides of(List<PersonMention> mentions, Optional<Candidate> inherited) {
        List<String> us = new ArrayList<>();
        List<String> cn = new ArrayList<>();
        boolean usPresent = false;
        boolean cnPresent = false;
        boolean usNamedOutsider = false;
        boolean cnNamedOutsider = false;
        for (PersonMention mention : mentions) {
            mention.person().map(Person::id).ifPresent(id -> (mention.side() == Side.US ? us : cn).add(id));
            usPresent |= mention.side() == Side.US;
            cnPresent |= mention.side() == Side.CN;
            usNamedOutsider |= mention.side() == Side.US && Outsiders.carriesName(mention);
            cnNamedOutsider |= mention.side() == Side.CN && Outsiders.carriesName(mention);
        }
        if (inherited.isPresent()) {
            us.addAll(inherited.get().us());
            cn.addAll(inherited.get().cn());
        }
        return new Sides(us, cn, usPresent || !us.isEmpty(), cnPresent || !cn.isEmpty(),
                usNamedOutsider && cnNamedOutsider);
    }

    boolean oneSideOnly() {
        return usPresent != cnPresent;
    }

    /** Fills the missing side with the first official of that side the sentence names directly. */
    Sides filledFrom(List<PersonMention> sentence) {
        Side missing = usPresent ? Side.CN : Side.US;
        Optional<PersonMention> first = sentence.stream().filter(m -> m.direct() && m.side() == missing
                && m.named()).findFirst();
        if (first.isEmpty()) {
            return this;
        }
        String id = first.get().id();
        return missing == Side.US ? new Sides(List.of(id), cn, true, cnPresent, outsidersNamed)
                : new Sides(us, List.of(id), usPresent, true, outsidersNamed);
    }

    /**
     * Both sides present with at least one name (a vocabulary id, or on each side an official outside the
     * vocabulary given by name and office), or named officials going to the other side's country.
     */
    boolean qualifies(EventBuilder.Whereabouts where) {
        boolean named = !us.isEmpty() || !cn.isEmpty() || outsidersNamed;
        return (usPresent && cnPresent && named) || where.abroadFor(this);
    }
}
