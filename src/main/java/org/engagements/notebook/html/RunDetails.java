package org.engagements.notebook.html;

import java.time.Duration;
import java.util.List;
import org.engagements.display.Html;
import org.engagements.notebook.executed.DataFile;
import org.engagements.notebook.executed.RunRecord;
import org.engagements.notebook.parameters.Parameter;

/**
 * The "Run details" section of a report page: when, how long, which Java, the parameters and every
 * data file with its SHA-256, so a reader can tell exactly what produced the page. Stateless.
 */
final class RunDetails {
    static final String ID = "run-details";

    private RunDetails() {
    }

    static String section(RunRecord record, Duration total, List<Parameter> parameters) {
        return "<section class=\"run-details\" id=\"" + ID + "\">\n<h2>Run details</h2>\n<dl class=\"meta\">\n"
                + fact("Run on", Html.escape(Formats.dateTime(record.started())))
                + fact("Total time", Html.escape(Formats.duration(total)))
                + fact("Java", Html.escape(record.javaRuntime()))
                + fact("Data folder", "<code>" + Html.escape(record.dataFolder()) + "</code>, "
                        + Formats.count(record.dataFiles().size(), "file"))
                + "</dl>\n" + parameters(parameters) + dataFiles(record.dataFiles()) + "</section>\n";
    }

    private static String fact(String name, String valueHtml) {
        return "<dt>" + Html.escape(name) + "</dt><dd>" + valueHtml + "</dd>\n";
    }

    /** The parameters, or nothing when the notebooks have none. */
    static String parameters(List<Parameter> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>Parameters</h3>\n<div class=\"table\"><table>\n"
                + "<thead><tr><th>Name</th><th>Type</th><th>Value</th><th>From</th></tr></thead>\n<tbody>\n");
        for (Parameter parameter : parameters) {
            html.append("<tr><td><code>").append(Html.escape(parameter.name())).append("</code></td><td><code>")
                    .append(Html.escape(parameter.javaType())).append("</code></td><td><code>")
                    .append(Html.escape(parameter.expression())).append("</code></td><td>")
                    .append(parameter.origin() == Parameter.Origin.GIVEN ? "given with -p" : "default")
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    private static String dataFiles(List<DataFile> files) {
        if (files.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>Data files</h3>\n<div class=\"table\"><table class=\"files\">\n"
                + "<thead><tr><th>File</th><th class=\"num\">Size</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (DataFile file : files) {
            html.append("<tr><td><code>").append(Html.escape(file.path())).append("</code></td><td class=\"num\">")
                    .append(Formats.size(file.size())).append("</td><td class=\"hash\">")
                    .append(Html.escape(file.sha256())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }
}
