package org.sltjava.resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Polynomial;

/**
 * A local question in two variables at the origin, as {@link PlaneResolution} answers it: K (a
 * polynomial with rational coefficients, {@code K >= 0} near 0 on the allowed quadrants,
 * {@code K(0) = 0}), the prior weight {@code |x^a y^b|} (a unit factor at 0 removed: it changes
 * neither lambda nor m), and which sides of each axis the box allows.
 *
 * @param vars the two variable names, x first
 * @param k the loss, translated so that the point is the origin
 * @param a the weight's exponent of x
 * @param b the weight's exponent of y
 * @param xSide +1 when only x >= 0 is allowed (the point at the lower end of x's range), -1 when
 *     only x <= 0, 0 when both
 * @param ySide the same for y
 */
public record PlaneQuestion(List<String> vars, Polynomial k, int a, int b, int xSide, int ySide) {

    /** Validates the data. */
    public PlaneQuestion {
        vars = List.copyOf(vars);
        if (vars.size() != 2 || vars.get(0).equals(vars.get(1))) {
            throw new IllegalArgumentException("a plane question has two distinct variables, not " + vars);
        }
        if (!vars.containsAll(k.variables())) {
            throw new IllegalArgumentException("K = " + k + " has variables outside " + vars);
        }
        if (a < 0 || b < 0 || Math.abs(xSide) > 1 || Math.abs(ySide) > 1) {
            throw new IllegalArgumentException("weight exponents must be >= 0 and sides in {-1, 0, 1}");
        }
        if (!k.constantTerm().isZero()) {
            throw new IllegalArgumentException("K = " + k + " does not vanish at the origin");
        }
    }

    /**
     * The plane question of a local question in two parameters, centred at its point, whose
     * weight there is a monomial times a unit; empty for any other question.
     */
    public static Optional<PlaneQuestion> of(Charts.Centred q) {
        List<String> vars = q.vars();
        if (vars.size() != 2) {
            return Optional.empty();
        }
        Optional<Map<String, Integer>> weight = q.weight().monomialTimesUnitAtOrigin();
        Polynomial k = q.loss().expanded();
        if (weight.isEmpty() || !k.constantTerm().isZero()) {
            return Optional.empty();
        }
        return Optional.of(new PlaneQuestion(vars, k, weight.get().getOrDefault(vars.get(0), 0),
                weight.get().getOrDefault(vars.get(1), 0), q.side()[0], q.side()[1]));
    }

    @Override
    public String toString() {
        return "K = " + k + " at 0 over " + vars + ", weight |" + vars.get(0) + "^" + a + " " + vars.get(1) + "^" + b + "|"
                + (xSide == 0 && ySide == 0 ? "" : ", sides (" + xSide + ", " + ySide + ")");
    }
}
