package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagements.data.Mode;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergerTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 5);

    private static Merger.View view(String us, String cn, Status status, Mode mode, String venue, int fromDay,
                                    int toDay) {
        return new Merger.View(ids(us), ids(cn), Optional.ofNullable(status), Optional.ofNullable(mode),
                Optional.ofNullable(venue), Optional.empty(), DAY.plusDays(fromDay), DAY.plusDays(toDay));
    }

    private static List<String> ids(String ids) {
        return ids.isEmpty() ? List.of() : List.of(ids.split(";"));
    }

    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}: {4}")
    @CsvSource({
        "blinken, wang-yi, blinken, wang-yi,  true",
        "blinken, wang-yi, blinken, '',       true",
        "blinken, '',      '',      wang-yi,  false",
        "blinken, wang-yi, sullivan, wang-yi, false",
        "blinken;sullivan, wang-yi, sullivan, wang-yi, true"
    })
    void participantsMustShareAPersonOnEachSideOrOnOneWhenTheOtherIsUnnamed(String usA, String cnA, String usB,
                                                                             String cnB, boolean overlap) {
        assertEquals(overlap, Merger.participantsOverlap(ids(usA), ids(cnA), ids(usB), ids(cnB)));
    }

    @Test
    void aPlannedAndAHeldReportMatchAcrossArticlesButNotWithinOne() {
        Merger.View planned = view("blinken", "wang-yi", Status.PLANNED, Mode.VISIT, "beijing", 0, 6);
        Merger.View held = view("blinken", "wang-yi", Status.HELD, Mode.VISIT, "beijing", 2, 2);
        assertEquals(List.of(true, false), List.of(Merger.matches(planned, held, false),
                Merger.matches(planned, held, true)));
    }

    @Test
    void aDeclinedInvitationIsNeverTheMeetingItself() {
        Merger.View declined = view("blinken", "yang-jiechi", Status.DECLINED, Mode.VISIT, null, 0, 6);
        Merger.View held = view("blinken", "yang-jiechi", Status.HELD, Mode.VISIT, null, 0, 6);
        assertEquals(false, Merger.matches(declined, held, false));
    }

    @Test
    void aCallIsNotAVisitButAVisitMayBeASummitsSidelineMeeting() {
        Merger.View call = view("biden", "xi-jinping", Status.HELD, Mode.PHONE, null, 0, 6);
        Merger.View visit = view("biden", "xi-jinping", Status.HELD, Mode.VISIT, "san-francisco", 0, 6);
        Merger.View summit = view("biden", "xi-jinping", Status.HELD, Mode.MULTILATERAL, "san-francisco", 0, 6);
        assertEquals(List.of(false, true), List.of(Merger.matches(call, visit, false),
                Merger.matches(visit, summit, false)));
    }

    @Test
    void differentVenuesOrDatesThatDoNotOverlapAreDifferentEngagements() {
        Merger.View beijing = view("blinken", "wang-yi", Status.HELD, Mode.VISIT, "beijing", 0, 0);
        Merger.View shanghai = view("blinken", "wang-yi", Status.HELD, Mode.VISIT, "shanghai", 0, 0);
        Merger.View later = view("blinken", "wang-yi", Status.HELD, Mode.VISIT, "beijing", 30, 30);
        Merger.View somewhere = view("blinken", "wang-yi", Status.HELD, null, null, -3, 3);
        assertEquals(List.of(false, false, true), List.of(Merger.matches(beijing, shanghai, false),
                Merger.matches(beijing, later, false), Merger.matches(beijing, somewhere, false)));
    }

    @Test
    void aPlannedCallIsNotAVideoSummitInItsWindow() {
        Merger.View call = view("biden", "xi-jinping", Status.PLANNED, Mode.PHONE, null, 0, 180);
        Merger.View summit = view("biden", "xi-jinping", Status.PLANNED, Mode.VIDEO, null, 150, 151);
        assertEquals(false, Merger.matches(call, summit, false));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "G20 summit, Asia-Pacific Economic Cooperation forum, false",
        "G20 summit, G-20 leaders' summit, true",
        "G20 summit, '', true",
        "ASEAN summit, East Asia Summit, true",
        "Follow-on to the Anchorage talks, APEC summit, true"
    })
    void meetingsAtDifferentGatheringsAreDifferentEngagements(String a, String b, boolean same) {
        Merger.View first = view("biden", "xi-jinping", Status.PROPOSED, Mode.MULTILATERAL, null, 0, 29);
        Merger.View second = view("biden", "xi-jinping", Status.HELD, Mode.MULTILATERAL, null, 10, 10);
        assertEquals(same, Merger.matches(withOccasion(first, a), withOccasion(second, b), false));
    }

    private static Merger.View withOccasion(Merger.View v, String occasion) {
        return new Merger.View(v.us(), v.cn(), v.status(), v.mode(), v.venue(), v.country(), v.start(), v.end(),
                occasion);
    }
}
