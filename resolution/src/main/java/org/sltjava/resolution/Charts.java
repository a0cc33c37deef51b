package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sltjava.core.Box;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PositivityProver;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * The polynomial and chart operations the rules share: a question centred at its point,
 * translations and substitutions of losses, squares and Jacobians, homogeneous parts, the
 * generator reduction, the triangular substitutions suggested by factors, and the local question
 * of a chart. Pure functions of their arguments.
 */
public final class Charts {

    /** Largest K (in terms) whose Newton faces are factored in search of a change of coordinates. */
    public static final int MAX_TERMS_TO_FACTOR = 60;

    private Charts() {
    }

    /**
     * A local question centred at its point: the parameters, the loss and weight translated so
     * that the point is 0, and the sides of the box at the point (+1 at the lower end of a range,
     * -1 at the upper end, 0 inside).
     */
    public record Centred(List<String> vars, Loss loss, Polynomial weight, int[] side) {

        /** The local question q centred at its point. */
        public static Centred of(Question q) {
            Map<String, Rational> centre = q.point().orElseThrow();
            return new Centred(q.parameters(), translate(q.loss(), centre), q.weight().translate(centre), sides(q, centre));
        }

        /** Whether the point is inside the box (a full neighbourhood). */
        public boolean open() {
            return allZero(side);
        }
    }

    /** Whether the weight is proven free of zeros on the box (constant and non-zero, or of one sign by interval arithmetic). */
    public static boolean weightFreeOfZeros(Question p) {
        Polynomial w = p.weight();
        if (w.isConstant()) {
            return !w.isZero();
        }
        return PositivityProver.provePositive(w, p.box(), PositivityProver.DEFAULT_BUDGET).isPresent()
                || PositivityProver.provePositive(w.negate(), p.box(), PositivityProver.DEFAULT_BUDGET).isPresent();
    }

    /** The answer when no rule settled the question: the bound reached, or unresolved. */
    public static RlctResult finish(Rational bound, Certificate.Builder cert) {
        if (bound == null) {
            return RlctResult.unresolved(ResolveEngine.NAME, cert.line("no method proved lambda or a bound").build());
        }
        return RlctResult.upperBound(bound, ResolveEngine.NAME, cert.line("only lambda <= " + bound + " is proven").build());
    }

    /**
     * {@code K o sub} from the factorisation {@code K = c prod G_i^(e_i)}: c times the product of
     * the substituted factors' powers, with c the leading coefficient of K divided by the product of
     * the factors' leading coefficients to their powers (in the graded lexicographic order of
     * {@link Monomial}, a monomial order, the leading term of a product is the product of the
     * leading terms).
     */
    public static Polynomial substituteFactored(Polynomial k, Map<Polynomial, Integer> factors, Map<String, Polynomial> sub) {
        List<String> vars = new ArrayList<>(k.variables());
        Rational c = leadingCoefficient(k, vars);
        for (Map.Entry<Polynomial, Integer> f : factors.entrySet()) {
            c = c.divide(leadingCoefficient(f.getKey(), vars).pow(f.getValue()));
        }
        Polynomial out = Polynomial.constant(c);
        for (Map.Entry<Polynomial, Integer> f : factors.entrySet()) {
            out = out.multiply(f.getKey().substitute(sub).pow(f.getValue()));
        }
        return out;
    }

    private static Rational leadingCoefficient(Polynomial p, List<String> vars) {
        return p.termsOver(vars).entrySet().stream().min(Map.Entry.comparingByKey()).orElseThrow().getValue();
    }

    /** The smaller of two bounds, either of which may be absent (null). */
    public static Rational min(Rational a, Rational b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    /** Whether a point of the divisor (values for the parameters other than j) has {@code |u_i| <= 1} and the sides' signs. */
    public static boolean usedByChart(Map<String, Rational> p, List<String> rest, List<String> vars, int[] side) {
        for (String v : rest) {
            Rational x = p.get(v);
            if (x.abs().compareTo(Rational.ONE) > 0 || x.signum() * side[vars.indexOf(v)] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(int[] side) {
        for (int s : side) {
            if (s != 0) {
                return false;
            }
        }
        return true;
    }

    /** +1 where the point sits at the lower end of its range, -1 at the upper end, 0 inside. */
    public static int[] sides(Question p, Map<String, Rational> centre) {
        List<String> vars = p.parameters();
        int[] side = new int[vars.size()];
        for (int i = 0; i < side.length; i++) {
            Interval r = p.box().range(vars.get(i));
            Rational a = centre.get(vars.get(i));
            side[i] = a.equals(r.lo()) ? 1 : a.equals(r.hi()) ? -1 : 0;
        }
        return side;
    }

    /**
     * The local question at 0 whose box keeps the orthant restrictions {@code side}; empty when K
     * does not vanish at 0 or is identically zero (the question would not be one).
     */
    public static Optional<Question> localProblem(List<String> vars, Loss loss, Polynomial weight, int[] side) {
        Polynomial k = loss.expanded();
        if (k.isZero() || !k.constantTerm().isZero() || weight.isZero()) {
            return Optional.empty();
        }
        Map<String, Interval> ranges = new LinkedHashMap<>();
        Map<String, Rational> zero = new LinkedHashMap<>();
        for (int i = 0; i < side.length; i++) {
            ranges.put(vars.get(i), side[i] > 0 ? Interval.of(0, 1) : side[i] < 0 ? Interval.of(-1, 0) : Interval.of(-1, 1));
            zero.put(vars.get(i), Rational.ZERO);
        }
        return Optional.of(new Question(vars, loss, weight, Box.of(ranges), Optional.of(zero)));
    }

    /** The loss at {@code centre + u}, as a function of u (squares stay squares). */
    public static Loss translate(Loss loss, Map<String, Rational> centre) {
        if (loss.squares().isPresent()) {
            return Loss.sumOfSquares(loss.scale(), loss.squares().get().stream().map(f -> f.translate(centre)).toList());
        }
        return Loss.of(loss.expanded().translate(centre));
    }

    /** The loss after a substitution of its parameters (squares stay squares). */
    public static Loss substitute(Loss loss, Map<String, Polynomial> sub) {
        if (loss.squares().isPresent()) {
            return Loss.sumOfSquares(loss.scale(), loss.squares().get().stream().map(f -> f.substitute(sub)).toList());
        }
        return Loss.of(loss.expanded().substitute(sub));
    }

    /**
     * The squares of K: those stated, or a detected single square {@code c f^2} (found by an exact
     * square root that stops with {@link Deadline.Exceeded} at the deadline).
     */
    public static Optional<List<Polynomial>> squares(Loss loss, List<String> vars, Deadline deadline) {
        if (loss.squares().isPresent()) {
            return Optional.of(loss.squares().get().stream().filter(f -> !f.isZero()).toList());
        }
        return SquareForm.of(loss.expanded(), vars, deadline).map(s -> List.of(s.root()));
    }

    /** The Jacobian matrix of the polynomials in the variables, one row per polynomial. */
    public static List<List<Polynomial>> jacobian(List<Polynomial> fs, List<String> vars) {
        List<List<Polynomial>> rows = new ArrayList<>();
        for (Polynomial f : fs) {
            rows.add(vars.stream().map(f::derivative).toList());
        }
        return rows;
    }

    /** A matrix of polynomials evaluated at a point. */
    public static Rational[][] evaluate(List<List<Polynomial>> m, Map<String, Rational> at) {
        Rational[][] out = new Rational[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            out[i] = m.get(i).stream().map(p -> p.evaluate(at)).toArray(Rational[]::new);
        }
        return out;
    }

    /** The exponents of a monomial as a map from the parameters with a positive exponent. */
    public static Map<String, Integer> toPowers(Monomial m, List<String> vars) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            if (m.get(i) > 0) {
                out.put(vars.get(i), m.get(i));
            }
        }
        return out;
    }

    /** The common total degree of every term, or -1 when the terms have different degrees (0 for a constant). */
    public static int homogeneousDegree(Polynomial p) {
        int deg = -1;
        for (Monomial m : p.termsOver(new ArrayList<>(p.variables())).keySet()) {
            if (deg >= 0 && m.degree() != deg) {
                return -1;
            }
            deg = m.degree();
        }
        return Math.max(deg, 0);
    }

    /**
     * The quasi-homogeneity of K and the weight of largest support among the parameters whose
     * range contains 0 (only those may scale towards 0 inside the box).
     */
    public static Optional<QuasiHomogeneity> quasiHomogeneous(Question p) {
        List<String> vars = p.parameters();
        boolean[] mayScale = new boolean[vars.size()];
        for (int j = 0; j < mayScale.length; j++) {
            mayScale[j] = p.box().range(vars.get(j)).contains(Rational.ZERO);
        }
        return QuasiHomogeneity.of(p.k(), p.weight(), vars, mayScale);
    }

    /**
     * The local reduction at 0: the squares {@code x, f_j(x = -r/u)} (j != i, zeros dropped;
     * times {@code u^(T_j)}, T_j the degree of f_j in x, when u is not a constant, so that each
     * is a polynomial) when some square is
     * {@code f_i = u x + r} with u and r free of x, {@code u(0) != 0} and {@code r(0) = 0}; or
     * empty. Near 0, {@code x' = u x + r} is an analytic change of coordinates (Jacobian u, a
     * unit), f_j is {@code f_j(x = -r/u)} modulo x', and u is a unit, so the squares generate
     * the same ideal of analytic germs as the original ones and the two sums of squares are
     * comparable. With u a constant this is the triangular change {@code x -> (x - r)/c0}.
     */
    public static Optional<Loss> reduceGenerator(Rational scale, List<Polynomial> fs, String x) {
        return reduceGenerator(scale, fs, x, null, null);
    }

    /**
     * {@code u^T g(x = n/u)} for g of degree T in x, as a polynomial: with
     * {@code g = sum_t c_t x^t} (c_t free of x), {@code sum_t c_t n^t u^(T - t)}.
     */
    private static Polynomial eliminate(Polynomial g, String x, Polynomial u, Polynomial n) {
        int degree = g.degreeIn(x);
        Map<String, Polynomial> atZero = Map.of(x, Polynomial.zero());
        Polynomial out = Polynomial.zero();
        Polynomial derivative = g;
        Rational factorial = Rational.ONE;
        for (int t = 0; t <= degree; t++) {
            if (t > 0) {
                derivative = derivative.derivative(x);
                factorial = factorial.multiply(Rational.of(t));
            }
            Polynomial c = derivative.substitute(atZero).scale(factorial.reciprocal());
            if (!c.isZero()) {
                out = out.add(c.multiply(n.pow(t)).multiply(u.pow(degree - t)));
            }
        }
        return out;
    }

    /**
     * The squares {@code x, f_j(x = -r/u)} (j != i, zeros dropped; times {@code u^T_j} when u is
     * not a constant, so that they are polynomials) when some square is {@code f_i = u x + r}
     * with u and r free of x, {@code u(0) != 0} and {@code r(0) = 0}, or empty. When q is given
     * (the global reduction on a stratum) u must be a constant, so that the change is a
     * polynomial automorphism, and r of weighted degree q_x; without q (the local reduction at 0)
     * a unit u is enough.
     */
    public static Optional<Loss> reduceGenerator(Rational scale, List<Polynomial> fs, String x, QuasiHomogeneity q, List<String> vars) {
        for (int i = 0; i < fs.size(); i++) {
            Polynomial f = fs.get(i);
            if (f.degreeIn(x) != 1 || !f.constantTerm().isZero()) {
                continue;
            }
            Polynomial u = f.derivative(x);
            if (u.constantTerm().isZero() || q != null && !u.isConstant()) {
                continue;
            }
            Polynomial r = f.subtract(Polynomial.variable(x).multiply(u));
            int square = i;
            boolean isolated = java.util.stream.IntStream.range(0, fs.size())
                    .allMatch(j -> j == square || !fs.get(j).variables().contains(x));
            if (r.isZero() && isolated) {
                continue;
            }
            if (q != null) {
                Optional<Rational> d = q.degreeOf(r, vars);
                if (!r.isZero() && !d.equals(Optional.of(q.q()[vars.indexOf(x)]))) {
                    continue;
                }
            }
            Map<String, Polynomial> pin = u.isConstant() ? Map.of(x, r.negate().scale(u.constantTerm().reciprocal())) : null;
            List<Polynomial> out = new ArrayList<>();
            out.add(Polynomial.variable(x));
            for (int j = 0; j < fs.size(); j++) {
                if (j != i) {
                    Polynomial g = pin != null ? fs.get(j).substitute(pin) : eliminate(fs.get(j), x, u, r.negate());
                    if (!g.isZero()) {
                        out.add(g);
                    }
                }
            }
            return Optional.of(Loss.sumOfSquares(scale, out));
        }
        return Optional.empty();
    }

    /**
     * Triangular substitutions {@code x_j -> (x_j - r)/c} that turn an irreducible factor
     * {@code g = c x_j + r} (c a non-zero constant, r free of x_j, g(0) = 0) of the weight, of K's
     * lowest-degree homogeneous part, of K or of one of K's compact Newton face polynomials into
     * the coordinate x_j; only for coordinates free on both sides of 0. The weight's factors come
     * first (a weight that is not a monomial times a unit stops the Newton engine), then K's by
     * decreasing multiplicity. K itself and its faces are used only up to
     * {@link #MAX_TERMS_TO_FACTOR} terms (finding the faces of a large polyhedron takes one exact
     * linear program per point).
     */
    public static List<Map<String, Polynomial>> substitutions(Polynomial k, Polynomial weight, List<String> vars, int[] side,
            Deadline deadline) {
        List<Polynomial> sources = new ArrayList<>();
        Polynomial lowest = lowestDegreePart(k, vars);
        if (lowest.termCount() <= MAX_TERMS_TO_FACTOR) {
            sources.add(lowest);
        }
        if (k.termCount() <= MAX_TERMS_TO_FACTOR) {
            sources.add(k);
            newtonFaceParts(k, vars, sources, deadline);
        }
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        List<Map.Entry<Polynomial, Integer>> factors = new ArrayList<>();
        Set<Polynomial> seen = new HashSet<>();
        for (Polynomial s : sources) {
            if (s.termCount() < 2) {
                continue;
            }
            for (Map.Entry<Polynomial, Integer> f : alg.factors(s).entrySet()) {
                if (f.getKey().termCount() >= 2 && f.getKey().constantTerm().isZero() && seen.add(f.getKey())) {
                    factors.add(f);
                }
            }
        }
        factors.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        if (!weight.isConstant() && !weight.isMonomialTimesUnitAtOrigin()) {
            List<Map.Entry<Polynomial, Integer>> first = new ArrayList<>();
            for (Map.Entry<Polynomial, Integer> f : alg.factors(weight).entrySet()) {
                if (f.getKey().termCount() >= 2 && f.getKey().constantTerm().isZero() && seen.add(f.getKey())) {
                    first.add(f);
                }
            }
            factors.addAll(0, first);
        }
        List<Map<String, Polynomial>> out = new ArrayList<>();
        for (Map.Entry<Polynomial, Integer> f : factors) {
            Polynomial g = f.getKey();
            for (int j = 0; j < vars.size(); j++) {
                String x = vars.get(j);
                if (side[j] != 0 || g.degreeIn(x) != 1) {
                    continue;
                }
                Polynomial c = g.derivative(x);
                if (!c.isConstant()) {
                    continue;
                }
                Polynomial r = g.subtract(Polynomial.variable(x).multiply(c));
                Rational inv = c.constantTerm().reciprocal();
                Map<String, Polynomial> sub = new LinkedHashMap<>();
                sub.put(x, Polynomial.variable(x).subtract(r).scale(inv));
                out.add(sub);
            }
        }
        return out;
    }

    /** The face polynomials of K's compact Newton faces above pairs of vertices (at most 64), added to sources. */
    private static void newtonFaceParts(Polynomial k, List<String> vars, List<Polynomial> sources, Deadline deadline) {
        List<int[]> pts = new ArrayList<>();
        Map<Monomial, Rational> terms = k.termsOver(vars);
        terms.keySet().forEach(m -> pts.add(m.toArray()));
        NewtonPolyhedron gamma = NewtonPolyhedron.of(vars.size(), pts, deadline);
        List<List<Integer>> pairs = new ArrayList<>();
        List<Integer> vertices = gamma.vertices();
        for (int a = 0; a < vertices.size(); a++) {
            for (int b = a + 1; b < vertices.size(); b++) {
                pairs.add(List.of(vertices.get(a), vertices.get(b)));
            }
        }
        gamma.compactFacesAbovePairs(pairs, 64).ifPresent(faces -> {
            for (Face f : faces) {
                Map<Monomial, Rational> part = new LinkedHashMap<>();
                for (int idx : f.members()) {
                    Monomial m = Monomial.of(gamma.points().get(idx));
                    part.put(m, terms.get(m));
                }
                sources.add(Polynomial.fromTerms(vars, part));
            }
        });
    }

    /** The homogeneous part of K of the lowest total degree (its initial form at 0). */
    public static Polynomial lowestDegreePart(Polynomial k, List<String> vars) {
        int lowest = k.termsOver(vars).keySet().stream().mapToInt(Monomial::degree).min().orElse(0);
        return degreePart(k, vars, lowest);
    }

    /** The homogeneous part of K of the highest total degree. */
    public static Polynomial highestDegreePart(Polynomial k, List<String> vars) {
        return degreePart(k, vars, k.totalDegree());
    }

    private static Polynomial degreePart(Polynomial k, List<String> vars, int degree) {
        Map<Monomial, Rational> part = new LinkedHashMap<>();
        for (Map.Entry<Monomial, Rational> t : k.termsOver(vars).entrySet()) {
            if (t.getKey().degree() == degree) {
                part.put(t.getKey(), t.getValue());
            }
        }
        return Polynomial.fromTerms(vars, part);
    }

    /** A change of coordinates with the loss and weight it produces. */
    public record Change(Map<String, Polynomial> substitution, Loss loss, Polynomial weight) {
    }

    /**
     * The changes in the order they are tried: those that leave a weight Newton can use (a
     * monomial times a unit at 0) first, then by the number of terms of the changed K, fewest
     * first, so that a change which makes a factor a coordinate without turning another
     * coordinate factor into a linear form (the way back) comes before one that does.
     */
    public static List<Change> changes(Loss loss, Polynomial weight, List<Map<String, Polynomial>> subs) {
        List<Change> out = new ArrayList<>();
        for (Map<String, Polynomial> sub : subs) {
            out.add(new Change(sub, substitute(loss, sub), weight.substitute(sub)));
        }
        out.sort(java.util.Comparator.comparing((Change c) -> c.weight().isConstant() || c.weight().isMonomialTimesUnitAtOrigin() ? 0 : 1)
                .thenComparingInt(c -> c.loss().expanded().termCount()));
        return out;
    }

    /** {@code x -> x - y, ...}. */
    public static String describe(Map<String, Polynomial> sub) {
        StringBuilder sb = new StringBuilder();
        sub.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" -> ").append(v));
        return sb.toString();
    }
}
