package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sltjava.core.Rational;

/**
 * The global (lambda, m) over strata of the zero set: the smallest lambda attained at points of
 * the box with the largest m among the strata attaining it, and the values that strata without an
 * exhibited point reach at best (each of their points in the box has a larger lambda, or the same
 * with no larger m), which settle the answer only when none of them could lower lambda or raise m.
 */
final class StrataMinimum {

    private Rational best;
    private int bestM;
    private final List<Rational> boundLambdas = new ArrayList<>();
    private final List<Integer> boundMs = new ArrayList<>();

    /** A stratum with a point of the box where the local answer is exactly (lambda, m). */
    void attained(Rational lambda, int m) {
        int c = best == null ? -1 : lambda.compareTo(best);
        if (c < 0) {
            best = lambda;
            bestM = m;
        } else if (c == 0) {
            bestM = Math.max(bestM, m);
        }
    }

    /** A stratum whose points in the box, if any, have lambda >= the given one, and m <= the given one at equality. */
    void atMostAsBad(Rational lambda, int m) {
        boundLambdas.add(lambda);
        boundMs.add(m);
    }

    /** The smallest lambda attained, if any stratum attained one. */
    Optional<Rational> lambda() {
        return Optional.ofNullable(best);
    }

    /** The largest m among the strata attaining {@link #lambda()}. */
    int m() {
        return bestM;
    }

    /** Whether a lambda is attained and no stratum without an exhibited point could lower it or raise its m. */
    boolean settled() {
        if (best == null) {
            return false;
        }
        for (int i = 0; i < boundLambdas.size(); i++) {
            int c = boundLambdas.get(i).compareTo(best);
            if (c < 0 || c == 0 && boundMs.get(i) > bestM) {
                return false;
            }
        }
        return true;
    }
}
