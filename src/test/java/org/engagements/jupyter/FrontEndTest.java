package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.engagements.display.MimeBundle;
import org.engagements.jupyter.wire.Content;
import org.engagements.jupyter.wire.IopubContent;
import org.engagements.jupyter.wire.IopubContent.StreamName;
import org.junit.jupiter.api.Test;

/** One request's front end, with the hold's timer run by hand. */
class FrontEndTest {
    private final List<Content> published = new ArrayList<>();
    private final List<Runnable> releases = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final Stdin stdin = (prompt, password) -> {
        asked.add(prompt + (password ? " (hidden)" : ""));
        return CompletableFuture.completedFuture("typed");
    };

    private FrontEnd frontEnd(boolean allowStdin) {
        return new FrontEnd(published::add, allowStdin ? Optional.of(stdin) : Optional.empty(), releases::add);
    }

    private static IopubContent.Stream out(String text) {
        return new IopubContent.Stream(StreamName.STDOUT, text);
    }

    private void releaseHeldText() {
        List<Runnable> due = List.copyOf(releases);
        releases.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void wholeLinesArePublishedAtOnceAndTheRestOfALineWhenTheHoldHasPassed() {
        FrontEnd frontEnd = frontEnd(true);
        frontEnd.stdout("one\ntwo");
        assertEquals(List.of(out("one\n")), published);

        releaseHeldText();

        assertEquals(List.of(out("one\n"), out("two")), published);
    }

    @Test
    void theHeldTextOfTheCurrentLineIsThePromptInsteadOfOutput() throws Exception {
        FrontEnd frontEnd = frontEnd(true);
        frontEnd.stdout("Hello\nName: ");

        assertEquals("typed", frontEnd.ask("", false).get());
        frontEnd.stdout("Step 2. ");
        frontEnd.ask("Token: ", true).get();
        releaseHeldText();
        frontEnd.finish();

        assertEquals(List.of("Name: ", "Step 2. Token:  (hidden)"), asked);
        assertEquals(List.of(out("Hello\n")), published);
    }

    @Test
    void otherOutputPublishesTheHeldTextFirstAndDisplaysCarryTheirIds() {
        FrontEnd frontEnd = frontEnd(true);
        MimeBundle bundle = MimeBundle.text("x");
        frontEnd.stdout("partial");
        frontEnd.stderr("warning\n");
        frontEnd.display(bundle, "d-1");
        frontEnd.updateDisplay(MimeBundle.text("y"), "d-1");
        frontEnd.clearOutput(true);

        assertEquals(List.of(out("partial"), new IopubContent.Stream(StreamName.STDERR, "warning\n"),
                new IopubContent.DisplayData(Map.of("text/plain", "x"), Map.of(), Map.of("display_id", "d-1")),
                new IopubContent.UpdateDisplayData(Map.of("text/plain", "y"), Map.of(), Map.of("display_id", "d-1")),
                new IopubContent.ClearOutput(true)), published);
    }

    @Test
    void withoutAllowStdinTheQuestionIsRefusedAndTheHeldTextStaysOutput() {
        FrontEnd frontEnd = frontEnd(false);
        frontEnd.stdout("Name: ");

        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> frontEnd.ask("", false).get());
        frontEnd.finish();

        assertInstanceOf(KernelException.class, refused.getCause());
        assertTrue(refused.getCause().getMessage().contains("allow_stdin is false"));
        assertEquals(List.of(), asked);
        assertEquals(List.of(out("Name: ")), published);
    }
}
