package org.sltjava.resolution;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.sltjava.core.Budget;

/**
 * The time limit of the symbolic work running on this thread, checked inside the exact LP's
 * pivots so that a polyhedron with many faces cannot run past its budget, and enforced on calls
 * into JAS (factorisations, Groebner bases), which cannot check it, by leaving them at the limit.
 * Nested limits keep the earliest end.
 */
final class Deadline {

    /** Thrown from {@link #check()} once the limit has passed; engines turn it into an honest status. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("the time budget ran out", null, false, false);
        }
    }

    private static final ThreadLocal<Long> END = new ThreadLocal<>();

    /** Daemon threads that run calls into JAS so that the caller can leave them at its limit. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slt-jas");
        t.setDaemon(true);
        return t;
    });

    private Deadline() {
    }

    /** Runs {@code work} with the budget's end as this thread's limit (or the current one, if earlier). */
    static <T> T within(Budget budget, Supplier<T> work) {
        Long previous = END.get();
        long end = budget.startNanos() + budget.time().toNanos();
        END.set(previous == null || end - previous < 0 ? end : previous);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                END.remove();
            } else {
                END.set(previous);
            }
        }
    }

    /** Throws {@link Exceeded} when this thread's limit has passed. */
    static void check() {
        Long end = END.get();
        if (end != null && System.nanoTime() - end > 0) {
            throw new Exceeded();
        }
    }

    /**
     * Runs {@code work} (a call into a library that cannot check {@link #check()}) so that the
     * caller gets control back at this thread's limit: the work runs on a daemon thread, and at
     * the limit the caller stops waiting, interrupts it and reports {@link Exceeded}. JAS stops at
     * its next check of the interrupt flag (when it creates certain polynomials); until then the
     * abandoned computation keeps its thread, which is the price of never overrunning a budget.
     */
    static <T> T interruptibly(Supplier<T> work) {
        Long end = END.get();
        if (end == null) {
            return work.get();
        }
        long wait = end - System.nanoTime();
        if (wait <= 0) {
            throw new Exceeded();
        }
        Future<T> future = WORKERS.submit(work::get);
        try {
            return future.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Exceeded();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Exceeded();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
