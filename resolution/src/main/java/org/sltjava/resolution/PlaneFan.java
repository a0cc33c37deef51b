package org.sltjava.resolution;

import java.util.List;
import org.sltjava.core.Certificate;
import org.sltjava.core.Rational;

/**
 * The generic part of {@link PlaneResolution}'s charts: the rays of a normal fan in the closed
 * positive quadrant (the axes and the edge normals of the factors' Newton polygons) sorted from
 * the x-axis to the y-axis, and the value {@code <r, nu>/l(r)} of each ray's divisor, whose
 * minimum is the Newton distance (Varchenko 1976), and the value at a simple root of a face
 * polynomial.
 */
final class PlaneFan {

    private PlaneFan() {
    }

    /**
     * The generic part of the toric resolution of a fan: rays sorted from the x-axis to the
     * y-axis with their orders l(r); fills values with {@code <r, nu>/l(r)} (null where l = 0)
     * and returns the smallest with m = 2 when two adjacent rays attain it (t0 nu a vertex), or
     * null when every order is 0 (no zero).
     */
    static PlaneResolution.Value generic(List<int[]> rays, int[] orders, int nuX, int nuY, Rational[] values, Certificate.Builder cert) {
        StringBuilder text = new StringBuilder("rays of the normal fan (axes and edge normals) r, l(r) = min <r, alpha> over"
                + " Gamma(K), divisor value <r, nu>/l(r) with nu = (" + nuX + ", " + nuY + "):");
        PlaneResolution.Value generic = null;
        for (int k = 0; k < rays.size(); k++) {
            int[] r = rays.get(k);
            int l = orders[k];
            values[k] = l == 0 ? null : Rational.of(r[0] * nuX + r[1] * nuY, l);
            text.append(" (").append(r[0]).append(", ").append(r[1]).append("): l = ").append(l)
                    .append(l == 0 ? ", no divisor value" : ", " + values[k]).append(';');
            if (values[k] != null) {
                generic = PlaneResolution.Value.min(generic, new PlaneResolution.Value(values[k], 1));
            }
        }
        if (generic == null) {
            return null;
        }
        for (int k = 0; k + 1 < rays.size(); k++) {
            if (generic.lambda().equals(values[k]) && generic.lambda().equals(values[k + 1])) {
                generic = new PlaneResolution.Value(generic.lambda(), 2);
            }
        }
        cert.line(text + " the toric resolution of this fan makes K a monomial times a unit away from the roots of the"
                + " face polynomials: generic value " + generic.lambda() + ", m = " + generic.m() + (generic.m() == 2
                ? " (two adjacent rays attain it: t0 nu is a vertex)" : ""));
        return generic;
    }

    /** Sorts rays from the x-axis (1, 0) to the y-axis (0, 1) by slope, exactly. */
    static void sortRays(List<int[]> rays) {
        rays.sort((r, s) -> Long.compare((long) r[1] * s[0], (long) s[1] * r[0]));
    }

    /**
     * A positive root that is simple for one factor h^e and no root of the others: (t, H) are
     * coordinates there, K ~ t^l H^e, and the monomial rule gives min(divisor value, 1/e).
     */
    static PlaneResolution.Value simpleRoot(Rational divisorValue, int e, int l, String where, Certificate.Builder cert) {
        Rational branch = Rational.of(1, e);
        int c = divisorValue.compareTo(branch);
        PlaneResolution.Value v = new PlaneResolution.Value(divisorValue.min(branch), c == 0 ? 2 : 1);
        cert.line(where + ": a simple root of one factor's face polynomial, so (t, H) are coordinates there and K ~ t^" + l
                + " H^" + e + ": lambda = min(" + divisorValue + ", 1/" + e + ") = " + v.lambda() + ", m = " + v.m());
        return v;
    }
}
