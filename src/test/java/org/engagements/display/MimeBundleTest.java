package org.engagements.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MimeBundleTest {
    @Test
    void aTextWithinTheLimitIsKeptAsItIs() {
        MimeBundle bundle = MimeBundle.text("x".repeat(100));

        assertSame(bundle, bundle.withTextLimit(100));
    }

    @Test
    void aLongerTextIsCutToTheLimitWithANoteOfHowMuchWasDropped() {
        MimeBundle cut = MimeBundle.text("x".repeat(1_000)).with(MimeType.TEXT_HTML, "<p>kept</p>").withTextLimit(100);

        String text = cut.plainText();
        assertEquals("x".repeat(32) + "\n… 968 more characters of this value are not shown (1,000 in all)\n", text);
        assertTrue(text.length() <= 100, text);
        assertEquals("<p>kept</p>", cut.find(MimeType.TEXT_HTML).orElseThrow());
        assertSame(cut, cut.withTextLimit(100));
    }

    @Test
    void theCutNeverSplitsACharacter() {
        String emoji = "\uD83D\uDE00";
        String text = MimeBundle.text(emoji.repeat(1_000)).withTextLimit(101).plainText();

        assertTrue(text.length() <= 101, text);
        assertTrue(text.startsWith(emoji.repeat((text.indexOf('\n')) / 2) + "\n…"), text);
        assertEquals(0, text.indexOf('\n') % 2, text);
    }
}
