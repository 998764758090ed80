package org.engagements.notebook.session;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.engagements.core.FuzzCampaign;
import org.engagements.core.Mutator;
import org.engagements.notebook.javadoc.Javadoc;
import org.engagements.notebook.javadoc.Signature;
import org.junit.jupiter.api.Test;

/**
 * The pure parts of inspection and error text over random texts built from Java and Javadoc fragments:
 * finding the name at cursor positions, reading and rendering a doc comment, reading a signature,
 * cleaning a message. Each returns; none throws.
 */
class InspectionFuzzTest {
    private static final String[] FRAGMENTS = {"{@code", "{@link #a(int) b}", "{@summary", "{@return", "{@snippet :",
        "<pre>", "</pre>", "<ul><li>", "</ol>", "<br>", "&lt;", "&#xZZ;", "&#1114112;", "@param", "@throws", "\"\"\"",
        "//", "/*", "*/", "'", "\"", "\\", "(", ")", "<", ">", ",", ".", "\n", " ", "{", "}", "Math", "max", "new",
        "REPL.", "$JShell$", "12", "B", "$", ":", "[]", "...", "if"};

    private static void inspectRandomText(Random random, Mutator mutator) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        String code = mutator.mutate(text.toString());
        for (int i = 0; i < 60; i++) {     // 60 cursors: some texts are long, each search reads the text before
            NameAtCursor.find(code, i < 2 ? i * code.length() : random.nextInt(code.length() + 1));
        }
        Javadoc doc = Javadoc.parse(code);
        doc.summary();
        doc.text("    ", 40);
        Signature.parse(code);
        Signature.display(code);
        WrapperNames.clean(code);
    }

    @Test
    void randomTextsAreReadWithoutFailing() {
        FuzzCampaign.run("inspection texts", FuzzCampaign.Settings.of(3000, Duration.ofSeconds(30), 500),
                InspectionFuzzTest::inspectRandomText, e -> Optional.of("no typed error is expected"));
    }
}
