package org.engagements.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.engagements.ingest.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One-sentence articles, published Monday 2023-06-05, one per status cue. "none" means the sentence
 * denies the engagement and nothing is extracted.
 */
class ExtractorStatusTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 5);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Blinken met Wang Yi in Beijing on Monday.                                      | held",
        "Biden and Xi held a video call earlier this year.                              | held",
        "Blinken will meet Wang Yi in Beijing next week.                                | planned",
        "Blinken is set to meet Wang Yi in Beijing on Monday.                           | planned",
        "A meeting between Blinken and Wang Yi is scheduled for next month.             | planned",
        "Blinken is slated to visit Beijing in July.                                    | planned",
        "Blinken is expected to hold talks with Wang Yi in Beijing later this year.     | planned",
        "The State Department announced plans for a Blinken visit to Beijing soon.      | planned",
        "The White House is considering a call between Biden and Xi.                    | proposed",
        "Officials are discussing a possible meeting between Blinken and Wang Yi.       | proposed",
        "Washington would like to send Yellen to Beijing this summer.                   | proposed",
        "The administration is pushing for a summit between Biden and Xi in November.   | proposed",
        "If the talks go well, Biden and Xi could meet in Bali in November.             | proposed",
        "The Pentagon requested a call between Lloyd Austin and Li Shangfu last month.  | requested",
        "China declined a US request for a meeting between Austin and Li Shangfu.       | declined",
        "Beijing rebuffed an invitation for Li Shangfu to meet Austin.                  | declined",
        "China has ignored a request for Austin to speak to Li Shangfu.                 | declined",
        "Blinken said he was not prepared to travel to China.                           | declined",
        "Blinken postponed his trip to Beijing.                                         | postponed",
        "The planned call between Biden and Xi was cancelled.                           | cancelled",
        "Blinken did not meet Wang Yi during his stay in Jakarta.                       | none",
        "No meeting between Biden and Xi is planned.                                    | none",
        "Biden and Xi have not met since 2022.                                          | none"
    })
    void eachCueGivesItsStatus(String sentence, String status) {
        List<String> found = Articles.extractor().extract(sentence, PUBLISHED).candidates().stream()
                .map(c -> c.status().code()).toList();
        assertEquals(status.equals("none") ? List.of() : List.of(status), found);
    }
}
