package org.sltjava.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/** The assertion the example tables share: the standard engine answers a problem exactly, with the (lambda, m) derived by hand. */
public final class ExactAnswers {

    private ExactAnswers() {
    }

    /** Analyses p with {@link RlctEngine#standard()} and asserts it is exact with this lambda and m; returns the result. */
    public static RlctResult assertExact(Problem p, String lambda, int m) {
        RlctResult r = RlctEngine.standard().analyse(p);
        assertTrue(r.isExact(), () -> p + ": " + r + "\n" + r.certificate().text());
        assertEquals(Rational.parse(lambda), r.lambda().orElseThrow(), () -> p + ": " + r.certificate().text());
        assertEquals(m, r.m().orElseThrow(), () -> p + ": " + r.certificate().text());
        return r;
    }
}
