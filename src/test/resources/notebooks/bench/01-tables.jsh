// %% [markdown]
// # Tables
// %% Build
var years = IntColumn.create("year", IntStream.rangeClosed(1990, 2024).toArray());
var meetings = IntColumn.create("meetings", IntStream.rangeClosed(1990, 2024).map(y -> y % 7 + 1).toArray());
var table = Table.create("Meetings per year", years, meetings);
// %% Show
table
// %% Filter
table.where(table.intColumn("meetings").isGreaterThan(4)).rowCount()
