// A tour of what an executed notebook holds: a test notebook for the .ipynb and HTML writers.
// Licence: CC0

// %% [markdown]
// # A tour of the outputs
//
// Markdown with *emphasis*, `code`, a [link](https://example.org) and a table:
//
// | status | engagements |
// |--------|------------:|
// | held   | 12          |
// | “planned” — ünïcode | 3 |

// %% Parameters tags=["parameters"]
LocalDate from = LocalDate.of(2018, 1, 1);
String status = "all";   // or held, planned, ...
int top = 10;
double share = 0.5;
boolean verbose = false;
var rounds = 3;

// %% [markdown]
// ## Text

// %% Printing
System.out.println("from " + from + ", status " + status + ", top " + top);
System.out.print("share " + share + ", verbose " + verbose + ", rounds " + rounds);
System.err.println("a line on standard error");

// %% A value
from.plusYears(1)

// %% [markdown]
// ## Rich output

// %% A table
Table table = Table.create("Engagements by status",
        StringColumn.create("status", "held", "planned"),
        IntColumn.create("engagements", 12, 3));
display(table);

// %% A chart
var chart = new CategoryChartBuilder().width(320).height(200).title("By status").build();
chart.addSeries("engagements", List.of("held", "planned"), List.of(12, 3));
display(chart);

// %% Expected to fail tags=["raises-exception"]
throw new IllegalStateException("allowed to fail");
