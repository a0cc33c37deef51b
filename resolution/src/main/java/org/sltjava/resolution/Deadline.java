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
 * The time limit of one symbolic search, passed explicitly to the algorithms that can run long:
 * checked inside the exact LP's pivots so that a polyhedron with many faces cannot run past its
 * budget, and enforced on calls into JAS (factorisations, Groebner bases), which cannot check
 * it, by leaving them at the limit. A deadline is an immutable value; {@link #none()} never
 * passes.
 */
public final class Deadline {

    /** Thrown from {@link #check()} once the limit has passed; engines turn it into an honest status. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("the time budget ran out", null, false, false);
        }
    }

    private static final Deadline NONE = new Deadline(false, 0);

    /**
     * Daemon threads that run calls into JAS so that the caller can leave them at its limit: a
     * shared pool of workers, which holds no state of any search.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slt-jas");
        t.setDaemon(true);
        return t;
    });

    private final boolean limited;
    private final long endNanos;

    private Deadline(boolean limited, long endNanos) {
        this.limited = limited;
        this.endNanos = endNanos;
    }

    /** The end of the budget's time. */
    public static Deadline of(Budget budget) {
        return new Deadline(true, budget.endNanos());
    }

    /** No limit (for callers outside a budgeted search). */
    public static Deadline none() {
        return NONE;
    }

    /** This limit or the end of a slice of time from now, whichever comes first. */
    Deadline within(long sliceNanos) {
        long end = System.nanoTime() + sliceNanos;
        return new Deadline(true, limited && endNanos - end < 0 ? endNanos : end);
    }

    /** Whether there is a limit at all (every deadline but {@link #none()}). */
    boolean isLimited() {
        return limited;
    }

    /** Whether the limit has passed. */
    boolean passed() {
        return limited && System.nanoTime() - endNanos > 0;
    }

    /** Throws {@link Exceeded} when the limit has passed. */
    void check() {
        if (passed()) {
            throw new Exceeded();
        }
    }

    /**
     * Runs {@code work} (a call into a library that cannot check {@link #check()}) so that the
     * caller gets control back at the limit: the work runs on a daemon thread, and at the limit
     * the caller stops waiting, interrupts it and reports {@link Exceeded}. JAS stops at its next
     * check of the interrupt flag (when it creates certain polynomials); until then the abandoned
     * computation keeps its thread, which is the price of never overrunning a budget.
     */
    <T> T interruptibly(Supplier<T> work) {
        if (!limited) {
            return work.get();
        }
        long wait = endNanos - System.nanoTime();
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
