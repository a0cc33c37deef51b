package org.sltjava.core;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tries engines in order and returns the first exact answer. Each engine gets a fair share of the
 * time left ({@link Budget#share}: the remaining time divided by the number of engines still to
 * try), so that no engine can starve the ones after it; what an engine leaves unused passes on to
 * the next. The shares keep the budget's {@link Budget.Answers}, so a later engine that asks an
 * earlier one about the same problem gets the answer already computed. When none is exact, the smallest
 * proven upper bound wins; when there is none either, the answer is unresolved with every
 * engine's reason. An error (refused input) is returned at once; an engine that throws counts as
 * unresolved, with the exception in its reason, so that no stack trace reaches the user.
 *
 * <p>The budget holds whatever an engine does: each engine runs on a daemon thread of its own, and
 * one that has not returned shortly after the budget's end is left behind (interrupted) and
 * counted as unresolved, so that the answer never comes later than the budget and a short grace.
 */
public final class FirstProven implements RlctEngine {

    /** Time an engine may take past the budget's end to return what it reached. */
    private static final long GRACE_NANOS = 300_000_000L;

    private final List<RlctEngine> engines;

    private FirstProven(List<RlctEngine> engines) {
        this.engines = List.copyOf(engines);
    }

    /** The engines in the order to try them. */
    public static FirstProven of(List<RlctEngine> engines) {
        return new FirstProven(engines);
    }

    @Override
    public String name() {
        return "standard";
    }

    @Override
    public RlctResult analyse(Problem problem, Budget budget) {
        RlctResult best = null;
        Certificate.Builder reasons = Certificate.builder();
        for (int i = 0; i < engines.size(); i++) {
            RlctEngine e = engines.get(i);
            RlctResult r = withinBudget(e, problem, budget.share(engines.size() - i));
            switch (r.status()) {
                case EXACT, ERROR -> {
                    return r.withMillis(budget.elapsedMillis());
                }
                case UPPER_BOUND -> {
                    if (best == null || r.lambdaUpper().orElseThrow().compareTo(best.lambdaUpper().orElseThrow()) < 0) {
                        best = r;
                    }
                }
                case UNRESOLVED -> reasons.nest(e.name() + ": unresolved", r.certificate());
            }
            if (budget.expired()) {
                reasons.line("time budget of " + budget.time().toMillis() + " ms used up after engine " + e.name());
                break;
            }
        }
        RlctResult answer = best != null ? best : RlctResult.unresolved(name(), reasons.build());
        return answer.withMillis(budget.elapsedMillis());
    }

    private static RlctResult withinBudget(RlctEngine e, Problem problem, Budget budget) {
        FutureTask<RlctResult> task = new FutureTask<>(() -> e.analyse(problem, budget));
        Thread worker = new Thread(task, "slt-engine-" + e.name());
        worker.setDaemon(true);
        worker.start();
        long wait = budget.startNanos() + budget.time().toNanos() + GRACE_NANOS - System.nanoTime();
        try {
            return task.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException ex) {
            worker.interrupt();
            return RlctResult.unresolved(e.name(), Certificate.of("the engine did not return within the time budget of "
                    + budget.time().toMillis() + " ms"));
        } catch (InterruptedException ex) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return RlctResult.unresolved(e.name(), Certificate.of("interrupted"));
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof Error err && !(err instanceof StackOverflowError)) {
                throw err;
            }
            return RlctResult.unresolved(e.name(), Certificate.of("the engine failed: " + ex.getCause()));
        }
    }
}
