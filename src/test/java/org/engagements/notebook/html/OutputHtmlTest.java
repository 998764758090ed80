package org.engagements.notebook.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.engagements.display.MimeBundle;
import org.engagements.display.MimeType;
import org.junit.jupiter.api.Test;

class OutputHtmlTest {
    private static final MimeBundle SAVED_CHART = MimeBundle.text("chart").with(MimeType.IMAGE_PNG, "iVBORw0KGgo=")
            .with(MimeType.TEXT_URI_LIST, "venues.csv\nvenues-data.html");

    @Test
    void anImageSavedWithFilesLinksThemInTheChartsFolder() {
        assertEquals("<p class=\"chart-data\">Get the data: <a href=\"../charts/venues.csv\">CSV</a> · "
                + "<a href=\"../charts/venues-data.html\">engagements and quotes</a></p>",
                OutputHtml.savedFiles(SAVED_CHART, Optional.of("../charts/")));
    }

    @Test
    void noLinksWithoutAKnownChartsFolderOrWithoutAnImage() {
        assertEquals("", OutputHtml.savedFiles(SAVED_CHART, Optional.empty()));
        assertEquals("", OutputHtml.savedFiles(MimeBundle.text("x").with(MimeType.TEXT_URI_LIST, "venues.csv"),
                Optional.of("charts/")));
    }

    @Test
    void namesThatAreNotPlainFileNamesAreLeftOutAndOthersEscaped() {
        MimeBundle hostile = SAVED_CHART.with(MimeType.TEXT_URI_LIST,
                "../../etc/passwd\njavascript:alert(1)\n/abs.csv\na\"b <c>.csv");
        assertEquals("<p class=\"chart-data\">Get the data: <a href=\"charts/javascript%3Aalert%281%29\">"
                + "javascript:alert(1)</a> · <a href=\"charts/a%22b%20%3Cc%3E.csv\">CSV</a></p>",
                OutputHtml.savedFiles(hostile, Optional.of("charts/")));
    }
}
