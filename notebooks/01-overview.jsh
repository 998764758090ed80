// %% [markdown]
// # US–China engagements: the dataset at a glance
//
// This notebook introduces the curated dataset: every high-level US–China engagement (meeting,
// call, visit or summit; held, planned, proposed or refused) that our news articles report, one row
// per real-world engagement, each traced to the sentences that report it.
//
// Run it with `./engagements run notebooks/01-overview.jsh`, open it in Jupyter with the
// *Java (engagements)* kernel, or paste its cells into `./engagements shell`.

// %% Data
Dataset data = Engagements.load();
Table engagements = data.engagements();
System.out.printf("%d articles, %d engagements, %d mentions, %d people, %d places, %d issues%n",
        data.articles().rowCount(), engagements.rowCount(), data.mentions().rowCount(),
        data.people().rowCount(), data.places().rowCount(), data.issues().rowCount());

// %% [markdown]
// ## The articles
//
// The five seed articles carry no dates or bylines. Their outlet and publication date were
// inferred from their content and the public chronology; `published_basis` records how.

// %% Articles
data.articles().selectColumns("id", "outlet", "published", "title")

// %% [markdown]
// ## The engagements
//
// Dates are bounds, not guesses: an engagement known only to the month spans the month, and
// `date_precision` says how coarse the bounds are. The status is the latest one the articles support.

// %% Engagements
engagements.selectColumns("id", "title", "date_start", "date_end", "date_precision", "status", "mode", "level")

// %% [markdown]
// ## Status by year
//
// Most of what the articles report is not a meeting that happened but one that was planned,
// proposed or refused: the dataset keeps them all, and every chart colours them apart.

// %% Status by year
Frequency.wide(Frequency.byStatus(engagements, Granularity.YEAR))

// %% [markdown]
// ## Every engagement on one time axis
//
// Each mark is an engagement at its start date and highest level present; a line spans the
// engagements dated only to a range.

// %% Timeline
Engagements.save(TimelineChart.of(data), "timeline")

// %% [markdown]
// ## Who meets whom
//
// Pairs of named officials, one from each side, and the most active officials. Counterparts an
// article leaves unnamed do not appear here.

// %% Pairs
display(Participants.pairs(engagements, data.people()));

// %% Most active officials
Participants.mostActive(engagements, data.people(), 5)

// %% [markdown]
// ## Every row is traceable
//
// Each engagement has at least one mention: the article, the status that article gave it, its
// words for the date and the sentence quoted exactly. Here is Wendy Sherman's 2021 visit, first
// proposed "over the summer", then set for "Monday" in Tianjin.

// %% Mentions of one engagement
Table mentions = data.mentions();
Table sherman = mentions.where(mentions.stringColumn("engagement_id").isEqualTo("e011"));
sherman.selectColumns("article_id", "reported_status", "date_expression", "quote")
