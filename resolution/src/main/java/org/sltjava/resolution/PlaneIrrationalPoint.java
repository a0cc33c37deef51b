package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Certificate;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * One more chart of the plane resolution at the irrational roots c of an irreducible factor phi
 * (over Q, degree >= 2) of a face polynomial, where one factor h of K has a root of multiplicity
 * k >= 2: the translated strict transform {@code H(t, c + w)} has its coefficients in the number
 * field {@code Q(c) = Q[y]/(phi)}, computed exactly as remainders modulo phi
 * ({@code a_{i,m} = H_i^(m)(c)/m!} with {@code H = sum_i t^i H_i(w)}; zero exactly when phi
 * divides). Everything used below is the same at every root of phi: which coefficients vanish
 * (the Newton polygon) and the norm {@code N(z) = Res_y(phi, F(y, z))} of each face polynomial F,
 * whose roots are those of F at all the conjugates of c together. So all positive roots of phi
 * are settled at once when every face polynomial's norm either has no root of the quadrant's
 * sign (no further point) or is squarefree with a divisor value below the branch value 1/e
 * (simple roots only, which cannot lower lambda or raise m); anything else is declined.
 */
final class PlaneIrrationalPoint {

    private PlaneIrrationalPoint() {
    }

    /**
     * The local answer at the positive roots of phi on the divisor of r, for the factor h (after
     * the quadrant's sign flips) with exponent e, total order l of K along r and weight order
     * {@code n - 1} in t.
     */
    static PlaneResolution.Value analyse(List<String> vars, Polynomial h, int e, int[] r, int l, int n, Polynomial phi, int k,
            Certificate.Builder cert) {
        String x = vars.get(0);
        String y = vars.get(1);
        UnivariatePolynomial mu = JasAlgebra.univariate(phi, y);
        Polynomial chart = h.substitute(Map.of(x, Polynomial.variable(x).pow(r[0]),
                y, Polynomial.variable(x).pow(r[1]).multiply(Polynomial.variable(y))));
        chart = chart.divideByMonomial(Map.of(x, chart.largestMonomialFactor().getOrDefault(x, 0)));
        Map<Integer, Map<Integer, Rational>> byPower = new LinkedHashMap<>();
        for (Map.Entry<Monomial, Rational> t : chart.termsOver(vars).entrySet()) {
            byPower.computeIfAbsent(t.getKey().get(0), i -> new LinkedHashMap<>()).put(t.getKey().get(1), t.getValue());
        }
        Map<List<Integer>, UnivariatePolynomial> coefficients = new LinkedHashMap<>();
        Polynomial support = Polynomial.zero();
        for (Map.Entry<Integer, Map<Integer, Rational>> row : byPower.entrySet()) {
            UnivariatePolynomial d = UnivariatePolynomial.ofTerms(row.getValue());
            Rational factorial = Rational.ONE;
            for (int m = 0; m <= k && !d.isZero(); m++) {
                if (m > 0) {
                    d = d.derivative();
                    factorial = factorial.multiply(Rational.of(m));
                }
                UnivariatePolynomial a = scale(d.remainder(mu), factorial.reciprocal());
                if (!a.isZero()) {
                    coefficients.put(List.of(row.getKey(), m), a);
                    support = support.add(Polynomial.term(Rational.ONE, Map.of(x, row.getKey(), y, m)));
                }
            }
        }
        if (coefficients.keySet().stream().noneMatch(p -> p.get(1) == 0)) {
            throw new PlaneResolution.Declined("the strict transform vanishes along the irrational root of " + phi);
        }
        cert.line("at the roots c of " + phi + " (w = c + w, coefficients in Q(c) = Q[" + y + "]/(" + phi + ")): K ~ t^" + l
                + " H^" + e + " with H = sum a_{i,m} t^i w^m, a_{i,m} = H_i^(m)(c)/m! reduced modulo " + phi + ": "
                + describe(coefficients) + "; weight t^" + (n - 1));
        PlaneNewtonPolygon polygon = PlaneNewtonPolygon.of(support, vars);
        List<int[]> rays = new ArrayList<>();
        rays.add(new int[] {1, 0});
        rays.add(new int[] {0, 1});
        rays.addAll(polygon.edgeNormals());
        PlaneResolution.sortRays(rays);
        int[] orders = new int[rays.size()];
        for (int j = 0; j < rays.size(); j++) {
            orders[j] = l * rays.get(j)[0] + e * polygon.order(rays.get(j));
        }
        Rational[] values = new Rational[rays.size()];
        PlaneResolution.Value best = PlaneResolution.generic(rays, orders, n, 1, values, cert);
        Rational branch = Rational.of(1, e);
        for (int sign : new int[] {1, -1}) {
            for (int j = 0; j < rays.size(); j++) {
                int[] s = rays.get(j);
                if (s[0] == 0 || s[1] == 0) {
                    continue;
                }
                int order = polygon.order(s);
                Map<Integer, UnivariatePolynomial> face = new LinkedHashMap<>();
                coefficients.forEach((p, a) -> {
                    if (s[0] * p.get(0) + s[1] * p.get(1) == order) {
                        face.put(p.get(1), sign < 0 && p.get(1) % 2 == 1 ? a.negate() : a);
                    }
                });
                boolean rational = face.values().stream().allMatch(a -> a.degree() <= 0);
                UnivariatePolynomial norm = (rational ? rationalFace(face) : norm(mu, face)).withoutZeroRoot();
                int positive = norm.positiveRootCount();
                String where = "edge normal (" + s[0] + ", " + s[1] + "), w " + (sign > 0 ? "> 0" : "< 0") + ": the face"
                        + " polynomial " + (rational ? "has rational coefficients: " : "'s norm over Q is ") + norm;
                if (positive == 0) {
                    cert.line(where + ", without positive roots: no further point");
                    continue;
                }
                boolean squarefree = norm.gcd(norm.derivative()).degree() == 0;
                if (!squarefree || !rational && values[j].compareTo(branch) >= 0) {
                    throw new PlaneResolution.Declined(where + ", with positive roots that are multiple or could lower lambda"
                            + " (divisor value " + values[j] + ", branch value " + branch + "): a further number field would be needed");
                }
                int c = values[j].compareTo(branch);
                PlaneResolution.Value v = new PlaneResolution.Value(values[j].min(branch), c == 0 ? 2 : 1);
                cert.line(where + ", squarefree: its " + positive + " root(s) are simple, where (t', H') are coordinates and K ~ t'^"
                        + orders[j] + " H'^" + e + ": lambda = min(" + values[j] + ", " + branch + ") = " + v.lambda() + ", m = " + v.m()
                        + (rational ? "" : " (below the branch value: whether such a root exists at c changes nothing)"));
                best = PlaneResolution.Value.min(best, v);
            }
        }
        return best;
    }

    /** The face polynomial {@code sum a_m z^m} whose coefficients are all rational (constants in y). */
    private static UnivariatePolynomial rationalFace(Map<Integer, UnivariatePolynomial> face) {
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        face.forEach((m, a) -> terms.put(m, a.coefficient(0)));
        return UnivariatePolynomial.ofTerms(terms);
    }

    private static UnivariatePolynomial scale(UnivariatePolynomial p, Rational c) {
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        for (int i = 0; i <= p.degree(); i++) {
            terms.put(i, p.coefficient(i).multiply(c));
        }
        return UnivariatePolynomial.ofTerms(terms);
    }

    private static String describe(Map<List<Integer>, UnivariatePolynomial> coefficients) {
        StringBuilder sb = new StringBuilder();
        coefficients.forEach((p, a) -> sb.append(sb.isEmpty() ? "" : ", ").append("a_{").append(p.get(0)).append(',')
                .append(p.get(1)).append("} = ").append(a));
        return sb.toString();
    }

    /**
     * {@code Res_y(mu(y), F(y, z))} for {@code F = sum_m a_m(y) z^m}: the determinant of the
     * Sylvester matrix in y, whose entries are polynomials in z, by fraction-free (Bareiss)
     * elimination with exact divisions. Up to sign it is {@code lc(mu)^deg prod F(c_j, z)} over
     * the roots c_j of mu.
     */
    static UnivariatePolynomial norm(UnivariatePolynomial mu, Map<Integer, UnivariatePolynomial> face) {
        int a = mu.degree();
        int b = face.values().stream().mapToInt(UnivariatePolynomial::degree).max().orElse(0);
        // coefficient of y^i in F, as a polynomial in z
        List<UnivariatePolynomial> fy = new ArrayList<>();
        for (int i = 0; i <= b; i++) {
            Map<Integer, Rational> terms = new LinkedHashMap<>();
            for (Map.Entry<Integer, UnivariatePolynomial> t : face.entrySet()) {
                terms.put(t.getKey(), t.getValue().coefficient(i));
            }
            fy.add(UnivariatePolynomial.ofTerms(terms));
        }
        int size = a + b;
        if (b == 0) {
            return power(fy.get(0), a);
        }
        UnivariatePolynomial[][] m = new UnivariatePolynomial[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                m[i][j] = UnivariatePolynomial.of();
            }
        }
        for (int i = 0; i < b; i++) {
            for (int d = 0; d <= a; d++) {
                m[i][i + a - d] = UnivariatePolynomial.of(mu.coefficient(d));
            }
        }
        for (int i = 0; i < a; i++) {
            for (int d = 0; d <= b; d++) {
                m[b + i][i + b - d] = fy.get(d);
            }
        }
        return determinant(m);
    }

    private static UnivariatePolynomial determinant(UnivariatePolynomial[][] m) {
        int size = m.length;
        UnivariatePolynomial previous = UnivariatePolynomial.of(Rational.ONE);
        for (int col = 0; col < size; col++) {
            int pivot = col;
            while (pivot < size && m[pivot][col].isZero()) {
                pivot++;
            }
            if (pivot == size) {
                return UnivariatePolynomial.of();
            }
            UnivariatePolynomial[] tmp = m[pivot];
            m[pivot] = m[col];
            m[col] = tmp;
            for (int i = col + 1; i < size; i++) {
                for (int j = col + 1; j < size; j++) {
                    m[i][j] = multiply(m[col][col], m[i][j]).subtract(multiply(m[i][col], m[col][j])).quotient(previous);
                }
                m[i][col] = UnivariatePolynomial.of();
            }
            previous = m[col][col];
        }
        return m[size - 1][size - 1];
    }

    private static UnivariatePolynomial power(UnivariatePolynomial p, int e) {
        UnivariatePolynomial out = UnivariatePolynomial.of(Rational.ONE);
        for (int i = 0; i < e; i++) {
            out = multiply(out, p);
        }
        return out;
    }

    static UnivariatePolynomial multiply(UnivariatePolynomial p, UnivariatePolynomial q) {
        if (p.isZero() || q.isZero()) {
            return UnivariatePolynomial.of();
        }
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        for (int i = 0; i <= p.degree(); i++) {
            for (int j = 0; j <= q.degree(); j++) {
                terms.merge(i + j, p.coefficient(i).multiply(q.coefficient(j)), Rational::add);
            }
        }
        return UnivariatePolynomial.ofTerms(terms);
    }
}
