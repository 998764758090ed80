"""The pandas peer of `./engagements validate` and of the report's counting analyses.

    /usr/bin/python3 bench/peers/pandas_validate.py DATA_DIR [--quotes]

What a user who picked pandas instead of us would write: read the three CSV files of DATA_DIR
(articles.csv, engagements.csv, mentions.csv; see docs/data.md) as strings (`dtype=str`, empty cells
as ""), read the vocabularies, then check
  - every id unique (articles, engagements, and each article x engagement pair of mentions),
  - references: mentions -> articles and engagements, every engagement mentioned, venues, participants
    and issues against vocab/places.json, people.json and issues.json,
  - codes (status, mode, ...) against their allowed values, dates as yyyy-MM-dd, date_start <= date_end,
  - with --quotes also that each quote occurs in its article's text (whitespace folded), which
    `validate` does as well but the issue's peer did not: off by default, so the figures compare with
    the issue's;
then count engagements per quarter x status, per venue, per issue and per (US, CN) participant pair:
the work of `validate` plus the report's analyses (Frequency.byStatus, Venues.byVenue, Issues.tagged,
Participants.pairs), without the charts.

Prints a summary, up to 20 problems, then one line of resources:
    wall 5.80 s, cpu 5.90 s, peak rss 912 MB
(CPU: this process and its children, user + system; peak RSS: the largest resident set, from
getrusage). Exits 1 when the data has problems, 2 on bad usage, as `validate` does.
"""
import time

START = time.perf_counter()   # before pandas' import, which is part of what a user waits for

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

import pandas as pd  # noqa: E402

CODES = {
    "date_precision": ["day", "week", "month", "season", "quarter", "year"],
    "status": ["held", "planned", "proposed", "requested", "declined", "postponed", "cancelled"],
    "mode": ["visit", "third_party", "multilateral", "phone", "video"],
    "host_side": ["US", "CN", "third", "none"],
    "level": ["leader", "cabinet", "adviser", "deputy", "envoy", "military"],
}
MAX_PROBLEMS = 100


def read_csv(folder, name):
    return pd.read_csv(os.path.join(folder, name), dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")


def read_ids(folder, name):
    with open(os.path.join(folder, "vocab", name), encoding="utf-8") as f:
        return {entry["id"] for entry in json.load(f)}


class Problems:
    """Collects problems up to a cap, as validate does, instead of stopping at the first."""

    def __init__(self):
        self.lines = []
        self.count = 0

    def add(self, file, frame, mask, column, expected):
        """One problem per row of `frame` where `mask` holds; line = row + 2 (header, 1-based)."""
        bad = frame.index[pd.Series(mask, copy=False).to_numpy(dtype=bool)]
        self.count += len(bad)
        for row in bad[:max(0, MAX_PROBLEMS - len(self.lines))]:
            self.lines.append(f"{file}:{row + 2}: {column} \"{frame.at[row, column]}\": expected {expected}")


def exploded(frame, column):
    """(row, id) for each id of a ;-separated list column; empty cells give no row."""
    ids = frame[column].str.split(";").explode()
    return ids[ids != ""]


def check(data, articles, engagements, mentions, quotes):
    problems = Problems()
    problems.add("articles.csv", articles, articles["id"].duplicated(keep="first"), "id", "a unique id")
    problems.add("engagements.csv", engagements, engagements["id"].duplicated(keep="first"), "id", "a unique id")
    problems.add("mentions.csv", mentions, mentions.duplicated(["article_id", "engagement_id"]),
                 "engagement_id", "one mention per article and engagement")
    problems.add("mentions.csv", mentions, ~mentions["article_id"].isin(articles["id"]),
                 "article_id", "an id from articles.csv")
    problems.add("mentions.csv", mentions, ~mentions["engagement_id"].isin(engagements["id"]),
                 "engagement_id", "an id from engagements.csv")
    problems.add("engagements.csv", engagements, ~engagements["id"].isin(mentions["engagement_id"]),
                 "id", "an engagement that mentions.csv mentions")
    for column, allowed in CODES.items():
        problems.add("engagements.csv", engagements, ~engagements[column].isin(allowed), column,
                     "one of " + ", ".join(allowed))
    problems.add("mentions.csv", mentions, ~mentions["reported_status"].isin(CODES["status"]),
                 "reported_status", "one of " + ", ".join(CODES["status"]))
    start = pd.to_datetime(engagements["date_start"], format="%Y-%m-%d", errors="coerce")
    end = pd.to_datetime(engagements["date_end"], format="%Y-%m-%d", errors="coerce")
    published = pd.to_datetime(articles["published"], format="%Y-%m-%d", errors="coerce")
    problems.add("engagements.csv", engagements, start.isna(), "date_start", "a date yyyy-MM-dd")
    problems.add("engagements.csv", engagements, end.isna(), "date_end", "a date yyyy-MM-dd")
    problems.add("engagements.csv", engagements, start > end, "date_end", "a date not before date_start")
    problems.add("articles.csv", articles, published.isna(), "published", "a date yyyy-MM-dd")
    places, people, issues = read_ids(data, "places.json"), read_ids(data, "people.json"), read_ids(data, "issues.json")
    problems.add("engagements.csv", engagements, ~engagements["venue"].isin(places | {""}), "venue",
                 "a place id from vocab/places.json")
    for column, vocabulary, file in (("us_participants", people, "people.json"),
                                     ("cn_participants", people, "people.json"), ("issues", issues, "issues.json")):
        ids = exploded(engagements, column)
        bad_rows = ids.index[~ids.isin(vocabulary).to_numpy()].unique()
        problems.add("engagements.csv", engagements, engagements.index.isin(bad_rows), column,
                     f"ids from vocab/{file}")
    if quotes:
        check_quotes(data, articles, mentions, problems)
    return problems, start


def check_quotes(data, articles, mentions, problems):
    """Each quote occurs in its article's text, whitespace folded; each text is read once."""
    files = dict(zip(articles["id"], articles["file"]))
    missing = pd.Series(False, index=mentions.index)
    for article_id, group in mentions.groupby("article_id", sort=False):
        if article_id not in files:
            continue
        with open(os.path.join(data, "articles", files[article_id]), encoding="utf-8") as f:
            text = " ".join(f.read().split())
        for row, quote in zip(group.index, group["quote"]):
            missing.at[row] = " ".join(quote.split()) not in text
    problems.add("mentions.csv", mentions, missing, "quote", "text that occurs in the article")


def counts(engagements, start):
    """The report's counting analyses: quarter x status, venue, issue, (US, CN) pair."""
    quarter = start.dt.to_period("Q").astype(str)
    per_quarter = engagements.groupby([quarter, engagements["status"]]).size()
    per_venue = engagements.loc[engagements["venue"] != "", "venue"].value_counts()
    per_issue = exploded(engagements, "issues").value_counts()
    us = exploded(engagements, "us_participants").rename("us")
    cn = exploded(engagements, "cn_participants").rename("cn")
    pairs = pd.merge(us, cn, left_index=True, right_index=True).value_counts(["us", "cn"])
    return per_quarter, per_venue, per_issue, pairs


def main(argv):
    args = [a for a in argv if a != "--quotes"]
    if len(args) != 1 or not os.path.isdir(args[0]):
        print("usage: pandas_validate.py DATA_DIR [--quotes]  (DATA_DIR holds engagements.csv, ...)", file=sys.stderr)
        return 2
    data = args[0]
    articles = read_csv(data, "articles.csv")
    engagements = read_csv(data, "engagements.csv")
    mentions = read_csv(data, "mentions.csv")
    problems, start = check(data, articles, engagements, mentions, "--quotes" in argv)
    per_quarter, per_venue, per_issue, pairs = counts(engagements, start)
    if problems.count:
        for line in problems.lines:
            print(line)
        print(f"data: {problems.count} problems")
    else:
        print(f"data: OK — {len(articles):,} articles, {len(engagements):,} engagements, {len(mentions):,} mentions")
    print(f"counts: {len(per_quarter):,} quarter x status cells, {len(per_venue):,} venues, "
          f"{len(per_issue):,} issues, {len(pairs):,} participant pairs; most frequent pair "
          f"{pairs.index[0][0]} + {pairs.index[0][1]} ({pairs.iloc[0]:,})" if len(pairs) else "counts: no pairs")
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    print(f"wall {time.perf_counter() - START:.2f} s, cpu {cpu:.2f} s, peak rss {own.ru_maxrss // 1024} MB")
    return 1 if problems.count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
