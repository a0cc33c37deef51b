package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final List<String> order;
    private final Map<Monomial, Rational> terms;
    private final List<int[]> support;
    private final List<int[]> vertices;

    private PlaneNewtonPolygon(List<String> order, Map<Monomial, Rational> terms, List<int[]> support, List<int[]> vertices) {
        this.order = order;
        this.terms = terms;
        this.support = support;
        this.vertices = vertices;
    }

    /** The polygon of a non-zero h over the two variables {@code vars} (x first). */
    static PlaneNewtonPolygon of(Polynomial h, List<String> vars) {
        List<String> order = new ArrayList<>(vars);
        h.variables().stream().filter(v -> !vars.contains(v)).forEach(order::add);
        Map<Monomial, Rational> terms = h.termsOver(order);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("the zero polynomial has no Newton polygon");
        }
        Map<List<Integer>, int[]> distinct = new LinkedHashMap<>();
        for (Monomial m : terms.keySet()) {
            distinct.putIfAbsent(List.of(m.get(0), m.get(1)), new int[] {m.get(0), m.get(1)});
        }
        List<int[]> support = List.copyOf(distinct.values());
        int[] start = null;
        int[] end = null;
        for (int[] m : support) {
            int i = m[0];
            int j = m[1];
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
            for (int[] c : support) {
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
        return new PlaneNewtonPolygon(order, terms, support, List.copyOf(hull));
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
        for (int[] m : support) {
            best = Math.min(best, r[0] * m[0] + r[1] * m[1]);
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
        Map<Monomial, Rational> face = new HashMap<>();
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            int[] e = t.getKey().toArray();
            if (r[0] * e[0] + r[1] * e[1] == l) {
                e[0] = 0;
                face.put(Monomial.of(e), t.getValue());
            }
        }
        return Polynomial.fromTerms(order, face);
    }
}
