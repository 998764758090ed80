package org.engagements.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.Optional;

/**
 * Runs numbered fuzz cases, each with its own {@link Random} derived from the seed and the case
 * number, so one case can be re-run alone. A case passes when the code under test returns, or throws
 * one of our typed errors ({@link EngagementsException}) whose message names a place; anything else
 * (a NullPointerException, a Jackson exception leaking, a StackOverflowError, an error without a
 * place) is a failure, reported with the seed, the case number and the mutations.
 *
 * <p>System properties: {@code -Dfuzz.seed=N} (default {@link #DEFAULT_SEED}), {@code -Dfuzz.cases=N},
 * {@code -Dfuzz.case=N} (run only that case), {@code -Dfuzz.seconds=S} (the time budget: no case starts
 * after it, and at least {@code minimum} cases must have run by then).
 */
public final class FuzzCampaign {
    public static final long DEFAULT_SEED = 20_260_906L;
    private static final int SHOWN_FAILURES = 10;

    /** One case: mutate, call the code under test; describe what was done in {@code mutator}. */
    @FunctionalInterface
    public interface Case {
        void run(Random random, Mutator mutator) throws Exception;
    }

    /**
     * How many cases, within what time.
     *
     * @param minimum cases that must have run before the budget ran out
     */
    public record Settings(long seed, int cases, Duration budget, int minimum, Optional<Integer> only) {
        /** The given defaults, overridden by the {@code fuzz.*} system properties. */
        public static Settings of(int cases, Duration budget, int minimum) {
            int wanted = Integer.getInteger("fuzz.cases", cases);
            return new Settings(Long.getLong("fuzz.seed", DEFAULT_SEED), wanted,
                    Duration.ofSeconds(Long.getLong("fuzz.seconds", budget.toSeconds())), Math.min(minimum, wanted),
                    Optional.ofNullable(Integer.getInteger("fuzz.case")));
        }
    }

    private FuzzCampaign() {
    }

    /**
     * Runs the cases and fails the test on any failure.
     *
     * @param located whether a typed error names a place; empty when it does, else what is missing
     */
    public static void run(String name, Settings settings, Case body,
                           Function<EngagementsException, Optional<String>> located) {
        long started = System.nanoTime();
        long deadline = started + settings.budget().toNanos();
        Map<String, String> failures = new LinkedHashMap<>();
        int ran = 0;
        int typed = 0;
        int failed = 0;
        List<Integer> numbers = settings.only().map(List::of).orElseGet(() -> range(settings.cases()));
        for (int number : numbers) {
            if (System.nanoTime() > deadline) {
                break;
            }
            Mutator mutator = new Mutator(new Random(settings.seed() * 1_000_003L + number));
            ran++;
            Optional<String> problem;
            try {
                body.run(new Random(settings.seed() * 1_000_033L + number), mutator);
                problem = Optional.empty();
            } catch (EngagementsException e) {
                typed++;
                problem = located.apply(e).map(missing -> missing + ": " + firstLines(e.getMessage()));
            } catch (Throwable e) {   // the point of the test: anything else is our bug
                problem = Optional.of(describe(e));
            }
            if (problem.isPresent()) {
                failed++;
                String key = problem.get().lines().findFirst().orElse("").replaceAll("\\d+", "N");
                key = key.length() > 200 ? key.substring(0, 200) : key;
                if (!failures.containsKey(key) && failures.size() < SHOWN_FAILURES) {
                    failures.put(key, "case " + number + " (-Dfuzz.seed=" + settings.seed() + " -Dfuzz.case="
                            + number + "): " + mutator.description() + "\n    → " + problem.get());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz %s: seed %d, %d cases in %.1f s, %d typed errors, %d failures%n", name,
                settings.seed(), ran, seconds, typed, failed);
        if (!failures.isEmpty()) {
            fail("fuzz " + name + ": " + failed + " of " + ran + " cases failed (seed " + settings.seed() + "), "
                    + failures.size() + " distinct:\n  " + String.join("\n  ", failures.values()));
        }
        assertTrue(ran >= settings.minimum() || settings.only().isPresent(), "fuzz " + name + ": only " + ran
                + " cases ran within " + settings.budget().toSeconds() + " s; expected at least " + settings.minimum());
    }

    private static List<Integer> range(int cases) {
        List<Integer> numbers = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getName()).append(": ")
                .append(firstLines(String.valueOf(e.getMessage())));
        StackTraceElement[] trace = e.getStackTrace();
        int shown = 0;
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("org.engagements.") && shown < 3) {
                text.append("\n      at ").append(frame);
                shown++;
            }
        }
        for (int i = 0; shown == 0 && i < Math.min(3, trace.length); i++) {
            text.append("\n      at ").append(trace[i]);   // e.g. a stack overflow deep inside the JDK
        }
        return text.toString();
    }

    private static String firstLines(String message) {
        String first = message.lines().limit(2).reduce((a, b) -> a + " | " + b).orElse("");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
