// %% [markdown]
// # What do they talk about?
//
// Two views of the issues: the engagements the articles say an issue was raised at (coded by
// hand, with sub-issues such as Hong Kong and Xinjiang rolling up into human rights), and the
// words of the issue vocabulary found in the article texts themselves.

// %% Parameters tags=["parameters"]
LocalDate from = LocalDate.of(2018, 1, 1);
LocalDate to = LocalDate.of(2023, 12, 31);

// %% Data
Dataset data = Engagements.load();
Dataset inPeriod = data.withEngagements(Filters.between(data.engagements(), from, to));
Table engagements = inPeriod.engagements();

// %% [markdown]
// ## Engagements per issue
//
// A parent issue counts each engagement tagged with it or any of its sub-issues once.

// %% Tagged issues
Issues.tagged(engagements, data.issues())

// %% Issue chart
Engagements.save(IssueChart.of(inPeriod), "issues")

// %% By year
Issues.taggedByYear(engagements, data.issues())

// %% [markdown]
// ## Which issues come up together
//
// Pairs of issues tagged on the same engagement.

// %% Co-occurrence
Issues.cooccurrence(engagements, data.issues())

// %% Co-occurrence chart
Engagements.save(CooccurrenceChart.of(inPeriod), "issue-cooccurrence")

// %% [markdown]
// ## Issues in the article texts
//
// The vocabulary's synonyms ("Hong Kong", "fentanyl", "origin of the virus") counted in each
// article's text, whole words only. Articles discuss far more than the engagements they report:
// Covid-19 and sanctions fill paragraphs without being on any meeting's agenda.

// %% Mentions overall
IssueMentions.overall(data.articleTexts(), data.vocabulary().issues())

// %% Mentions per article
IssueMentions.perArticle(data.articleTexts(), data.vocabulary().issues())
