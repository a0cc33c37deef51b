package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * Newton's polyhedron across a smooth component C of the zero set, the same at every point of C
 * outside a smaller set S: for components where K is not Morse-Bott (K ~ y^2 + z^4 along a curve,
 * say).
 *
 * <p>C is the zero set of a prime P of dimension k = d - c; take c elements {@code g_i} of P whose
 * Jacobian has a c x c minor not in P. Where that minor is non-zero, k of the coordinates
 * ({@code xi}) and the {@code g_i} are analytic coordinates, and C = {g = 0}. Write
 * {@code K = sum_alpha a_alpha(w) g^alpha} exactly, as the normal form of K modulo the ideal
 * {@code (G_i - g_i)} in new variables G (lexicographic, the parameters above G). Let Gamma be the
 * Newton polyhedron (in R^c) of the alpha whose {@code a_alpha} is not in P; every alpha with
 * {@code a_alpha} in P must have each {@code alpha + e_i} strictly above a point of Gamma's
 * support (its term vanishes on C, so it contributes only points {@code alpha + beta},
 * {@code |beta| >= 1}, and these must lie in Gamma off its compact faces, where they would change
 * a face polynomial's coefficients). At a point p of C where every vertex coefficient
 * {@code a_alpha(p)} is non-zero, the Newton polyhedron of K in the coordinates {@code (xi, G)}
 * is {@code R^k_{>=0} x Gamma}: a vertex's coefficient is {@code a_alpha(p)} (no other term
 * reaches it), and so is that of any point of a compact face (a smaller point would lie below the
 * face). Its compact faces are those of Gamma, with the face polynomials
 * {@code sum a_alpha(p) G^alpha}. When P, a face polynomial and its derivatives in G have no
 * common zero with {@code prod G_i * prod a_alpha(vertices of the face)} non-zero (Groebner basis
 * {1}), no face polynomial has a singular zero in the torus at any such p; as K >= 0 near p, a
 * real zero in an open orthant would be a minimum, hence singular, so there is none: K is
 * non-degenerate at p. The weight, written the same way, is {@code G^h} times a unit near p when
 * its coefficients not in P have their lowest power h among them, every power is at least h and
 * the coefficient {@code b_h(p)} is non-zero; then with {@code nu = h + 1} (1 for the
 * coordinates along C) lambda = 1/t0 of Gamma (the factor {@code R^k_{>=0}} leaves t0 alone) and
 * m = the codimension of the principal face in R^c (Varchenko 1976; Lin 2011). S is the zero set
 * in C of a vertex coefficient, of the minors or of {@code b_h}: the "drop" systems, of smaller
 * dimension, analysed in turn.
 */
final class TransverseNewton {

    /** Most terms of K's normal form that are examined. */
    private static final int MAX_TERMS = 2_000;

    /** Most compact faces of Gamma examined. */
    private static final int MAX_FACES = 60;

    /** Most subsets of the component's generators tried as transverse coordinates. */
    private static final int MAX_CHOICES = 10;

    /**
     * The answer at the points of C outside the drop systems' zero sets, and why.
     *
     * @param lambda 1/t0 of Gamma
     * @param m the codimension of its principal face in R^c
     * @param drops the systems whose zero sets hold the other points of C
     * @param text the derivation
     */
    record Outcome(Rational lambda, int m, List<List<Polynomial>> drops, String text) {
    }

    private TransverseNewton() {
    }

    /** The outcome for the component, when the method applies and every face is proven. */
    static Optional<Outcome> of(List<String> vars, Polynomial k, Polynomial weight, JasAlgebra.Prime prime, Deadline deadline) {
        int c = vars.size() - prime.dimension();
        List<Polynomial> gens = prime.generators();
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        List<Polynomial> basis = alg.groebnerBasis(gens);
        for (List<Polynomial> g : choices(gens, c)) {
            for (Polynomial minor : GlobalStrata.minors(Charts.jacobian(g, vars), c)) {
                if (!alg.normalForm(basis, minor).isZero()) {
                    Optional<Outcome> outcome = withCoordinates(vars, k, weight, gens, basis, g, deadline);
                    if (outcome.isPresent()) {
                        return outcome;
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Outcome> withCoordinates(List<String> vars, Polynomial k, Polynomial weight, List<Polynomial> gens,
            List<Polynomial> basis, List<Polynomial> g, Deadline deadline) {
        int c = g.size();
        List<String> big = JasAlgebra.freshNames(vars, c);
        List<Polynomial> relations = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            relations.add(Polynomial.variable(big.get(i)).subtract(g.get(i)));
        }
        List<String> order = new ArrayList<>(big);
        order.addAll(vars);
        JasAlgebra inG = JasAlgebra.over(order, deadline);
        Optional<Map<Monomial, Polynomial>> expanded = inPowers(inG.normalForm(relations, k), vars, big);
        Optional<Map<Monomial, Polynomial>> weightExpanded = inPowers(inG.normalForm(relations, weight), vars, big);
        if (expanded.isEmpty() || weightExpanded.isEmpty()) {
            return Optional.empty();
        }
        Map<Monomial, Polynomial> byPower = expanded.get();
        List<String> all = new ArrayList<>(vars);
        all.addAll(big);
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        List<int[]> support = new ArrayList<>();
        List<Polynomial> coefficients = new ArrayList<>();
        List<int[]> vanishing = new ArrayList<>();
        byPower.forEach((alpha, a) -> {
            if (alg.normalForm(basis, a).isZero()) {
                vanishing.add(alpha.toArray());
            } else {
                support.add(alpha.toArray());
                coefficients.add(a);
            }
        });
        if (support.isEmpty() || support.stream().anyMatch(alpha -> Arrays.stream(alpha).sum() == 0)) {
            return Optional.empty();
        }
        for (int[] alpha : vanishing) {
            for (int i = 0; i < c; i++) {
                int[] up = alpha.clone();
                up[i]++;
                if (support.stream().noneMatch(beta -> below(beta, up) && !Arrays.equals(beta, up))) {
                    return Optional.empty();
                }
            }
        }
        Optional<Map.Entry<int[], Polynomial>> lowest = lowestPower(weightExpanded.get(), basis, alg, c);
        if (lowest.isEmpty()) {
            return Optional.empty();
        }
        int[] nu = lowest.get().getKey().clone();
        for (int i = 0; i < c; i++) {
            nu[i]++;
        }
        NewtonPolyhedron gamma = NewtonPolyhedron.of(c, support, deadline);
        NewtonPolyhedron.Distance dist = gamma.distance(nu);
        Face principal = dist.principalFace();
        List<int[]> points = gamma.points();
        StringBuilder text = new StringBuilder("transverse coordinates " + big + " = " + g + "; K = sum a_alpha g^alpha with "
                + support.size() + " coefficients not in the component's ideal; the weight is g^" + Arrays.toString(lowest.get().getKey())
                + " times " + lowest.get().getValue() + " (a unit where that is non-zero), nu = " + Arrays.toString(nu) + "; Gamma's vertices "
                + describe(gamma.vertices(), points, coefficients) + "; 1/t0 = " + dist.inverse() + ", principal face "
                + principal.describe(points) + " of codimension " + principal.codimension(c) + " in R^" + c);
        List<List<Integer>> pairs = gamma.pairsOnCompactFaces((a, b) -> true);
        Optional<List<Face>> faces = gamma.compactFacesAbovePairs(pairs, MAX_FACES);
        if (faces.isEmpty()) {
            return Optional.empty();
        }
        Polynomial torus = Polynomial.one();
        for (String x : big) {
            torus = torus.multiply(Polynomial.variable(x));
        }
        JasAlgebra withG = JasAlgebra.over(all, deadline);
        for (Face face : faces.get()) {
            Polynomial fTau = Polynomial.zero();
            Polynomial nonZero = torus;
            for (int j : face.members()) {
                fTau = fTau.add(coefficients.get(j).multiply(NewtonPolyhedron.monomial(big, points.get(j))));
                if (gamma.vertices().contains(j)) {
                    nonZero = nonZero.multiply(coefficients.get(j));
                }
            }
            List<Polynomial> system = new ArrayList<>(gens);
            system.add(fTau);
            for (String x : big) {
                system.add(fTau.derivative(x));
            }
            if (!withG.hasNoComplexZeroWhereNonZero(system, nonZero)) {
                return Optional.empty();
            }
        }
        text.append("; every compact face polynomial (").append(faces.get().size()).append(") has no singular zero in the"
                + " torus where its vertex coefficients are non-zero, on all of the component (Groebner bases {1})");
        List<List<Polynomial>> drops = new ArrayList<>();
        for (int v : gamma.vertices()) {
            drops.add(with(gens, coefficients.get(v)));
        }
        drops.add(ZeroSetDecomposition.withMinors(gens, Charts.jacobian(g, vars), c));
        if (!lowest.get().getValue().isConstant()) {
            drops.add(with(gens, lowest.get().getValue()));
        }
        return Optional.of(new Outcome(dist.inverse(), principal.codimension(c), drops, text.toString()));
    }

    /**
     * p (a normal form in the parameters and G) as {@code sum_alpha a_alpha G^alpha}: the
     * coefficient of each power of G, a polynomial in the parameters; empty when too large.
     */
    private static Optional<Map<Monomial, Polynomial>> inPowers(Polynomial p, List<String> vars, List<String> big) {
        if (p.termCount() > MAX_TERMS) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(vars);
        all.addAll(big);
        int d = vars.size();
        Map<Monomial, Polynomial> byPower = new LinkedHashMap<>();
        p.termsOver(all).forEach((mono, coefficient) -> {
            int[] e = mono.toArray();
            Map<String, Integer> powers = new LinkedHashMap<>();
            for (int i = 0; i < d; i++) {
                if (e[i] > 0) {
                    powers.put(vars.get(i), e[i]);
                }
            }
            byPower.merge(Monomial.of(Arrays.copyOfRange(e, d, d + big.size())), Polynomial.term(coefficient, powers), Polynomial::add);
        });
        return Optional.of(byPower);
    }

    /**
     * The weight as {@code G^h} times a unit: h the componentwise minimum of the powers whose
     * coefficient is not in the component's ideal, when that power is itself one of them (its
     * coefficient b_h is then the unit's value on the component) and every other power is at
     * least h (so G^h divides every term); empty otherwise.
     */
    private static Optional<Map.Entry<int[], Polynomial>> lowestPower(Map<Monomial, Polynomial> w, List<Polynomial> basis,
            JasAlgebra alg, int c) {
        int[] min = null;
        for (Map.Entry<Monomial, Polynomial> t : w.entrySet()) {
            if (alg.normalForm(basis, t.getValue()).isZero()) {
                continue;
            }
            int[] e = t.getKey().toArray();
            if (min == null) {
                min = e.clone();
            }
            for (int i = 0; i < c; i++) {
                min[i] = Math.min(min[i], e[i]);
            }
        }
        if (min == null) {
            return Optional.empty();
        }
        Polynomial unit = w.get(Monomial.of(min));
        if (unit == null || alg.normalForm(basis, unit).isZero()) {
            return Optional.empty();
        }
        for (Monomial m : w.keySet()) {
            if (!below(min, m.toArray())) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.entry(min, unit));
    }

    /** The subsets of c generators, in order, at most {@link #MAX_CHOICES}. */
    private static List<List<Polynomial>> choices(List<Polynomial> gens, int c) {
        List<List<Polynomial>> out = new ArrayList<>();
        choose(gens, c, 0, new ArrayList<>(), out);
        return out;
    }

    private static void choose(List<Polynomial> gens, int c, int from, List<Polynomial> chosen, List<List<Polynomial>> out) {
        if (out.size() >= MAX_CHOICES) {
            return;
        }
        if (chosen.size() == c) {
            out.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < gens.size(); i++) {
            chosen.add(gens.get(i));
            choose(gens, c, i + 1, chosen, out);
            chosen.removeLast();
        }
    }

    private static boolean below(int[] beta, int[] alpha) {
        for (int i = 0; i < beta.length; i++) {
            if (beta[i] > alpha[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Polynomial> with(List<Polynomial> gens, Polynomial p) {
        List<Polynomial> out = new ArrayList<>(gens);
        out.add(p);
        return out;
    }

    private static String describe(List<Integer> indices, List<int[]> points, List<Polynomial> coefficients) {
        List<String> out = new ArrayList<>();
        for (int j : indices) {
            out.add(Arrays.toString(points.get(j)) + " (a = " + coefficients.get(j) + ")");
        }
        return String.join(", ", out);
    }
}
