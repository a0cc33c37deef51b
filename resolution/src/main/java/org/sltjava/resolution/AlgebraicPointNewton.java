package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * Newton's answer at a real algebraic point: the local question of K at a point whose
 * coordinates lie in a real number field {@code Q(theta) = Q[theta]/(mu)} (mu the irreducible
 * factor of the point's eliminant that vanishes at its root). K is translated to the point,
 * {@code K(a + u) = sum c_alpha(theta) u^alpha}, with each coefficient reduced modulo mu, so
 * the support (the alpha with {@code c_alpha != 0}) is exact and the sign of each coefficient
 * at the real root is decided by bisection ({@link PlaneNumberField#signum}). The Newton
 * polyhedron, its distance t0 for {@code nu = h + 1} (the weight a monomial {@code u^h} times a
 * unit at the point) and the principal face are those of this support.
 *
 * <p>Non-degeneracy (Varchenko 1976; Lin 2011 for real K): in every orthant the box allows, no
 * compact face polynomial {@code K_tau} vanishes in the open orthant. A face whose terms have
 * one sign in an orthant does not. For the others: K >= 0 near the point, so {@code K_tau >= 0}
 * on the orthant (the limit of {@code s^(-l) K(s^y u)} as s -> 0 for a normal y of tau), and a
 * zero there would be a minimum, a singular zero; the ideal of {@code mu(theta)}, {@code K_tau}
 * and its partial derivatives in u, where {@code u_1 ... u_d != 0}, having the Groebner basis
 * {1} over Q excludes a singular zero in the complex torus for every root of mu, ours among them.
 * Then lambda = 1/t0 and m = the codimension of the principal face; otherwise only
 * {@code lambda <= 1/t0} is proven ({@code K <= C sum |u^alpha|} near the point).
 */
public final class AlgebraicPointNewton {

    /**
     * Largest translated K that is analysed, in a bound on its terms before the reduction modulo
     * mu: {@code (D + 1)^d} monomials in u times {@code D (deg mu - 1) + 1} powers of theta.
     */
    private static final long MAX_TERMS = 200_000;

    /** Most compact faces examined. */
    private static final int MAX_FACES = 200;

    private AlgebraicPointNewton() {
    }

    /**
     * The local answer of K with the weight at the point whose coordinates are those of
     * {@code point} and {@code rational} (for the variables the point does not give), on the
     * orthants allowed by {@code side} (+1: {@code u_i >= 0} only, -1: {@code u_i <= 0} only,
     * 0: both), as the variables {@code vars} order them; empty when the method does not apply
     * (no number field, a weight that is not a monomial times a unit, too large a K).
     */
    public static Optional<RlctResult> at(List<String> vars, Polynomial k, Polynomial weight, RealAlgebraicPoint point,
            Map<String, Rational> rational, int[] side, Deadline deadline) {
        Optional<UnivariatePolynomial> mu = point.minimalPolynomial(deadline);
        if (mu.isEmpty()) {
            return Optional.empty();
        }
        PlaneNumberField f = PlaneNumberField.of(mu.get(), point.root(), JasAlgebra.freshName(vars, "theta"), deadline);
        Map<String, Polynomial> shift = new LinkedHashMap<>();
        for (String x : vars) {
            Polynomial a = rational.containsKey(x) ? Polynomial.constant(rational.get(x)) : f.asPolynomial(point.coordinate(x));
            shift.put(x, Polynomial.variable(x).add(a));
        }
        Optional<Map<Monomial, UnivariatePolynomial>> kTerms = translated(k, shift, vars, f.symbol(), mu.get());
        Optional<Map<Monomial, UnivariatePolynomial>> wTerms = translated(weight, shift, vars, f.symbol(), mu.get());
        if (kTerms.isEmpty() || wTerms.isEmpty() || kTerms.get().isEmpty()) {
            return Optional.empty();
        }
        int d = vars.size();
        Optional<int[]> h = lowestMonomial(wTerms.get(), d);
        if (h.isEmpty() || kTerms.get().keySet().stream().anyMatch(m -> Arrays.stream(m.toArray()).sum() == 0)) {
            return Optional.empty();
        }
        int[] nu = new int[d];
        for (int i = 0; i < d; i++) {
            nu[i] = h.get()[i] + 1;
        }
        Certificate.Builder cert = Certificate.builder();
        cert.line("Newton polyhedron at the algebraic point " + point.tightened() + (rational.isEmpty() ? "" : " with "
                + rational) + ": the number field Q(" + f.symbol() + "), " + f.describe() + "; K(a + u) has " + kTerms.get().size()
                + " terms with coefficients reduced modulo the minimal polynomial (so the support is exact); the weight is u^"
                + Arrays.toString(h.get()) + " times a unit, nu = " + Arrays.toString(nu));
        List<int[]> points = new ArrayList<>();
        List<UnivariatePolynomial> coefficients = new ArrayList<>();
        kTerms.get().forEach((m, c) -> {
            points.add(m.toArray());
            coefficients.add(c);
        });
        NewtonPolyhedron gamma = NewtonPolyhedron.of(d, points, deadline);
        NewtonPolyhedron.Distance dist = gamma.distance(nu);
        Face principal = dist.principalFace();
        int codim = principal.codimension(d);
        Rational candidate = dist.inverse();
        cert.line("vertices of Gamma: " + describe(gamma.vertices(), points, coefficients, f) + "; 1/t0 = " + candidate
                + " (the normal y = " + Arrays.toString(dist.normal()) + " has <y, alpha> >= 1 on the support and <y, nu> = "
                + candidate + "); principal face " + principal.describe(points) + ", codimension " + codim);
        int[] signs = new int[points.size()];
        for (int j = 0; j < points.size(); j++) {
            signs[j] = f.signum(coefficients.get(j));
        }
        List<int[]> allowed = orthants(side);
        for (int v : gamma.vertices()) {
            for (int[] s : allowed) {
                if (signs[v] * OrthantClasses.sign(s, points.get(v)) < 0) {
                    cert.line("the vertex term at " + Arrays.toString(points.get(v)) + " is negative in the orthant "
                            + NewtonEngine.signs(s) + ": not a loss >= 0 near the point; nothing is concluded");
                    return Optional.of(RlctResult.unresolved(NewtonEngine.NAME, cert.build()));
                }
            }
        }
        List<List<Integer>> pairs = gamma.pairsOnCompactFaces((a, b) -> mixed(signs, points, a, b, allowed));
        Optional<List<Face>> faces = gamma.compactFacesAbovePairs(pairs, MAX_FACES);
        if (faces.isEmpty()) {
            return Optional.of(bound(candidate, cert.line("more than " + MAX_FACES + " compact faces carry terms of both signs")));
        }
        cert.line(faces.get().isEmpty() ? "no compact face carries terms of both signs in an allowed orthant: no face"
                + " polynomial vanishes in an open orthant" : "compact faces with terms of both signs in some allowed orthant:");
        List<Face> byDimension = new ArrayList<>(faces.get());
        byDimension.sort(Comparator.comparingInt(Face::dimension));
        List<String> all = new ArrayList<>(vars);
        all.add(f.symbol());
        JasAlgebra alg = JasAlgebra.over(all, deadline);
        Polynomial torus = Polynomial.one();
        for (String x : vars) {
            torus = torus.multiply(Polynomial.variable(x));
        }
        for (Face face : byDimension) {
            Polynomial kTau = Polynomial.zero();
            for (int j : face.members()) {
                kTau = kTau.add(f.asPolynomial(coefficients.get(j)).multiply(NewtonPolyhedron.monomial(vars, points.get(j))));
            }
            List<Polynomial> system = new ArrayList<>();
            system.add(f.asPolynomial(mu.get()));
            system.add(kTau);
            for (String x : vars) {
                system.add(kTau.derivative(x));
            }
            boolean proven = alg.hasNoComplexZeroWhereNonZero(system, torus);
            cert.line("  face " + face.describe(points) + ": " + (proven ? "the minimal polynomial, K_tau and its partial"
                    + " derivatives have no common zero with u_1...u_d != 0 (Groebner basis {1}): no zero in an open orthant"
                    : "a singular zero in the complex torus is not excluded"));
            if (!proven) {
                return Optional.of(bound(candidate, cert));
            }
        }
        cert.line("non-degenerate: lambda = 1/t0 = " + candidate + ", m = codim = " + codim + " (" + NewtonEngine.STRONG_CITATION + ")");
        return Optional.of(RlctResult.exact(candidate, codim, NewtonEngine.NAME, cert.build()));
    }

    /** {@code p(a + u)} by u-monomial, each coefficient reduced modulo mu, zeros dropped; empty when too large ({@link #MAX_TERMS}). */
    private static Optional<Map<Monomial, UnivariatePolynomial>> translated(Polynomial p, Map<String, Polynomial> shift, List<String> vars,
            String symbol, UnivariatePolynomial mu) {
        long estimate = (long) p.totalDegree() * (mu.degree() - 1) + 1;
        for (int i = 0; i < vars.size(); i++) {
            estimate *= p.totalDegree() + 1;
            if (estimate > MAX_TERMS) {
                return Optional.empty();
            }
        }
        Polynomial moved = p.substitute(shift);
        List<String> all = new ArrayList<>(vars);
        all.add(symbol);
        Map<Monomial, Map<Integer, Rational>> grouped = new LinkedHashMap<>();
        int d = vars.size();
        moved.termsOver(all).forEach((m, c) -> {
            int[] e = m.toArray();
            grouped.computeIfAbsent(Monomial.of(Arrays.copyOf(e, d)), x -> new LinkedHashMap<>()).merge(e[d], c, Rational::add);
        });
        Map<Monomial, UnivariatePolynomial> out = new LinkedHashMap<>();
        grouped.forEach((m, byPower) -> {
            UnivariatePolynomial c = UnivariatePolynomial.ofTerms(byPower).remainder(mu);
            if (!c.isZero()) {
                out.put(m, c);
            }
        });
        return Optional.of(out);
    }

    /**
     * The exponent h with {@code W = u^h * (unit)}: the support's componentwise minimum, when it
     * is itself in the support (its term is then the one that does not vanish at u = 0 after
     * dividing by {@code u^h}); empty otherwise.
     */
    private static Optional<int[]> lowestMonomial(Map<Monomial, UnivariatePolynomial> w, int d) {
        if (w.isEmpty()) {
            return Optional.empty();
        }
        int[] min = null;
        for (Monomial m : w.keySet()) {
            int[] e = m.toArray();
            if (min == null) {
                min = e.clone();
            }
            for (int i = 0; i < d; i++) {
                min[i] = Math.min(min[i], e[i]);
            }
        }
        return w.containsKey(Monomial.of(min)) ? Optional.of(min) : Optional.empty();
    }

    /** The sign vectors of the orthants the sides allow. */
    private static List<int[]> orthants(int[] side) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[side.length]);
        for (int i = 0; i < side.length; i++) {
            List<int[]> next = new ArrayList<>();
            for (int[] s : out) {
                for (int sign : new int[] {1, -1}) {
                    if (side[i] == 0 || side[i] == sign) {
                        int[] t = s.clone();
                        t[i] = sign;
                        next.add(t);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /** Whether the two terms have opposite signs in one of the allowed orthants. */
    private static boolean mixed(int[] signs, List<int[]> points, int a, int b, List<int[]> allowed) {
        for (int[] s : allowed) {
            if (signs[a] * OrthantClasses.sign(s, points.get(a)) != signs[b] * OrthantClasses.sign(s, points.get(b))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<Integer> indices, List<int[]> points, List<UnivariatePolynomial> coefficients,
            PlaneNumberField f) {
        List<String> out = new ArrayList<>();
        for (int j : indices) {
            out.add(Arrays.toString(points.get(j)) + " (coefficient " + f.asPolynomial(coefficients.get(j)) + ")");
        }
        return String.join(", ", out);
    }

    private static RlctResult bound(Rational candidate, Certificate.Builder cert) {
        return RlctResult.upperBound(candidate, NewtonEngine.NAME, cert.line("not proven non-degenerate: lambda <= 1/t0 = "
                + candidate + " (K <= C sum |u^alpha| near the point)").build());
    }
}
