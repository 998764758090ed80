package org.engagements.data.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.engagements.data.Engagement;
import org.engagements.data.Mention;
import org.engagements.data.ShippedData;
import org.engagements.data.Status;
import org.junit.jupiter.api.Test;

/** The {@code with…} copies and next ids of {@link DatasetContent}, on the shipped data. */
class DatasetContentTest {
    private final DatasetContent shipped = DatasetContent.read(ShippedData.folder());

    @Test
    void theNextIdsAreOneMoreThanTheLargestInUse() {
        assertEquals("a005", shipped.nextArticleId());
        assertEquals("e023", shipped.nextEngagementId());
    }

    @Test
    void anEngagementWithAKnownIdReplacesThatEngagementInPlace() {
        Engagement held = shipped.findEngagement("e022").orElseThrow().withStatus(Status.HELD);

        DatasetContent changed = shipped.withEngagement(held);

        assertEquals(shipped.engagements().size(), changed.engagements().size());
        assertEquals(held, changed.engagements().get(shipped.engagements().size() - 1));
        assertEquals(Status.PLANNED, shipped.findEngagement("e022").orElseThrow().status());
    }

    @Test
    void anEngagementWithANewIdIsAddedAtTheEnd() {
        Engagement added = shipped.findEngagement("e022").orElseThrow().withId(shipped.nextEngagementId());

        DatasetContent changed = shipped.withEngagement(added);

        assertEquals(shipped.engagements().size() + 1, changed.engagements().size());
        assertEquals(added, changed.engagements().get(shipped.engagements().size()));
        assertEquals("e024", changed.nextEngagementId());
    }

    @Test
    void aMentionIsAddedAtTheEndOfACopy() {
        Mention mention = new Mention("a004", "e022", Status.PLANNED, "", "quoted");

        DatasetContent changed = shipped.withMention(mention);

        assertEquals(mention, changed.mentions().get(shipped.mentions().size()));
        assertEquals(List.of(), shipped.mentions().stream().filter(mention::equals).toList());
    }
}
