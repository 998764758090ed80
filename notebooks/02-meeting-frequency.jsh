// %% [markdown]
// # How often do the two sides meet?
//
// Engagements per quarter and per year, split by status, mode and level, and the time between
// leader-level meetings that took place. Empty periods are kept, so quiet stretches show as
// gaps rather than disappearing.
//
// The parameters below choose the period and the status (`all`, or one status such as `held`);
// run `./engagements run notebooks/02-meeting-frequency.jsh -p from=2021-01-01 -p status=held`
// for a report on held engagements since 2021. A run with parameters writes its charts beside
// its pages (`target/notebooks/charts/`) and leaves the committed `charts/` as they are.

// %% Parameters tags=["parameters"]
LocalDate from = LocalDate.of(2018, 1, 1);
LocalDate to = LocalDate.of(2023, 12, 31);
String status = "all";

// %% Data
Dataset data = Engagements.load();
Table engagements = Filters.withStatus(Filters.between(data.engagements(), from, to), status);
Dataset shown = data.withEngagements(engagements);
System.out.printf("%d of %d engagements from %s to %s, status %s%n",
        engagements.rowCount(), data.engagements().rowCount(), from, to, status);

// %% [markdown]
// ## Per quarter, by status
//
// One row per quarter and status. Quarters are labelled `2021-Q2`, not Tablesaw's `2021-02`.

// %% Quarterly counts
Table quarterly = Frequency.byStatus(engagements, Granularity.QUARTER);
Frequency.wide(quarterly)

// %% Chart
Engagements.save(FrequencyChart.byStatus(shown), "frequency-by-status")

// %% [markdown]
// ## Per year, by mode and by level
//
// Visits dominate; calls are fewer in the articles than in reality, because news reports
// mention calls mostly in passing.

// %% By mode
Frequency.wide(Frequency.byMode(engagements, Granularity.YEAR))

// %% By level
Frequency.wide(Frequency.byLevel(engagements, Granularity.YEAR))

// %% [markdown]
// ## Time between leader-level meetings
//
// Days between consecutive *held* engagements whose highest level is the leaders themselves.

// %% Leader gaps
Frequency.leaderGaps(engagements)
