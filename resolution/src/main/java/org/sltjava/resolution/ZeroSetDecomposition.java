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
import org.sltjava.core.Pole;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PositivityProver;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * The global question from the zero set Z of K itself. Z is the real zero set of an ideal over
 * Q: of the squares {@code f_i} when {@code K = c sum f_i^2} is known so, else of the critical
 * ideal {@code (K, dK/dw_1, ..., dK/dw_d)}, which holds every zero inside the open box (K >= 0
 * there) and, once checked face by face ({@link #boundaryZerosCritical}), every zero on the
 * boundary. The ideal's minimal primes over Q (JAS) are the components; each is a
 * {@link Stratum}: its points of full rank (Morse-Bott, {@code (c/2, 1)}) and, recursively, the
 * lower-dimensional set where that is not proven; zero-dimensional strata are solved exactly
 * and their real points analysed one by one. The global lambda is the minimum over the strata,
 * m the largest among the minimisers ({@link StrataMinimum}). Nothing is claimed exact unless
 * every component's points in the box are accounted for; otherwise the best value attained at a
 * located zero is an upper bound, and the certificate says what was left.
 */
public final class ZeroSetDecomposition {

    /** Most c x c minors of one matrix put into a rank-drop system (fewer minors: a larger, still sound, set). */
    private static final int MAX_MINORS = 300;
    /** Most levels of splitting an ideal by the factors of its Groebner basis elements. */
    private static final int MAX_SPLITS = 4;
    /** Deepest recursion into rank-drop sets. */
    private static final int MAX_DEPTH = 3;
    /**
     * Most parameters for which the boundary faces of an expanded K are checked one by one (3^d - 1
     * faces); beyond {@link #MAX_ALGEBRAIC_FACE_CHECK_PARAMETERS} a face is first tried by interval
     * arithmetic, which settles at once every face on which K has no zero.
     */
    private static final int MAX_FACE_CHECK_PARAMETERS = 6;
    /** Most parameters for which every face goes straight to the Groebner check. */
    private static final int MAX_ALGEBRAIC_FACE_CHECK_PARAMETERS = 4;

    private final Question problem;
    private final int depth;
    private final SearchContext context;
    private final Deadline deadline;
    private final List<String> vars;
    private final JasAlgebra alg;
    private final List<List<Polynomial>> rankMatrix;
    private final Certificate.Builder cert = Certificate.builder();
    private final StrataMinimum strata = new StrataMinimum();
    private final List<String> left = new ArrayList<>();
    private final Set<List<Polynomial>> visited = new HashSet<>();
    private Rational located;

    private ZeroSetDecomposition(Question problem, int depth, SearchContext context, Deadline deadline,
            List<List<Polynomial>> rankMatrix) {
        this.problem = problem;
        this.depth = depth;
        this.context = context;
        this.deadline = deadline;
        this.vars = problem.parameters();
        this.alg = JasAlgebra.over(vars, deadline);
        this.rankMatrix = rankMatrix;
    }

    /**
     * The global answer from the decomposition of the zero set: exact when every component's
     * points in the box are accounted for, an upper bound when only some are (from a located
     * zero), empty when no zero was located. A rational zero gets the local question's answer
     * from the search (at {@code depth + 1}). The decomposition's own algebra takes at most half
     * the budget's remaining time (so that the rules after it keep theirs) and stops there with
     * what it reached.
     */
    public static Optional<RlctResult> analyse(Question p, int depth, SearchContext context, Certificate.Builder out) {
        Deadline deadline = Deadline.of(context.budget().share(2));
        List<String> vars = p.parameters();
        Optional<List<Polynomial>> fs;
        try {
            fs = Charts.squares(p.loss(), vars, deadline);
        } catch (Deadline.Exceeded e) {
            out.line("zero-set decomposition: its share of the time ran out while K was read as a square");
            return Optional.empty();
        }
        List<Polynomial> generators;
        ZeroSetDecomposition z;
        if (fs.isPresent() && !fs.get().isEmpty()) {
            generators = fs.get();
            z = new ZeroSetDecomposition(p, depth, context, deadline, Charts.jacobian(fs.get(), vars));
            z.cert.line("K = c * sum f_i^2 with f = " + fs.get() + ": Z is the real zero set of the ideal (f), and the"
                    + " Hessian of K at a zero is 2c J^T J (J the Jacobian of f), of the rank of J");
        } else {
            Polynomial k = p.k();
            generators = new ArrayList<>(List.of(k));
            vars.forEach(v -> generators.add(k.derivative(v)));
            z = new ZeroSetDecomposition(p, depth, context, deadline, Charts.jacobian(generators.subList(1, generators.size()), vars));
            z.cert.line("K >= 0 on the box, so its zeros inside the open box are critical points: Z lies in the real zero set"
                    + " of the critical ideal (K, dK/dw_1, ..., dK/dw_d); the rank matrix is the Hessian of K");
        }
        try {
            if (fs.isEmpty() && !z.boundaryZerosCritical()) {
                out.nest("zero-set decomposition: not applicable", z.cert.build());
                return Optional.empty();
            }
            z.decompose(generators, 0, "Z");
        } catch (Deadline.Exceeded e) {
            z.left.add("the time budget ran out during the decomposition");
        } catch (ArithmeticException | IllegalArgumentException e) {
            z.left.add("the algebra declined: " + e.getMessage());
        }
        return z.conclude(out);
    }

    /**
     * The answer of a blow-up chart's question at the points of its exceptional divisor where the
     * strict transform vanishes, all of which lie in the zero set of {@code system} (the divisor's
     * equation with the strict transform's zeros on it): that set decomposed as for a global
     * question, each of its points inside the chart's box answered two-sided (the caller makes the
     * divisor interior to the box), the minimum and the largest m among the minimisers; the rank
     * matrix is the Hessian of K. Exact when every component is accounted for.
     */
    public static Optional<RlctResult> onDivisor(Question chart, List<Polynomial> system, int depth, SearchContext context,
            Certificate.Builder out) {
        Deadline deadline = Deadline.of(context.budget().share(2));
        List<String> vars = chart.parameters();
        Polynomial k = chart.k();
        List<Polynomial> gradient = vars.stream().map(k::derivative).toList();
        ZeroSetDecomposition z = new ZeroSetDecomposition(chart, depth, context, deadline, Charts.jacobian(gradient, vars));
        z.cert.line("the divisor's points where the strict transform vanishes lie in the zero set of " + system
                + "; the rank matrix is the Hessian of K in the chart");
        try {
            z.decompose(system, 0, "the divisor's zeros");
        } catch (Deadline.Exceeded e) {
            z.left.add("the time budget ran out during the decomposition");
        } catch (ArithmeticException | IllegalArgumentException e) {
            z.left.add("the algebra declined: " + e.getMessage());
        }
        return z.conclude(out);
    }

    /**
     * Whether every zero of K on the box's boundary is a critical point of K (so that the
     * critical ideal holds it): on each face (some coordinates J at an end of their ranges) a
     * zero in the face's relative interior is critical for K restricted to the face, and the
     * system of K and its derivatives along the face is shown to have no complex zero where a
     * derivative across the face ({@code dK/dw_j}, j in J) is non-zero (Rabinowitsch).
     */
    private boolean boundaryZerosCritical() {
        int d = vars.size();
        if (d > MAX_FACE_CHECK_PARAMETERS) {
            cert.line("K is not known as a sum of squares and has more than " + MAX_FACE_CHECK_PARAMETERS + " parameters:"
                    + " its zeros on the boundary are not checked to be critical");
            return false;
        }
        Polynomial k = problem.k();
        int faces = (int) Math.pow(3, d);
        for (int code = 1; code < faces; code++) {
            Map<String, Polynomial> pin = new LinkedHashMap<>();
            List<String> across = new ArrayList<>();
            List<String> along = new ArrayList<>();
            int c = code;
            for (String v : vars) {
                int side = c % 3;
                c /= 3;
                if (side == 0) {
                    along.add(v);
                } else {
                    across.add(v);
                    pin.put(v, Polynomial.constant(side == 1 ? problem.box().range(v).lo() : problem.box().range(v).hi()));
                }
            }
            Polynomial onFacePolynomial = k.substitute(pin);
            if (d > MAX_ALGEBRAIC_FACE_CHECK_PARAMETERS && positiveOnFace(onFacePolynomial, along)) {
                continue;
            }
            List<Polynomial> system = new ArrayList<>();
            system.add(onFacePolynomial);
            along.forEach(v -> system.add(k.derivative(v).substitute(pin)));
            JasAlgebra onFace = JasAlgebra.over(along.isEmpty() ? vars : along, deadline);
            if (system.stream().anyMatch(q -> q.isConstant() && !q.isZero()) || onFace.hasNoComplexZero(system)
                    || along.size() == 1 && hasNoRealZeroOnEdge(system.getFirst(), along.getFirst())) {
                continue;
            }
            for (String v : across) {
                Polynomial derivative = k.derivative(v).substitute(pin);
                boolean critical = along.isEmpty() ? derivative.isZero() : onFace.hasNoComplexZeroWhereNonZero(system, derivative);
                if (!critical) {
                    cert.line("on the face " + pin + " K may vanish where dK/d" + v + " does not: a zero there need not be a"
                            + " critical point, and the critical ideal would miss it");
                    return false;
                }
            }
        }
        cert.line("on every face of the box, K and its derivatives along the face have no common complex zero where a"
                + " derivative across the face is non-zero (Groebner bases {1}, Rabinowitsch)" + (d > MAX_ALGEBRAIC_FACE_CHECK_PARAMETERS
                ? ", or K is proven positive on the face by interval arithmetic" : "") + ": every zero of K in the closed box is a"
                + " critical point");
        return true;
    }

    /** Whether K restricted to a face is proven positive on the whole closed face (interval arithmetic): no zero there. */
    private boolean positiveOnFace(Polynomial onFace, List<String> along) {
        if (onFace.isConstant()) {
            return onFace.constantTerm().signum() > 0;
        }
        Map<String, Interval> ranges = new LinkedHashMap<>();
        along.forEach(v -> ranges.put(v, problem.box().range(v)));
        return PositivityProver.provePositive(onFace, Box.of(ranges), PositivityProver.DEFAULT_BUDGET).isPresent();
    }

    /**
     * Whether K restricted to an edge of the box (one parameter free) has no real zero inside the
     * edge's range, counted exactly by Sturm sequences: then no zero of K lies in the edge's
     * relative interior (its ends are vertices, checked as faces of their own), whatever its
     * complex zeros.
     */
    private boolean hasNoRealZeroOnEdge(Polynomial onEdge, String v) {
        Interval range = problem.box().range(v);
        return !onEdge.isZero() && JasAlgebra.univariate(onEdge, v).rootCountIn(range.lo(), range.hi()) == 0;
    }

    /** Decomposes the ideal of the system into primes over Q and settles each as a stratum. */
    private void decompose(List<Polynomial> system, int depth, String name) {
        List<JasAlgebra.Prime> primes = components(system);
        if (primes.isEmpty()) {
            cert.line(name + ": no complex zero (Groebner basis {1})");
            return;
        }
        cert.line(name + ": " + primes.size() + " prime component(s) over Q (split by the factors of Groebner basis"
                + " elements, then JAS prime decompositions of the radicals, components inside others dropped)");
        for (JasAlgebra.Prime prime : primes) {
            if (visited.add(prime.generators())) {
                stratum(prime, depth);
            }
        }
    }

    /**
     * The irreducible components of the system's zero set as primes over Q: while an element of
     * the (graded) Groebner basis factors, V(I) is the union of the V(I + p) over its irreducible
     * factors p, each split further (at most {@link #MAX_SPLITS} levels); the pieces are decomposed
     * by JAS, and a prime whose zero set lies inside another's (every generator of the other
     * vanishes on it: Rabinowitsch) is dropped, its points being points of the other.
     */
    private List<JasAlgebra.Prime> components(List<Polynomial> system) {
        List<JasAlgebra.Prime> all = new ArrayList<>();
        split(system, 0, all);
        List<JasAlgebra.Prime> out = new ArrayList<>();
        for (JasAlgebra.Prime p : all) {
            if (out.stream().noneMatch(q -> q.generators().equals(p.generators()))) {
                out.add(p);
            }
        }
        List<JasAlgebra.Prime> minimal = new ArrayList<>();
        for (JasAlgebra.Prime p : out) {
            boolean inside = out.stream().anyMatch(q -> q != p && q.dimension() >= p.dimension()
                    && !(q.dimension() == p.dimension() && out.indexOf(q) > out.indexOf(p))
                    && q.generators().stream().allMatch(g -> alg.hasNoComplexZeroWhereNonZero(p.generators(), g)));
            if (!inside) {
                minimal.add(p);
            }
        }
        return minimal;
    }

    private void split(List<Polynomial> system, int level, List<JasAlgebra.Prime> out) {
        List<Polynomial> basis = JasAlgebra.graded(vars, deadline).groebnerBasis(system);
        if (basis.stream().anyMatch(b -> b.isConstant() && !b.isZero())) {
            return;
        }
        if (level < MAX_SPLITS) {
            for (Polynomial g : basis) {
                Map<Polynomial, Integer> factors = alg.factors(g);
                if (factors.size() > 1 || factors.values().stream().anyMatch(e -> e > 1)) {
                    for (Polynomial p : factors.keySet()) {
                        List<Polynomial> next = new ArrayList<>(basis);
                        next.remove(g);
                        next.add(p);
                        split(next, level + 1, out);
                    }
                    return;
                }
            }
        }
        for (JasAlgebra.Prime prime : alg.primes(basis)) {
            out.add(alg.withSquarefreeGenerators(prime));
        }
    }

    /** One prime component: its real points if it is zero-dimensional, else its Morse-Bott points and the rest recursively. */
    private void stratum(JasAlgebra.Prime prime, int depth) {
        String name = "component " + prime.generators() + " (dimension " + prime.dimension() + ")";
        if (prime.dimension() == 0) {
            points(prime, name);
        } else if (prime.dimension() >= vars.size()) {
            left.add(name + ": K vanishes on an open set");
        } else if (prime.dimension() > 0) {
            morseBott(prime, name, depth);
        }
    }

    /**
     * The real points of a zero-dimensional component located against the box: a rational one
     * gets the local question's answer; an irrational one counts as regular, {@code (d/2, 1)},
     * when the component has no complex zero where the rank matrix drops below d or the weight
     * vanishes (then K is comparable with |w - a|^2 near each of its conjugate points, inside the
     * box or on its boundary alike). In two variables, an irrational point not proven regular gets
     * the local answer of the plane resolution started there ({@link PlaneAlgebraicPoint}),
     * counted like a rational point's.
     */
    private void points(JasAlgebra.Prime prime, String name) {
        Optional<List<Map<String, Rational>>> rational = alg.rationalRealSolutions(prime.generators());
        if (rational.isPresent()) {
            for (Map<String, Rational> point : rational.get()) {
                rationalPoint(point, name);
            }
            return;
        }
        Optional<RealSolutions> sol = RealSolutions.of(prime.generators(), vars, deadline);
        if (sol.isEmpty()) {
            left.add(name + ": not solved exactly (no variable separates its points)");
            return;
        }
        int d = vars.size();
        Boolean regular = null;
        for (RealAlgebraicPoint point : sol.get().points()) {
            RealAlgebraicPoint.Location where = point.locate(problem.box());
            if (where == RealAlgebraicPoint.Location.OUTSIDE) {
                cert.line(name + ": the real point " + point.tightened() + " lies outside the box");
                continue;
            }
            if (where == RealAlgebraicPoint.Location.UNDECIDED) {
                left.add(name + ": the real point " + point.tightened() + " was not located against the box");
                continue;
            }
            Optional<Map<String, Rational>> exact = point.rational();
            if (exact.isPresent()) {
                rationalPoint(exact.get(), name);
                continue;
            }
            if (regular == null) {
                regular = fullRankWithWeight(prime.generators(), d);
            }
            if (!regular && d == 2) {
                RlctResult r = PlaneAlgebraicPoint.analyse(problem, point, deadline, context::factors);
                cert.nest(name + ": the irrational point " + point.tightened() + " (" + where + ", not proven regular): " + r,
                        r.certificate());
                if (r.isExact()) {
                    strata.attained(r.lambda().orElseThrow(), r.m().orElseThrow());
                } else {
                    left.add("the local question at the irrational point " + point.tightened() + " is " + r.status());
                }
                continue;
            }
            if (!regular) {
                irregularPoint(point, where, name);
                continue;
            }
            Rational value = Rational.of(d, 2);
            cert.line(name + ": the irrational point " + point.tightened() + " (" + where + "; " + sol.get().describe() + ") is"
                    + " regular: with the " + d + " x " + d + " minors of the rank matrix" + (problem.weight().isConstant() ? ""
                    : " and with the weight") + " the component has no complex zero (Groebner bases {1}), so K ~ |w - a|^2 and"
                    + " lambda = " + value + ", m = 1");
            if (where == RealAlgebraicPoint.Location.INSIDE) {
                strata.attained(value, 1);
            } else {
                strata.atMostAsBad(value, 1);
            }
        }
    }

    /**
     * An irrational zero that is not proven regular: Newton's answer at the algebraic point
     * ({@link AlgebraicPointNewton}) when it lies inside the open box, else the search's answer in
     * coordinates adapted to a smooth component of the zero set through it, at a rational point
     * ({@link ComponentCoordinates}); the best bound proven there otherwise, the point left open.
     */
    private void irregularPoint(RealAlgebraicPoint point, RealAlgebraicPoint.Location where, String name) {
        if (where != RealAlgebraicPoint.Location.INSIDE) {
            left.add(name + ": the irrational point " + point.tightened() + " on the box's boundary is not proven regular");
            return;
        }
        Optional<RlctResult> r = AlgebraicPointNewton.at(vars, problem.k(), problem.weight(), point, Map.of(), new int[vars.size()],
                deadline);
        if (r.isPresent() && r.get().isExact()) {
            cert.nest(name + ": the irrational point " + point.tightened() + ": " + r.get(), r.get().certificate());
            strata.attained(r.get().lambda().orElseThrow(), r.get().m().orElseThrow());
            return;
        }
        for (ComponentCoordinates.Change change : ComponentCoordinates.at(vars, problem.k(), problem.weight(), point, Map.of(), deadline)) {
            Optional<Question> q = change.question();
            RlctResult there = q.isPresent() ? context.local(q.get(), depth + 1) : RlctResult.unresolved(ResolveEngine.NAME, Certificate.empty());
            if (there.isExact()) {
                cert.nest(name + ": the irrational point " + point.tightened() + ": " + change.description() + ": " + there,
                        there.certificate());
                strata.attained(there.lambda().orElseThrow(), there.m().orElseThrow());
                return;
            }
        }
        r.flatMap(RlctResult::lambdaUpper).ifPresent(b -> located = Charts.min(located, b));
        left.add(name + ": the irrational point " + point.tightened() + " is not proven regular"
                + r.map(x -> ", and Newton's answer there is " + x.status()).orElse(""));
    }

    /**
     * A rational zero: the local question's answer there, if it lies in the closed box: Newton's
     * (cheap, and settling most points) first, then the search's.
     */
    private void rationalPoint(Map<String, Rational> point, String name) {
        if (!problem.box().contains(point)) {
            cert.line(name + ": the point " + Problem.formatPoint(point) + " lies outside the box");
            return;
        }
        Question at = problem.at(point);
        RlctResult r = context.newton(at);
        if (!r.isExact()) {
            r = context.local(at, depth + 1);
        }
        cert.nest(name + ": the point " + Problem.formatPoint(point) + ": " + r, r.certificate());
        if (r.isExact()) {
            strata.attained(r.lambda().orElseThrow(), r.m().orElseThrow());
        } else {
            located = Charts.min(located, r.lambdaUpper().orElse(null));
            left.add("the local question at " + Problem.formatPoint(point) + " is " + r.status());
        }
    }

    /**
     * A component of dimension d - c: at its real points where the Jacobian of its generators has
     * rank c (a real manifold of dimension d - c inside Z), the rank matrix has rank c and the
     * weight is non-zero, the splitting lemma writes K = |u|^2 + g(v) with u in R^c and g
     * vanishing on an open set of the v-space, so g = 0 and K = |u|^2: lambda = c/2, m = 1
     * inside the box (Morse-Bott), not less (m not more) on its boundary. The other points form
     * the zero sets of the rank-drop systems, of smaller dimension, which are decomposed in turn.
     * When a rank drops on all of the component, Newton's polyhedron across it
     * ({@link TransverseNewton}) may give its generic answer instead, with its own drop systems.
     */
    private void morseBott(JasAlgebra.Prime prime, String name, int depth) {
        int c = vars.size() - prime.dimension();
        List<Polynomial> gens = prime.generators();
        List<List<Polynomial>> drops = new ArrayList<>();
        drops.add(withMinors(gens, Charts.jacobian(gens, vars), c));
        drops.add(withMinors(gens, rankMatrix, c));
        if (!problem.weight().isConstant()) {
            List<Polynomial> w = new ArrayList<>(gens);
            w.add(problem.weight());
            drops.add(w);
        }
        Optional<List<List<JasAlgebra.Prime>>> dropPrimes = smaller(drops, prime.dimension());
        if (dropPrimes.isPresent()) {
            genericStratum(prime, name, depth, Pole.of(Rational.of(c, 2), 1), drops, dropPrimes.get(), "Morse-Bott of codimension "
                    + c + " outside a set of smaller dimension (rank " + c + " of its Jacobian and of the rank matrix, weight"
                    + " non-zero)");
            return;
        }
        Optional<TransverseNewton.Outcome> across = TransverseNewton.of(vars, problem.k(), problem.weight(), prime, deadline);
        Optional<List<List<JasAlgebra.Prime>>> acrossPrimes = across.flatMap(t -> smaller(t.drops(), prime.dimension()));
        if (acrossPrimes.isEmpty()) {
            left.add(name + ": the rank of the Jacobian or of the rank matrix drops to below " + c + ", or the weight"
                    + " vanishes, on all of it (not Morse-Bott), and Newton's polyhedron across it was not proven");
            return;
        }
        TransverseNewton.Outcome t = across.get();
        genericStratum(prime, name, depth, Pole.of(t.lambda(), t.m()), t.drops(), acrossPrimes.get(), "not Morse-Bott; Newton's"
                + " polyhedron across it, the same at its points outside a set of smaller dimension (" + t.text() + "): lambda = 1/t0,"
                + " m = the principal face's codimension (Varchenko 1976; Lin 2011)");
    }

    /** The prime components of each drop system, when all have dimension below {@code dimension}. */
    private Optional<List<List<JasAlgebra.Prime>>> smaller(List<List<Polynomial>> drops, int dimension) {
        List<List<JasAlgebra.Prime>> out = new ArrayList<>();
        for (List<Polynomial> drop : drops) {
            List<JasAlgebra.Prime> primes = components(drop);
            if (primes.stream().anyMatch(q -> q.dimension() >= dimension)) {
                return Optional.empty();
            }
            out.add(primes);
        }
        return Optional.of(out);
    }

    /**
     * A component whose points outside the drop systems' zero sets all have the local answer
     * {@code pole} (for the reason {@code why}): attained if such a point lies inside the open
     * box, else a lower bound for the component's points in the box (not less on the boundary);
     * the drop systems' components are decomposed in turn.
     */
    private void genericStratum(JasAlgebra.Prime prime, String name, int depth, Pole pole, List<List<Polynomial>> drops,
            List<List<JasAlgebra.Prime>> dropPrimes, String why) {
        int c = vars.size() - prime.dimension();
        Optional<String> w = RealZeroWitness.inOpenBox(prime.generators(), vars, problem.box(), c, drops, deadline);
        if (w.isPresent()) {
            cert.line(name + ": " + why + ": " + pole + " there; a point of it inside the open box: " + w.get());
            strata.attained(pole.lambda(), pole.m());
        } else {
            cert.line(name + ": " + why + "; no such point inside the open box was exhibited, so its points in the box have"
                    + " lambda >= " + pole.lambda() + " (m <= " + pole.m() + " at equality)");
            strata.atMostAsBad(pole.lambda(), pole.m());
        }
        if (depth >= MAX_DEPTH) {
            left.add(name + ": its rank-drop set was not decomposed (depth " + MAX_DEPTH + ")");
            return;
        }
        for (List<JasAlgebra.Prime> primes : dropPrimes) {
            for (JasAlgebra.Prime q : primes) {
                if (visited.add(q.generators())) {
                    stratum(q, depth + 1);
                }
            }
        }
    }

    /** The generators with at most {@link #MAX_MINORS} non-zero c x c minors of the matrix. */
    static List<Polynomial> withMinors(List<Polynomial> gens, List<List<Polynomial>> matrix, int c) {
        List<Polynomial> out = new ArrayList<>(gens);
        int added = 0;
        for (Polynomial minor : GlobalStrata.minors(matrix, c)) {
            if (!minor.isZero()) {
                out.add(minor);
                if (++added >= MAX_MINORS) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the component has no complex zero where the rank matrix has rank below d, or the weight vanishes. */
    private boolean fullRankWithWeight(List<Polynomial> gens, int d) {
        if (!alg.hasNoComplexZero(withMinors(gens, rankMatrix, d))) {
            return false;
        }
        if (problem.weight().isConstant()) {
            return true;
        }
        List<Polynomial> w = new ArrayList<>(gens);
        w.add(problem.weight());
        return alg.hasNoComplexZero(w);
    }

    private Optional<RlctResult> conclude(Certificate.Builder out) {
        Optional<Rational> best = strata.lambda();
        if (left.isEmpty() && best.isPresent() && strata.settled()) {
            cert.line("every zero of K in the box lies on a stratum above: global lambda = " + best.get() + ", m = "
                    + strata.m() + " (the largest m among the minimisers)");
            return Optional.of(RlctResult.exact(best.get(), strata.m(), ResolveEngine.NAME,
                    out.nest("zero-set decomposition", cert.build()).build()));
        }
        Rational bound = Charts.min(located, best.orElse(null));
        String what = left.isEmpty() ? "a stratum without a point inside the open box might have a smaller lambda, or the"
                + " same with a larger m" : "left: " + String.join("; ", left);
        out.nest("zero-set decomposition: not complete (" + what + ")" + (bound == null ? "" : "; lambda <= " + bound
                + " from a located zero"), cert.build());
        if (bound == null) {
            return Optional.empty();
        }
        return Optional.of(RlctResult.upperBound(bound, ResolveEngine.NAME, Certificate.of("the decomposition located a zero"
                + " with lambda <= " + bound + "; " + what)));
    }
}
