package org.sltjava.resolution;

import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * The plane resolution ({@link PlaneResolution}) as an engine of its own, tried by the standard
 * chain before the Newton engine: a local question in two variables whose weight is a monomial
 * times a unit at the point is answered completely (or declined with the reason) within three
 * quarters of the time left, so that a large Newton polyhedron cannot use up the budget first and
 * the other engines keep some of it. Any other question is left to the others.
 */
public final class PlaneEngine implements RlctEngine {

    /** Registered through {@link java.util.ServiceLoader}; use {@link RlctEngine#of(String)}. */
    public PlaneEngine() {
    }

    @Override
    public String name() {
        return PlaneResolution.NAME;
    }

    @Override
    public int priority() {
        return 15;
    }

    @Override
    public RlctResult analyse(Problem problem, Budget budget) {
        Optional<PlaneQuestion> q = PlaneQuestion.of(problem);
        if (q.isEmpty()) {
            return RlctResult.unresolved(PlaneResolution.NAME, Certificate.of("not a local question in two variables whose weight"
                    + " is a monomial times a unit at the point")).withMillis(budget.elapsedMillis());
        }
        long remaining = budget.time().toNanos() - (System.nanoTime() - budget.startNanos());
        Budget share = Budget.of(java.time.Duration.ofNanos(Math.max(0, remaining * 3 / 4)), budget.maxDepth(), budget.maxCharts());
        return PlaneResolution.analyse(q.get(), share).withMillis(budget.elapsedMillis());
    }
}
