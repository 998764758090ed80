package org.engagements.ingest.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.engagements.data.Engagement;
import org.engagements.ingest.evaluate.SetScore.Field;

/**
 * One field of a matched row compared with what the gold expects: the status; the dates, right when
 * they lie within the expected ones (give or take a day); the venue and mode, when the gold gives them;
 * each side's participants as a set, when the gold names someone on that side.
 */
record FieldCheck(Field field, boolean right, String found, String expected) {
    static List<FieldCheck> of(Engagement row, Expectation expected) {
        List<FieldCheck> checks = new ArrayList<>();
        checks.add(new FieldCheck(Field.STATUS, row.status() == expected.status(), row.status().code(),
                expected.status().code()));
        checks.add(new FieldCheck(Field.DATES, Alignment.within(row.dates(), expected.dates()), dates(row.dates()),
                dates(expected.dates())));
        expected.venue().ifPresent(venue -> checks.add(new FieldCheck(Field.VENUE, venue.equals(row.venue()),
                shown(row.venue()), Names.display(venue))));
        expected.mode().ifPresent(mode -> checks.add(new FieldCheck(Field.MODE, mode == row.mode(),
                row.mode().code(), mode.code())));
        if (!expected.us().isEmpty()) {
            checks.add(side(Field.US_PARTICIPANTS, row.participants().us(), expected.us()));
        }
        if (!expected.cn().isEmpty()) {
            checks.add(side(Field.CN_PARTICIPANTS, row.participants().cn(), expected.cn()));
        }
        return checks;
    }

    private static FieldCheck side(Field field, List<String> found, Set<String> expected) {
        Set<String> have = new TreeSet<>(found);
        Set<String> want = new TreeSet<>(expected);
        return new FieldCheck(field, have.equals(want), shown(String.join(";", have)),
                String.join(";", want.stream().map(Names::display).toList()));
    }

    private static String dates(Engagement.Dates dates) {
        return dates.start() + ".." + dates.end() + " (" + dates.precision().code() + ")";
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
