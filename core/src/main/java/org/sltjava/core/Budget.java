package org.sltjava.core;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Limits of a symbolic search: wall-clock time, recursion depth and number of charts. Engines
 * check {@link #expired()} between steps and, when the budget runs out, answer with what they
 * reached (an upper bound or unresolved), never a guess.
 *
 * <p>A budget carries the {@link Answers} of the question it was made for: the answers engines
 * have already computed for a problem under this budget or a {@link #share} of it, so that an
 * engine asked again about the same problem object (the resolve engine asking Newton about the
 * question the standard chain has just put to Newton) does not redo the work. The answers are
 * passed with the budget, never kept on a thread or in a static field.
 */
public record Budget(Duration time, int maxDepth, int maxCharts, long startNanos, Answers answers) {

    /** Ten seconds, depth 6, 2000 charts: the default of the command line. */
    public static Budget defaults() {
        return of(Duration.ofSeconds(10), 6, 2000);
    }

    /** A budget starting now, with no answers yet. */
    public static Budget of(Duration time, int maxDepth, int maxCharts) {
        return new Budget(time, maxDepth, maxCharts, System.nanoTime(), new Answers());
    }

    /** Whether the time is used up. */
    public boolean expired() {
        return System.nanoTime() - startNanos > time.toNanos();
    }

    /** Milliseconds spent since the start. */
    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The time left (zero once expired). */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos() - System.nanoTime()));
    }

    /** The {@link System#nanoTime()} at which the time is used up. */
    public long endNanos() {
        return startNanos + time.toNanos();
    }

    /**
     * A fair share of what is left: a budget starting now with {@code 1/parts} of the remaining
     * time (never ending after this one), the same depth and chart limits and the same answers.
     */
    public Budget share(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("a share needs at least one part, got " + parts);
        }
        return new Budget(remaining().dividedBy(parts), maxDepth, maxCharts, System.nanoTime(), answers);
    }

    /**
     * A budget starting now with at most {@code limit} of the remaining time, the same depth and
     * chart limits and the same answers.
     */
    public Budget atMost(Duration limit) {
        Duration left = remaining();
        return new Budget(left.compareTo(limit) < 0 ? left : limit, maxDepth, maxCharts, System.nanoTime(), answers);
    }

    /**
     * The answers engines computed for problems under one budget and its shares, by engine name
     * and problem object (identity: a problem rebuilt from the same data is another question for
     * this purpose, which only costs the reuse). Safe for concurrent use.
     */
    public static final class Answers {
        private final Map<Key, RlctResult> byKey = new ConcurrentHashMap<>();

        Answers() {
        }

        /** The engine's answer for the problem, computed by {@code work} once per budget. */
        public RlctResult computeIfAbsent(String engine, Problem problem, Supplier<RlctResult> work) {
            Key key = new Key(engine, problem);
            RlctResult known = byKey.get(key);
            if (known != null) {
                return known;
            }
            RlctResult r = work.get();
            byKey.put(key, r);
            return r;
        }

        /** An engine name and a problem compared by identity. */
        private record Key(String engine, Problem problem) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.engine.equals(engine) && k.problem == problem;
            }

            @Override
            public int hashCode() {
                return engine.hashCode() * 31 + System.identityHashCode(problem);
            }
        }
    }
}
