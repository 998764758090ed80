package org.engagements.ingest;

/**
 * A capitalised name that looks like an official's but is not in {@code vocab/people.json}: reported so
 * that it can be added ({@code engagements vocab add person}), never silently dropped.
 */
public record NameSuggestion(String name, String context, String quote) {
}
