package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * The local question of a two-variable K at a real algebraic point that is not rational (a
 * point of a zero-dimensional component of the zero set, {@link RealAlgebraicPoint}), answered by
 * the plane resolution started there with coefficients in a number field.
 *
 * <p>The point is {@code (h_x(t), h_y(t))} at a real root t of the eliminant g. Its minimal
 * polynomial mu is the irreducible factor of g over Q that vanishes at the root (found by
 * factoring g, so nothing rests on g being irreducible), and the coordinates
 * {@code a = h_x(theta), b = h_y(theta)} are elements of {@code Q(theta) = Q[theta]/(mu)},
 * theta standing for t ({@link PlaneNumberField}, exact signs). K is factored over Q,
 * {@code K = c prod h_i^(e_i)}; each h_i is irreducible over Q, hence squarefree over every
 * extension of Q (in characteristic 0, {@code gcd(h_i, dh_i)} is 1 over Q and a gcd does not
 * change with the field), and distinct h_i stay coprime for the same reason. The translation
 * {@code (x, y) -> (a + x, b + y)} is a ring automorphism of {@code Q(theta)[x, y]}, so the
 * translated factors are squarefree and pairwise coprime over Q(theta) as well; those that do
 * not vanish at 0 (a non-zero reduced element as constant term) are units near 0 and dropped.
 * The prior weight is translated the same way; when it is {@code x^a y^b} times a polynomial
 * that does not vanish at 0 (a unit, which changes neither lambda nor m), the weight
 * {@code |x^a y^b|} is kept, and any other weight is declined. A coordinate exactly at an end of its range (an element
 * equal to that rational end) makes the question one on the half-plane, with the side the box
 * allows, as for rational points.
 */
final class PlaneAlgebraicPoint {

    private PlaneAlgebraicPoint() {
    }

    /**
     * The exact local (lambda, m) of the question at the point (in the closed box), or an
     * unresolved result saying why not; the work stops at the deadline.
     */
    static RlctResult analyse(Question problem, RealAlgebraicPoint point, Deadline deadline,
            Function<Polynomial, Optional<Map<Polynomial, Integer>>> known) {
        List<String> vars = problem.parameters();
        Certificate.Builder cert = Certificate.builder();
        if (vars.size() != 2) {
            return RlctResult.unresolved(PlaneResolution.NAME, cert.line("not a question in two variables").build());
        }
        try {
            PlaneChartAlgebra algebra = new PlaneChartAlgebra(vars, deadline, known);
            Optional<UnivariatePolynomial> mu = point.minimalPolynomial(deadline);
            if (mu.isEmpty()) {
                return RlctResult.unresolved(PlaneResolution.NAME, cert.line("the point is rational").build());
            }
            PlaneNumberField field = PlaneNumberField.of(mu.get(), point.root(), algebra.symbol(), deadline);
            UnivariatePolynomial a = field.reduce(point.coordinate(vars.get(0)));
            UnivariatePolynomial b = field.reduce(point.coordinate(vars.get(1)));
            int[] sides = {side(a, problem.box().range(vars.get(0))), side(b, problem.box().range(vars.get(1)))};
            int[] weight = new int[2];
            Polynomial w = problem.weight().isConstant() ? problem.weight() : translate(problem.weight(), vars, a, b, field, deadline);
            Map<String, Integer> monomial = new LinkedHashMap<>(w.largestMonomialFactor());
            monomial.keySet().retainAll(vars);
            weight[0] = monomial.getOrDefault(vars.get(0), 0);
            weight[1] = monomial.getOrDefault(vars.get(1), 0);
            Polynomial unit = monomial.isEmpty() ? w : w.divideByMonomial(monomial);
            if (field.element(unit.substitute(Map.of(vars.get(0), Polynomial.zero(), vars.get(1), Polynomial.zero()))).isZero()) {
                return RlctResult.unresolved(PlaneResolution.NAME, cert.line("the prior's weight " + problem.weight() + " is not a"
                        + " monomial times a unit at the point").build());
            }
            Map<Polynomial, Integer> over = algebra.factors(problem.k());
            Map<Polynomial, Integer> translated = new LinkedHashMap<>();
            List<String> units = new ArrayList<>();
            for (Map.Entry<Polynomial, Integer> f : over.entrySet()) {
                Polynomial h = translate(f.getKey(), vars, a, b, field, deadline);
                if (field.element(h.substitute(Map.of(vars.get(0), Polynomial.zero(), vars.get(1), Polynomial.zero()))).isZero()) {
                    translated.put(h, f.getValue());
                } else {
                    units.add(f.getKey().toString());
                }
            }
            cert.line("the point " + vars.get(0) + " = " + field.asPolynomial(a) + ", " + vars.get(1) + " = " + field.asPolynomial(b)
                    + " with " + field.describe() + " (the irreducible factor over Q of the eliminant " + point.eliminant()
                    + " that vanishes at the root: Q(" + field.symbol() + ") is a number field of degree " + mu.get().degree() + ")");
            cert.line("K = c * " + over.entrySet().stream().map(f -> "(" + f.getKey() + ")^" + f.getValue()).toList() + " over Q;"
                    + " irreducible factors are squarefree and pairwise coprime over every extension of Q, and stay so under the"
                    + " translation " + vars.get(0) + " -> " + field.asPolynomial(a) + " + " + vars.get(0) + ", " + vars.get(1)
                    + " -> " + field.asPolynomial(b) + " + " + vars.get(1) + (units.isEmpty() ? "" : "; " + units
                    + " do not vanish at the point: units, dropped") + (problem.weight().isConstant() ? ""
                    : "; the weight translated there is " + vars.get(0) + "^" + weight[0] + " " + vars.get(1) + "^" + weight[1]
                    + " times a unit (non-zero at 0)"));
            return PlaneResolution.analyseAt(vars, translated, field, weight, sides, deadline, known, cert);
        } catch (PlaneResolution.Declined | ArithmeticException | IllegalArgumentException e) {
            return RlctResult.unresolved(PlaneResolution.NAME, cert.line("cannot prove: " + e.getMessage()).build());
        } catch (Deadline.Exceeded e) {
            return RlctResult.unresolved(PlaneResolution.NAME, cert.line("cannot prove: the time budget ran out").build());
        }
    }

    /** +1 when the element is the lower end of the range, -1 the upper end, 0 otherwise (exact: reduced elements). */
    private static int side(UnivariatePolynomial a, Interval range) {
        if (a.degree() > 0) {
            return 0;
        }
        Rational c = a.isZero() ? Rational.ZERO : a.coefficient(0);
        return c.equals(range.lo()) ? 1 : c.equals(range.hi()) ? -1 : 0;
    }

    /**
     * {@code h(a + x, b + y)} for h with rational coefficients and a, b in the field: a term
     * {@code c x^i y^j} gives {@code sum C(i, k) C(j, l) a^(i - k) b^(j - l) c x^k y^l}, the
     * products reduced modulo mu; shifted in x, then in y, collecting terms in maps.
     */
    static Polynomial translate(Polynomial h, List<String> vars, UnivariatePolynomial a, UnivariatePolynomial b,
            PlaneNumberField field, Deadline deadline) {
        Map<List<Integer>, UnivariatePolynomial> inX = new HashMap<>();
        for (Map.Entry<Monomial, Rational> t : h.termsOver(vars).entrySet()) {
            shift(t.getKey().get(0), UnivariatePolynomial.of(t.getValue()), a, field, deadline,
                    (k, e) -> inX.merge(List.of(k, t.getKey().get(1)), e, PlaneAlgebraicPoint::sum));
        }
        Map<List<Integer>, UnivariatePolynomial> inXY = new HashMap<>();
        inX.forEach((m, e) -> shift(m.get(1), e, b, field, deadline,
                (l, f) -> inXY.merge(List.of(m.get(0), l), f, PlaneAlgebraicPoint::sum)));
        List<String> order = new ArrayList<>(vars);
        order.add(field.symbol());
        Map<Monomial, Rational> out = new HashMap<>();
        inXY.forEach((m, e) -> {
            UnivariatePolynomial r = field.reduce(e);
            for (int u = 0; u <= r.degree(); u++) {
                if (!r.coefficient(u).isZero()) {
                    out.put(Monomial.of(m.get(0), m.get(1), u), r.coefficient(u));
                }
            }
        });
        return Polynomial.fromTerms(order, out);
    }

    private static UnivariatePolynomial sum(UnivariatePolynomial p, UnivariatePolynomial q) {
        return p.subtract(q.negate());
    }

    /** Where a term of an expansion goes: the power of the shifted variable and the element. */
    private interface Sink {
        void accept(int power, UnivariatePolynomial element);
    }

    /** {@code c (s + z)^n = sum_k C(n, k) s^(n - k) c z^k}, each term handed to the sink. */
    private static void shift(int n, UnivariatePolynomial c, UnivariatePolynomial s, PlaneNumberField field, Deadline deadline,
            Sink sink) {
        deadline.check();
        List<UnivariatePolynomial> powers = new ArrayList<>(List.of(c));
        for (int k = 1; k <= n; k++) {
            powers.add(field.multiply(powers.getLast(), s));
        }
        BigInteger binomial = BigInteger.ONE;
        for (int k = 0; k <= n; k++) {
            sink.accept(k, PlaneNumberField.scale(powers.get(n - k), Rational.of(binomial)));
            binomial = binomial.multiply(BigInteger.valueOf(n - k)).divide(BigInteger.valueOf(k + 1));
        }
    }
}
