package org.engagements.ingest.extract;

/** Which way a sentence points in time, used to pick between the March before and the March after. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
