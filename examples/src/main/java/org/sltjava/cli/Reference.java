package org.sltjava.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.sltjava.core.Rational;

/**
 * What {@code slt validate} compares an estimate with, and what that reference is: a value
 * given on the line, a catalogue family's published value (with its citation), an exact answer of
 * the engines, an upper bound of the engines (a one-sided check), or our own numeric estimate
 * (an estimate, with an error bar that enters z). The last two say the engines' budget and the
 * best bound reached, since no proof of lambda was.
 *
 * @param kind       what the reference is
 * @param value      the exact value (given, catalogue, exact) or the bound (upper bound); null for an estimate
 * @param m          the multiplicity, when the source states it
 * @param source     the citation, the engine or the estimator that gave the reference
 * @param estimate   our estimate of lambda (estimate only)
 * @param variance   the square of our estimate's standard error, as an exact rational of its double (estimate only)
 * @param budget     the engines' time budget in seconds, when they ran and proved no lambda
 * @param bestBound  the best upper bound the engines proved, when they ran and proved no lambda (may be null)
 */
record Reference(Kind kind, Rational value, Integer m, String source, Double estimate, Rational variance, Double budget,
        Rational bestBound) {

    /** The kinds of reference, in the order {@code slt validate} looks for them. */
    enum Kind {
        /** {@code catalog}: a published closed form. */
        CATALOG,
        /** {@code lambda} on the line (as {@code slt generate} writes it). */
        GIVEN,
        /** The engines proved lambda. */
        EXACT,
        /** The engines proved only lambda <= bound: a one-sided check. */
        UPPER_BOUND,
        /** Nothing proven: our numeric estimate, with its error bar. */
        ESTIMATE;

        /** The name in the output, such as {@code upper_bound}. */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Reference catalogue(Rational lambda, int m, String citation) {
        return new Reference(Kind.CATALOG, lambda, m, citation, null, null, null, null);
    }

    static Reference given(Rational lambda, Integer m, String source) {
        return new Reference(Kind.GIVEN, lambda, m, source, null, null, null, null);
    }

    static Reference exact(Rational lambda, int m, String method) {
        return new Reference(Kind.EXACT, lambda, m, "engine " + method, null, null, null, null);
    }

    static Reference upperBound(Rational bound, String method, double budget) {
        return new Reference(Kind.UPPER_BOUND, bound, null, "engine " + method, null, null, budget, bound);
    }

    static Reference estimate(double lambdaHat, double stderr, String method, double budget, Rational bestBound) {
        return new Reference(Kind.ESTIMATE, null, null, method, lambdaHat, Rational.of(new BigDecimal(stderr)).pow(2), budget,
                bestBound);
    }

    /** Whether the reference is one-sided (only lambda <= value is known). */
    boolean oneSided() {
        return kind == Kind.UPPER_BOUND;
    }

    /** The centre of the comparison: the exact value, the bound, or our estimate's exact binary value. */
    Rational centre() {
        return value != null ? value : Rational.of(new BigDecimal(estimate));
    }

    /** The reference's own variance (zero unless it is an estimate). */
    Rational ownVariance() {
        return variance == null ? Rational.ZERO : variance;
    }

    /** Writes the reference's fields: {@code reference} (the kind) first, then what it is and, when nothing was proven, the budget and best bound. */
    void put(ObjectNode o) {
        o.put("reference", kind.label());
        switch (kind) {
            case CATALOG, GIVEN, EXACT -> o.put("lambda", value.toString());
            case UPPER_BOUND -> o.put("lambdaUpper", value.toString());
            case ESTIMATE -> {
                o.put("lambdaEstimate", estimate);
                o.put("estimateStderr", Math.sqrt(variance.doubleValue()));
            }
        }
        if (m != null) {
            o.put("m", m);
        }
        o.put(kind == Kind.CATALOG ? "citation" : "referenceSource", source);
        if (budget != null) {
            o.put("budget", budget);
            if (bestBound == null) {
                o.putNull("bestBound");
            } else {
                o.put("bestBound", bestBound.toString());
            }
        }
    }
}
