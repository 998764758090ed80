package org.engagements.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.engagements.data.ShippedData;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
    @Test
    void evaluatePrintsATableOfScoresPerArticleAndOverall() {
        Cli.Run run = Cli.run("evaluate", "--data", ShippedData.folder().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("article  curated  extracted  matched  precision  recall  F1"), run.out());
        assertTrue(run.out().contains("\noverall       35"), run.out());
    }
}
