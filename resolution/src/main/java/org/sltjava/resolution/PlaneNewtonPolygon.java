package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * The Newton polygon {@code conv(supp h) + R^2_{>=0}} of a polynomial in two variables: its
 * vertices from the y-axis side to the x-axis side, the primitive inner normals (p, q), p, q > 0,
 * of its compact edges, the order {@code l(r) = min <r, alpha>} over the support along a ray, and
 * the face polynomial of a ray. Variables other than the two (the symbol of a number field) are
 * part of the coefficients. Exact integer geometry, no linear programming.
 */
final class PlaneNewtonPolygon {

    private final List<String> vars;
    private final Map<List<Integer>, Polynomial> terms;
    private final List<int[]> vertices;

    private PlaneNewtonPolygon(List<String> vars, Map<List<Integer>, Polynomial> terms, List<int[]> vertices) {
        this.vars = vars;
        this.terms = terms;
        this.vertices = vertices;
    }

    /** The polygon of a non-zero h over the two variables {@code vars} (x first). */
    static PlaneNewtonPolygon of(Polynomial h, List<String> vars) {
        List<String> order = new ArrayList<>(vars);
        h.variables().stream().filter(v -> !vars.contains(v)).forEach(order::add);
        Map<List<Integer>, Polynomial> terms = new LinkedHashMap<>();
        for (Map.Entry<Monomial, Rational> t : h.termsOver(order).entrySet()) {
            Map<String, Integer> rest = new LinkedHashMap<>();
            for (int k = 2; k < order.size(); k++) {
                rest.put(order.get(k), t.getKey().get(k));
            }
            terms.merge(List.of(t.getKey().get(0), t.getKey().get(1)), Polynomial.term(t.getValue(), rest), Polynomial::add);
        }
        terms.values().removeIf(Polynomial::isZero);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the zero polynomial has no Newton polygon");
        }
        int[] start = null;
        int[] end = null;
        for (List<Integer> m : terms.keySet()) {
            int i = m.get(0);
            int j = m.get(1);
            if (start == null || i < start[0] || i == start[0] && j < start[1]) {
                start = new int[] {i, j};
            }
            if (end == null || j < end[1] || j == end[1] && i < end[0]) {
                end = new int[] {i, j};
            }
        }
        List<int[]> hull = new ArrayList<>();
        hull.add(start);
        int[] current = start;
        while (current[1] > end[1]) {
            int[] best = null;
            for (List<Integer> m : terms.keySet()) {
                int[] c = {m.get(0), m.get(1)};
                if (c[0] <= current[0] || c[1] >= current[1]) {
                    continue;
                }
                if (best == null) {
                    best = c;
                    continue;
                }
                // slope (c1 - cur1)/(c0 - cur0) against the best's: take the steeper (more negative), then the farther
                long cross = (long) (c[1] - current[1]) * (best[0] - current[0]) - (long) (best[1] - current[1]) * (c[0] - current[0]);
                if (cross < 0 || cross == 0 && c[0] > best[0]) {
                    best = c;
                }
            }
            hull.add(best);
            current = best;
        }
        return new PlaneNewtonPolygon(vars, terms, List.copyOf(hull));
    }

    /** The vertices, from the one of smallest x-exponent to the one of smallest y-exponent. */
    List<int[]> vertices() {
        return vertices;
    }

    /** The primitive inner normals (p, q), p, q > 0, of the compact edges, in the order of the vertices. */
    List<int[]> edgeNormals() {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k + 1 < vertices.size(); k++) {
            int[] a = vertices.get(k);
            int[] b = vertices.get(k + 1);
            int p = a[1] - b[1];
            int q = b[0] - a[0];
            int g = BigInteger.valueOf(p).gcd(BigInteger.valueOf(q)).intValue();
            out.add(new int[] {p / g, q / g});
        }
        return out;
    }

    /** {@code min <r, alpha>} over the support. */
    int order(int[] r) {
        int best = Integer.MAX_VALUE;
        for (List<Integer> m : terms.keySet()) {
            best = Math.min(best, r[0] * m.get(0) + r[1] * m.get(1));
        }
        return best;
    }

    /**
     * The face polynomial of the ray r in the chart {@code x = t^p, y = t^q w} at t = 0, as a
     * polynomial in the second variable: {@code sum c_alpha y^(alpha_2)} over the terms with
     * {@code <r, alpha> = l(r)}. Its roots {@code w != 0} are the points where the strict
     * transform {@code h(t^p, t^q w) / t^l(r)} vanishes on the divisor t = 0.
     */
    Polynomial facePolynomial(int[] r) {
        int l = order(r);
        Polynomial out = Polynomial.zero();
        for (Map.Entry<List<Integer>, Polynomial> t : terms.entrySet()) {
            if (r[0] * t.getKey().get(0) + r[1] * t.getKey().get(1) == l) {
                out = out.add(t.getValue().multiply(Polynomial.term(Rational.ONE, Map.of(vars.get(1), t.getKey().get(1)))));
            }
        }
        return out;
    }
}
