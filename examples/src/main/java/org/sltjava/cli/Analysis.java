package org.sltjava.cli;

import java.time.Duration;
import org.sltjava.core.Budget;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * Runs the symbolic engines on a problem spec and turns refused input into an error result, so
 * that every command reports problems the same way.
 */
final class Analysis {

    private Analysis() {
    }

    /**
     * Validates the spec and answers it with the named engine ({@code standard}: all engines in
     * turn); the budget counts from before parsing, so that parsing and validation are inside it.
     */
    static RlctResult run(ProblemSpec spec, String engine, double budgetSeconds) {
        long start = System.nanoTime();
        try {
            Budget budget = Budget.of(Duration.ofMillis((long) (budgetSeconds * 1000)), 6, 2000);
            Problem problem = spec.toProblem();
            RlctEngine e = engine.equals("standard") ? RlctEngine.standard() : RlctEngine.of(engine);
            return e.analyse(problem, budget).withMillis(elapsed(start));
        } catch (InvalidInputException e) {
            return RlctResult.error("input", e.getMessage()).withMillis(elapsed(start));
        }
    }

    static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
