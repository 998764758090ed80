// Meeting frequency, a sample notebook for the parser tests.
// Licence: CC0

// %% [markdown]
// # Meetings per year
//
// Counts *held* engagements.

// %% Load the data tags=["parameters"]
int year = 2001;
String place = "Beijing";

// %% Monthly counts
var counts = List.of(1, 2, 3);
counts.size()


// %% [markdown] tags=["notes", "draft"] collapsed=true
// Trailing words.
// %% Fails on purpose tags=["raises-exception"]
throw new IllegalStateException("boom");
