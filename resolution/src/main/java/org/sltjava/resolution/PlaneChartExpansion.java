package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * The expansion of a factor in a chart of {@link PlaneResolution},
 * {@code h(x^p, x^q (s + y/E))} up to a positive constant (E > 0 below), by Horner's rule in
 * integers: the terms of h are grouped by the power {@code e = p i + q j} of x they give, and each
 * group {@code x^e P_e(s + y/E)}, {@code P_e(Y) = sum_j a_j Y^j}, is a Taylor shift of a
 * polynomial in one variable. Horner's rule multiplies by {@code E s + y} once per degree, which
 * costs products of a coefficient by the small numbers of {@code E s}, where an expansion term by
 * term ({@code C(j, k) s^(j - k)} for every term and every k) multiplies large numbers by large
 * numbers and collects every product in a map.
 *
 * <p>The scaled variable. The chart {@code x = t^p, y = t^q (s + w/E)} is the chart
 * {@code x = t^p, y = t^q (s + w')} followed by {@code w' = w/E}, a linear change of w with
 * positive factor: it maps the point w = 0 to w' = 0, keeps the sides of w and multiplies the
 * weight by the constant {@code 1/E}, so the local (lambda, m) at 0, the Newton polygon's
 * edges and the factorisation into squarefree coprime factors are those of the unscaled chart,
 * and a root {@code w'_0} of a face polynomial is the root {@code E w'_0} here. It spares the
 * factor {@code E^k} the unscaled chart carries on {@code y^k} (thousands of bits after a few
 * charts over a rational s with a large denominator), in this chart and every chart after it.
 *
 * <p>In integers, over Q or over a number field {@code Q(theta)} of degree d (Q: d = 1,
 * theta = 1): an element is its vector of coordinates on {@code 1, theta, ..., theta^(d - 1)};
 * multiplication by s is a d x d rational matrix M, and with E > 0 the least common denominator
 * of M's entries, {@code E M} is an integer matrix (over Q with s = u/v: {@code E = v},
 * {@code E M = (u)}). With D > 0 the least common denominator of the coordinates of h's
 * coefficients ({@code a_j} = D times them, integer vectors) and J the largest power of y in h,
 * the rule {@code Q <- (E M + y) Q + E^(J_e - j) a_j} for j from {@code J_e - 1} (the group's
 * largest power of y less one) down to 0, started at {@code Q = a_(J_e)}, ends at
 * {@code Q = D E^(J_e) P_e(s + y/E)}, since {@code E M + y} is the multiplication by
 * {@code E (s + y/E)} and each {@code a_j} is multiplied by it j times; multiplied by
 * {@code E^(J - J_e)}, every group carries the same factor {@code D E^J > 0}. So the integer terms
 * are a positive multiple of the chart, and their content is divided out: the primitive integer
 * polynomial of the chart, the same whatever way its terms are computed. A positive multiple has
 * the same zeros, signs, Newton polygon and factors up to constants, which is all the resolution
 * reads from a factor.
 */
final class PlaneChartExpansion {

    private PlaneChartExpansion() {
    }

    /**
     * h in the chart {@code x = x^p, y = x^q (s + y/E)}, r = (p, q), E = {@link #denominator}, up
     * to a positive constant, over
     * {@code order} (the plane's variables, then the field's symbol when field is not null), s
     * rational (field null) or an element of the field; the deadline is checked once per group
     * and degree.
     */
    static Polynomial expand(Polynomial h, List<String> order, int[] r, UnivariatePolynomial s, PlaneNumberField field, Deadline deadline) {
        int d = field == null ? 1 : field.degree();
        Rational[][] m = multiplication(s, field);
        BigInteger e = denominator(s, field);
        BigInteger[][] em = new BigInteger[d][d];
        for (int row = 0; row < d; row++) {
            for (int c = 0; c < d; c++) {
                em[row][c] = m[row][c].numerator().multiply(e.divide(m[row][c].denominator()));
            }
        }
        Map<Integer, TreeMap<Integer, Rational[]>> groups = new HashMap<>();
        int top = 0;
        for (Map.Entry<Monomial, Rational> t : h.termsOver(order).entrySet()) {
            int i = t.getKey().get(0);
            int j = t.getKey().get(1);
            top = Math.max(top, j);
            UnivariatePolynomial element = field == null ? UnivariatePolynomial.of(t.getValue())
                    : field.reduce(PlaneNumberField.scale(power(t.getKey().get(2)), t.getValue()));
            Rational[] sum = groups.computeIfAbsent(r[0] * i + r[1] * j, k -> new TreeMap<>()).computeIfAbsent(j, k -> zeros(d));
            for (int u = 0; u < d; u++) {
                sum[u] = sum[u].add(element.coefficient(u));
            }
        }
        BigInteger denominators = BigInteger.ONE;
        for (TreeMap<Integer, Rational[]> group : groups.values()) {
            for (Rational[] a : group.values()) {
                for (Rational c : a) {
                    denominators = lcm(denominators, c.denominator());
                }
            }
        }
        BigInteger[] ePowers = new BigInteger[top + 1];
        ePowers[0] = BigInteger.ONE;
        for (int k = 1; k <= top; k++) {
            ePowers[k] = ePowers[k - 1].multiply(e);
        }
        Map<Monomial, BigInteger> out = new HashMap<>();
        for (Map.Entry<Integer, TreeMap<Integer, Rational[]>> group : groups.entrySet()) {
            int xe = group.getKey();
            TreeMap<Integer, Rational[]> a = group.getValue();
            int jTop = a.lastKey();
            List<BigInteger[]> q = new ArrayList<>();
            q.add(integers(a.get(jTop), denominators));
            for (int j = jTop - 1; j >= 0; j--) {
                deadline.check();
                q = timesShift(q, em);
                Rational[] aj = a.get(j);
                if (aj != null) {
                    BigInteger[] add = integers(aj, denominators);
                    BigInteger[] low = q.get(0);
                    for (int u = 0; u < d; u++) {
                        low[u] = low[u].add(add[u].multiply(ePowers[jTop - j]));
                    }
                }
            }
            BigInteger scale = ePowers[top - jTop];
            for (int k = 0; k < q.size(); k++) {
                BigInteger[] coordinates = q.get(k);
                for (int u = 0; u < d; u++) {
                    if (coordinates[u].signum() != 0) {
                        out.put(field == null ? Monomial.of(xe, k) : Monomial.of(xe, k, u), coordinates[u].multiply(scale));
                    }
                }
            }
        }
        return fromIntegers(order, out);
    }

    /**
     * The matrix of the multiplication by s on the coordinates (column c: s theta^c reduced; over
     * Q the 1 x 1 matrix (s)).
     */
    private static Rational[][] multiplication(UnivariatePolynomial s, PlaneNumberField field) {
        int d = field == null ? 1 : field.degree();
        Rational[][] m = new Rational[d][d];
        for (int c = 0; c < d; c++) {
            UnivariatePolynomial column = field == null ? s : field.multiply(s, power(c));
            for (int row = 0; row < d; row++) {
                m[row][c] = column.coefficient(row);
            }
        }
        return m;
    }

    /**
     * E, the least common denominator of the matrix of the multiplication by s (over Q with
     * s = u/v: v): the chart's second variable is scaled by it ({@link #expand}).
     */
    static BigInteger denominator(UnivariatePolynomial s, PlaneNumberField field) {
        BigInteger e = BigInteger.ONE;
        for (Rational[] row : multiplication(s, field)) {
            for (Rational a : row) {
                e = lcm(e, a.denominator());
            }
        }
        return e;
    }

    /** {@code (E M + y) Q}: the coefficient of y^k is {@code E M Q_k + Q_(k - 1)}. */
    private static List<BigInteger[]> timesShift(List<BigInteger[]> q, BigInteger[][] em) {
        int d = em.length;
        List<BigInteger[]> next = new ArrayList<>(q.size() + 1);
        for (int k = 0; k <= q.size(); k++) {
            BigInteger[] out = new BigInteger[d];
            for (int row = 0; row < d; row++) {
                BigInteger sum = BigInteger.ZERO;
                if (k < q.size()) {
                    BigInteger[] qk = q.get(k);
                    for (int c = 0; c < d; c++) {
                        sum = sum.add(times(em[row][c], qk[c]));
                    }
                }
                if (k > 0) {
                    sum = sum.add(q.get(k - 1)[row]);
                }
                out[row] = sum;
            }
            next.add(out);
        }
        return next;
    }

    /** a b, skipping the product when a is 0 or 1 or b is 0. */
    private static BigInteger times(BigInteger a, BigInteger b) {
        return a.signum() == 0 || b.signum() == 0 ? BigInteger.ZERO : a.equals(BigInteger.ONE) ? b : a.multiply(b);
    }

    /** theta^n as an element (not reduced). */
    private static UnivariatePolynomial power(int n) {
        return UnivariatePolynomial.ofTerms(Map.of(n, Rational.ONE));
    }

    private static Rational[] zeros(int d) {
        Rational[] z = new Rational[d];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }

    /** The coordinates times D, integers since D is a common denominator. */
    private static BigInteger[] integers(Rational[] a, BigInteger denominators) {
        BigInteger[] out = new BigInteger[a.length];
        for (int u = 0; u < a.length; u++) {
            out[u] = a[u].numerator().multiply(denominators.divide(a[u].denominator()));
        }
        return out;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    /** The polynomial of the integer terms, their content divided out (a positive constant multiple of their sum). */
    private static Polynomial fromIntegers(List<String> order, Map<Monomial, BigInteger> terms) {
        terms.values().removeIf(b -> b.signum() == 0);
        BigInteger content = terms.values().stream().reduce(BigInteger.ZERO, BigInteger::gcd);
        Map<Monomial, Rational> reduced = new HashMap<>();
        terms.forEach((m, b) -> reduced.put(m, Rational.of(content.equals(BigInteger.ONE) ? b : b.divide(content))));
        return Polynomial.fromTerms(order, reduced);
    }
}
