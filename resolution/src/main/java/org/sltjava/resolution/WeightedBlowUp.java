package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * The weighted (toric) blow-up of the origin along a vector a of non-negative integers, the step
 * of the resolution engine that follows the normal of a degenerate face of the Newton polyhedron
 * (toric modification: Varchenko 1976; Watanabe 2009, Algebraic Geometry and Statistical Learning
 * Theory, ch. 2-3; Lin 2011, Algebraic Methods for Evaluating Integrals in Bayesian Statistics).
 * Where some a_i are 0 it blows up the coordinate subspace {@code w_i = 0 (a_i > 0)}: the
 * coordinates y with weight 0 are carried along unchanged (the blow-up of a coordinate subspace
 * when the other weights are 1).
 *
 * <p>Chart (j, s), for each coordinate j with {@code a_j > 0} and sign s = +1, -1:
 * {@code w_j = s u_j^(a_j)}, {@code w_i = u_j^(a_i) u_i} (i != j; so {@code w_i = u_i} where
 * {@code a_i = 0}), with {@code u_j >= 0}; its Jacobian is {@code s a_j u_j^(|a| - 1)}. Every w
 * near 0 off the centre (where all w_i with {@code a_i > 0} vanish, a set of measure zero) lies in
 * a chart with {@code |u_i| <= 1}: take j maximising {@code |w_j|^(1/a_j)} over the weighted
 * coordinates and s the sign of w_j. On {@code u_j > 0} each chart is injective. The preimage of a
 * small neighbourhood of 0 shrinks to the compact fibre {@code u_j = 0, y = 0, |u_i| <= 1}, so only
 * points of the divisor with {@code y = 0} count below. With D the a-order of K (the least a-weighted degree of its terms) and e that of the
 * weight, {@code K = u_j^D Kt(u)} and {@code weight = u_j^e phi~(u)}, where
 * {@code Kt(0, u~) = K_a(w_j = s, w_i = u_i)} is the face part of K for the a-order (for
 * {@code K = c sum f_i^2} with a-orders o_i and o their minimum, the common zeros of the face
 * parts of the f_i with o_i = o).
 *
 * <p>The local (lambda, m) at 0 is the minimum over the points p of the exceptional divisor
 * {@code u_j = 0} with {@code |p_i| <= 1} in every chart of the chart problem's local (lambda,
 * m) at p (over a full neighbourhood of p in the u_i and {@code u_j >= 0}), m the largest among
 * the minimisers: each such neighbourhood maps injectively into every neighbourhood of 0 (its zeta
 * function is dominated, so lambda(0) is not larger), and finitely many of them cover a punctured
 * neighbourhood of 0 (those sets are compact), so the zeta function at 0 is dominated by their
 * sum. Where {@code Kt(p) != 0}, K is {@code u_j^D} times a unit and the weight at most
 * {@code C u_j^(|a| - 1 + e)}: lambda is at least {@code (|a| + e)/D} with m 1 on equality, and
 * equal to it where also {@code phi~(p) != 0} (the monomial rule), which holds on a dense set; so
 * only the zeros of Kt on the divisor need a recursion.
 *
 * <p>At a point on the box's boundary (coordinates w_i confined to one side of 0), a chart (j, s)
 * is used only if s is the allowed sign of w_j, and each other confined coordinate keeps its sign
 * in the chart ({@code w_i = u_j^(a_i) u_i} with {@code u_j > 0}), so only {@code s_i u_i >= 0}
 * is used: the same cover argument runs on the orthant.
 */
public final class WeightedBlowUp {

    /** Largest entry of a weight vector taken from a face normal (larger ones make degrees explode). */
    private static final int MAX_ENTRY = 24;
    /** Most parameters for which coordinate subspaces are searched (2^d subsets). */
    private static final int MAX_SUBSPACE_DIMENSION = 6;
    /** Most compact faces listed when searching for normals. */
    private static final int MAX_FACES = 64;

    private WeightedBlowUp() {
    }

    /**
     * The weighted blow-up of the problem's point along {@code weights} (non-negative integers,
     * one per parameter, at least two positive), with each zero of the strict transform on the exceptional divisor analysed
     * by the resolution engine. This is a hook for tests and explorations: the engine itself
     * chooses its weight vectors from the Newton polyhedron. The answer is exact, an upper bound,
     * or unresolved, with its derivation in the certificate.
     *
     * @throws IllegalArgumentException when the problem is not a local question or the weights
     *     are not non-negative, one per parameter, with at least two positive
     */
    public static RlctResult analyse(Problem problem, int[] weights, Budget budget) {
        if (problem.point().isEmpty()) {
            throw new IllegalArgumentException("a weighted blow-up is of a point: the problem has none");
        }
        if (weights.length != problem.dimension() || Arrays.stream(weights).anyMatch(x -> x < 0)
                || Arrays.stream(weights).filter(x -> x > 0).count() < 2) {
            throw new IllegalArgumentException("the weights " + Arrays.toString(weights) + " are not " + problem.dimension()
                    + " non-negative integers with at least two positive");
        }
        return ResolveEngine.weightedBlowUp(problem, weights.clone(), budget);
    }

    /** The least a-weighted degree {@code <a, alpha>} of the terms of a non-zero p. */
    public static int order(Polynomial p, List<String> vars, int[] a) {
        return p.termsOver(vars).keySet().stream().mapToInt(m -> degree(m, a)).min().orElseThrow();
    }

    /** The terms of p of least a-weighted degree. */
    static Polynomial initialForm(Polynomial p, List<String> vars, int[] a) {
        int o = order(p, vars, a);
        Map<Monomial, Rational> part = new LinkedHashMap<>();
        p.termsOver(vars).forEach((m, c) -> {
            if (degree(m, a) == o) {
                part.put(m, c);
            }
        });
        return Polynomial.fromTerms(vars, part);
    }

    private static int degree(Monomial m, int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * m.get(i);
        }
        return s;
    }

    /** The substitution of chart (j, s): {@code w_j = s u_j^(a_j)}, {@code w_i = u_j^(a_i) u_i}, u named as w. */
    public static Map<String, Polynomial> chart(List<String> vars, int[] a, int j, int s) {
        Polynomial uj = Polynomial.variable(vars.get(j));
        Map<String, Polynomial> sub = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            Polynomial power = uj.pow(a[i]);
            sub.put(vars.get(i), i == j ? power.scale(Rational.of(s)) : power.multiply(Polynomial.variable(vars.get(i))));
        }
        return sub;
    }

    /**
     * Polynomials in the parameters other than j whose common real zeros contain every zero of
     * {@code Kt(0, ., y = 0)} in chart (j, s) that the chart uses (y the parameters of weight 0,
     * which are pinned at 0 and are not unknowns of the system): for squares the face parts (at
     * {@code w_j = s, y = 0}) of the squares of least a-order; otherwise {@code g = K_a(w_j = s, y = 0)}, which is
     * {@code >= 0} where the chart is used, with its partials {@code dg/du_i} (a minimum in the
     * open), times u_i for a coordinate confined to one side (a minimum on the boundary
     * {@code u_i = 0} need not be critical, but {@code u_i dg/du_i} vanishes there).
     */
    public static List<Polynomial> divisorSystem(Loss loss, List<String> vars, int[] a, int j, int s, int[] side,
            Deadline deadline) {
        Map<String, Polynomial> pin = new LinkedHashMap<>();
        pin.put(vars.get(j), Polynomial.constant(s));
        for (int i = 0; i < vars.size(); i++) {
            if (a[i] == 0) {
                pin.put(vars.get(i), Polynomial.zero());
            }
        }
        Optional<List<Polynomial>> fs = Charts.squares(loss, vars, deadline);
        if (fs.isPresent() && !fs.get().isEmpty()) {
            int o = fs.get().stream().mapToInt(f -> order(f, vars, a)).min().orElseThrow();
            return fs.get().stream().filter(f -> order(f, vars, a) == o).map(f -> initialForm(f, vars, a).substitute(pin))
                    .toList();
        }
        Polynomial g = initialForm(loss.expanded(), vars, a).substitute(pin);
        List<Polynomial> out = new ArrayList<>();
        out.add(g);
        for (int i = 0; i < vars.size(); i++) {
            if (i != j && a[i] > 0) {
                Polynomial di = g.derivative(vars.get(i));
                out.add(side[i] == 0 ? di : di.multiply(Polynomial.variable(vars.get(i))));
            }
        }
        return out;
    }

    /**
     * Weight vectors to blow up along, at most {@code limit}: the primitive inner normals of the
     * compact facets of the Newton polyhedron of K whose face polynomial may vanish on the torus
     * (not all of its coefficients positive with even exponents), and the positive weights of
     * quasi-homogeneity of K and the weight; entries at most {@value #MAX_ENTRY}; ordered by the
     * value {@code (|a| + e)/D} at a generic point of the divisor, smallest first (an upper bound
     * for lambda that the blow-up proves).
     */
    public static List<Candidate> candidates(Polynomial k, Polynomial weight, List<String> vars, int limit, Deadline deadline) {
        int d = vars.size();
        Map<Monomial, Rational> terms = k.termsOver(vars);
        List<int[]> pts = new ArrayList<>();
        terms.keySet().forEach(m -> pts.add(m.toArray()));
        NewtonPolyhedron gamma = NewtonPolyhedron.of(d, pts, deadline);
        List<List<Integer>> pairs = new ArrayList<>();
        List<Integer> vertices = gamma.vertices();
        for (int x = 0; x < vertices.size(); x++) {
            for (int y = x + 1; y < vertices.size(); y++) {
                pairs.add(List.of(vertices.get(x), vertices.get(y)));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Face f : gamma.compactFacesAbovePairs(pairs, MAX_FACES).orElse(List.of())) {
            if (f.dimension() != d - 1 || f.normal().isEmpty() || positiveEven(f, gamma, terms)) {
                continue;
            }
            primitive(f.normal().get()).ifPresent(a -> add(out, new Candidate(a, "the inner normal of the compact facet "
                    + f.describe(gamma.points()) + " of the Newton polyhedron of K, whose face polynomial has a negative"
                    + " coefficient or an odd exponent, so it may vanish on the torus (Newton's non-degeneracy may fail there)")));
        }
        boolean[] all = new boolean[d];
        Arrays.fill(all, true);
        QuasiHomogeneity.of(k, weight, vars, all).filter(QuasiHomogeneity::isPositive).flatMap(q -> primitive(q.q()))
                .ifPresent(a -> add(out, new Candidate(a, "the positive weights under which K and the weight are"
                        + " quasi-homogeneous")));
        if (d <= MAX_SUBSPACE_DIMENSION) {
            for (int[] a : vanishingSubspaces(k, weight, vars)) {
                add(out, new Candidate(a, "K vanishes on the coordinate subspace where the parameters of weight 1 are 0 (and"
                        + " on no smaller one of them), so it is blown up"));
            }
        }
        out.sort(Comparator.comparing(c -> genericValue(k, weight, vars, c.weights())));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /**
     * Indicator vectors of the minimal sets S of at least two and fewer than d parameters such
     * that K vanishes identically where the parameters in S are 0, when the weight is a unit at 0
     * or free of the other parameters.
     */
    private static List<int[]> vanishingSubspaces(Polynomial k, Polynomial weight, List<String> vars) {
        int d = vars.size();
        List<Integer> found = new ArrayList<>();
        List<int[]> out = new ArrayList<>();
        for (int mask = 1; mask < (1 << d) - 1; mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            int set = mask;
            if (found.stream().anyMatch(f -> (f & set) == f)) {
                continue;
            }
            Map<String, Polynomial> pin = new LinkedHashMap<>();
            int[] a = new int[d];
            List<String> others = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                if ((mask >> i & 1) == 1) {
                    pin.put(vars.get(i), Polynomial.zero());
                    a[i] = 1;
                } else {
                    others.add(vars.get(i));
                }
            }
            boolean unitWeight = !weight.constantTerm().isZero() || others.stream().noneMatch(weight.variables()::contains);
            if (unitWeight && k.substitute(pin).isZero()) {
                found.add(mask);
                out.add(a);
            }
        }
        return out;
    }

    /** A weight vector to blow up along, with the reason it was chosen (for the certificate). */
    public record Candidate(int[] weights, String reason) {
    }

    /** {@code (|a| + e)/D}: the local lambda of a chart at a point of the divisor where Kt and phi~ do not vanish. */
    static Rational genericValue(Polynomial k, Polynomial weight, List<String> vars, int[] a) {
        return Rational.of(Arrays.stream(a).sum() + order(weight, vars, a), order(k, vars, a));
    }

    private static boolean positiveEven(Face f, NewtonPolyhedron gamma, Map<Monomial, Rational> terms) {
        for (int idx : f.members()) {
            int[] e = gamma.points().get(idx);
            if (terms.get(Monomial.of(e)).signum() <= 0 || Arrays.stream(e).anyMatch(x -> x % 2 != 0)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Candidate> out, Candidate c) {
        if (out.stream().noneMatch(b -> Arrays.equals(c.weights(), b.weights()))) {
            out.add(c);
        }
    }

    /** The primitive integer vector on the ray of a positive rational vector, when its entries are small. */
    static Optional<int[]> primitive(Rational[] v) {
        BigInteger lcm = BigInteger.ONE;
        for (Rational x : v) {
            if (x.signum() <= 0) {
                return Optional.empty();
            }
            BigInteger den = x.denominator();
            lcm = lcm.divide(lcm.gcd(den)).multiply(den);
        }
        BigInteger[] scaled = new BigInteger[v.length];
        BigInteger gcd = BigInteger.ZERO;
        for (int i = 0; i < v.length; i++) {
            scaled[i] = v[i].numerator().multiply(lcm.divide(v[i].denominator()));
            gcd = gcd.gcd(scaled[i]);
        }
        int[] a = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            BigInteger x = scaled[i].divide(gcd);
            if (x.compareTo(BigInteger.valueOf(MAX_ENTRY)) > 0) {
                return Optional.empty();
            }
            a[i] = x.intValue();
        }
        return Optional.of(a);
    }
}
