package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sltjava.core.Box;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PositivityProver;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * The resolution engine for degenerate K and global questions: a budgeted recursion that tries,
 * in order, the Newton engine, the constant-rank (Morse-Bott) rule, analytic changes of
 * coordinates suggested by the factors of the Newton face polynomials, point blow-ups of
 * homogeneous K with chart recursion, weighted (toric) blow-ups along the normals of degenerate
 * Newton faces (see {@link WeightedBlowUp}), and for global questions the reduction of a
 * quasi-homogeneous K to the origin and a stratification of the zero set by factors and their
 * exactly solved special points. Every step goes into the certificate; what is not proven comes
 * back as an upper bound or unresolved.
 *
 * <p>The rules used, each a theorem (Watanabe 2009, Algebraic Geometry and Statistical Learning
 * Theory, ch. 2 and 6; Lin 2011):
 * <ul>
 * <li>invariance: an analytic isomorphism with constant Jacobian keeps the local (lambda, m);</li>
 * <li>comparable functions ({@code c K1 <= K2 <= C K1}) have the same (lambda, m);</li>
 * <li>disjoint product: the zeta function of {@code K1(u) K2(v)} over a product box factorises;</li>
 * <li>the local zeta function is a sum of chart zeta functions when the charts tile a
 * neighbourhood up to a null set, so lambda is the minimum over charts and m the largest m among
 * the charts that attain it;</li>
 * <li>a smaller domain has a zeta function dominated by a larger one's: its lambda is not
 * smaller and, at equal lambda, its m is not larger.</li>
 * </ul>
 */
public final class ResolveEngine implements RlctEngine {

    /** The engine's name in results. */
    public static final String NAME = "resolve";

    /** Largest K (in terms) whose Newton faces are factored in search of a change of coordinates. */
    private static final int MAX_TERMS_TO_FACTOR = 60;
    /**
     * Largest K (in terms) that is factored whole for powers, disjoint factors and linear
     * coordinates (factorising is cheap next to the Newton polyhedron of such a K, and each K is
     * factored once per search).
     */
    private static final int MAX_TERMS_TO_FACTOR_WHOLE = 2000;
    /** Most terms of K after a change of coordinates for the changed problem to be analysed. */
    private static final int MAX_TERMS_AFTER_CHANGE = 400;

    /** Most weight vectors tried for weighted blow-ups at one point. */
    private static final int MAX_WEIGHT_VECTORS = 3;

    /** Most minors in a regularity certificate on an exceptional divisor. */
    private static final int MAX_REGULARITY_MINORS = 300;

    /** Registered through {@link java.util.ServiceLoader}; use {@link RlctEngine#of(String)}. */
    public ResolveEngine() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public RlctResult analyse(Problem problem, Budget budget) {
        Search search = new Search(problem, budget);
        try {
            RlctResult r = Deadline.within(budget,
                    () -> problem.point().isPresent() ? search.local(problem, 0) : search.global(problem, 0));
            return r.withMillis(budget.elapsedMillis());
        } catch (ArithmeticException | IllegalArgumentException e) {
            return RlctResult.unresolved(NAME, Certificate.of("the resolution stopped: " + e.getMessage()))
                    .withMillis(budget.elapsedMillis());
        } catch (Deadline.Exceeded e) {
            String text = "the time budget of " + budget.time().toMillis() + " ms ran out inside an exact linear program or a"
                    + " factorisation or Groebner basis (stopped at the limit); reached: depth up to " + budget.maxDepth() + ", "
                    + search.charts + " charts and sub-problems";
            RlctResult r = search.rootBound == null ? RlctResult.unresolved(NAME, Certificate.of(text))
                    : RlctResult.upperBound(search.rootBound, NAME, Certificate.of(text + "; the Newton polyhedron of the question"
                            + " gives lambda <= " + search.rootBound));
            return r.withMillis(budget.elapsedMillis());
        }
    }

    /**
     * The weighted blow-up of the point of a local question along a (see
     * {@link WeightedBlowUp#analyse}), with the zeros on the divisor analysed by this engine's
     * recursion under the budget.
     */
    static RlctResult weightedBlowUp(Problem problem, int[] a, Budget budget) {
        Search search = new Search(problem, budget);
        try {
            return Deadline.within(budget, () -> search.weightedBlowUpAt(problem, a)).withMillis(budget.elapsedMillis());
        } catch (ArithmeticException | IllegalArgumentException e) {
            return RlctResult.unresolved(NAME, Certificate.of("the weighted blow-up stopped: " + e.getMessage()))
                    .withMillis(budget.elapsedMillis());
        } catch (Deadline.Exceeded e) {
            return RlctResult.unresolved(NAME, Certificate.of("the time budget of " + budget.time().toMillis() + " ms ran out"
                    + " inside the weighted blow-up")).withMillis(budget.elapsedMillis());
        }
    }

    /** One budgeted search: counts charts and coordinate changes, checks time and depth. */
    private static final class Search {
        private final Budget budget;
        private final Problem root;
        private final NewtonEngine newton = new NewtonEngine();
        private final Map<Polynomial, Map<Polynomial, Integer>> factored = new HashMap<>();
        private int charts;
        /** The local questions being analysed on the current path of the recursion (see {@link #questionKey}). */
        private final Set<List<Object>> onPath = new HashSet<>();
        private Rational rootBound;

        Search(Problem root, Budget budget) {
            this.root = root;
            this.budget = budget;
        }

        /**
         * The irreducible factors of p over Q with their multiplicities, computed once per search;
         * empty when p has more than {@link #MAX_TERMS_TO_FACTOR_WHOLE} terms.
         */
        private Optional<Map<Polynomial, Integer>> factors(Polynomial p) {
            if (p.termCount() > MAX_TERMS_TO_FACTOR_WHOLE) {
                return Optional.empty();
            }
            Map<Polynomial, Integer> f = factored.get(p);
            if (f == null) {
                f = JasAlgebra.over(new ArrayList<>(p.variables())).factors(p);
                factored.put(p, f);
            }
            return Optional.of(f);
        }

        private boolean exhausted(int depth) {
            return budget.expired() || depth >= budget.maxDepth() || charts >= budget.maxCharts();
        }

        private String budgetText(int depth) {
            return "budget reached (depth " + depth + " of " + budget.maxDepth() + ", charts " + charts + " of "
                    + budget.maxCharts() + ", " + budget.elapsedMillis() + " ms of " + budget.time().toMillis() + " ms)";
        }

        /**
         * Newton's answer for p: for the question asked (which the standard chain has just put
         * to Newton, so its answer is kept) with the whole budget, for the sub-problems of the
         * search with at most a quarter of it, so that one large polyhedron cannot use up the
         * time the other methods need.
         */
        private RlctResult newton(Problem p) {
            if (p == root) {
                RlctResult n = newton.analyse(p, budget);
                rootBound = n.lambdaUpper().orElse(null);
                return n;
            }
            long remaining = budget.time().toNanos() - (System.nanoTime() - budget.startNanos());
            long share = Math.max(0, Math.min(remaining, budget.time().toNanos() / 4));
            return newton.analyse(p, Budget.of(java.time.Duration.ofNanos(share), budget.maxDepth(), budget.maxCharts()));
        }

        /** Newton's exact answer, restated as this engine's with Newton's derivation nested. */
        private RlctResult fromNewton(RlctResult n, Certificate.Builder cert) {
            return RlctResult.exact(n.lambda().orElseThrow(), n.m().orElseThrow(), NAME, cert.nest("newton: " + n, n.certificate()).build());
        }

        // ---------------------------------------------------------------- local

        RlctResult local(Problem p, int depth) {
            List<Object> key = questionKey(p);
            onPath.add(key);
            try {
                return localOnce(p, depth);
            } finally {
                onPath.remove(key);
            }
        }

        private RlctResult localOnce(Problem p, int depth) {
            Certificate.Builder cert = Certificate.builder();
            cert.line("local question: " + p);
            Rational bound = null;
            Optional<RlctResult> blocks = byBlocks(p, depth, cert);
            if (settles(blocks)) {
                return blocks.get();
            }
            bound = lower(bound, blocks);
            Optional<RlctResult> power = byPower(p, depth, cert);
            if (settles(power)) {
                return power.get();
            }
            bound = lower(bound, power);
            Optional<RlctResult> products = byProducts(p, depth, cert);
            if (settles(products)) {
                return products.get();
            }
            bound = lower(bound, products);
            List<String> vars = p.parameters();
            Map<String, Rational> centre = p.point().orElseThrow();
            int[] side = sides(p, centre);
            Loss loss = translate(p.loss(), centre);
            Polynomial weight = p.weight().translate(centre);
            boolean open = allZero(side);
            Optional<RlctResult> reduced = reduceLocally(vars, loss, weight, side, depth, cert);
            if (settles(reduced)) {
                return reduced.get();
            }
            bound = lower(bound, reduced);
            if (open && !exhausted(depth)) {
                Optional<RlctResult> adapted = byLinearCoordinates(vars, loss, weight, depth, cert);
                if (settles(adapted)) {
                    return adapted.get();
                }
                bound = lower(bound, adapted);
            }
            RlctResult n = newton(p);
            if (n.isExact()) {
                return fromNewton(n, cert);
            }
            cert.line("newton: " + n + " (its derivation omitted)");
            bound = min(bound, n.lambdaUpper().orElse(null));
            if (open && !weight.constantTerm().isZero()) {
                Optional<RlctResult> rank = constantRank(vars, loss, cert);
                if (rank.isPresent()) {
                    return rank.get();
                }
            }
            if (exhausted(depth)) {
                return finish(bound, cert.line(budgetText(depth)));
            }
            if (loss.expanded().termCount() > MAX_TERMS_TO_FACTOR) {
                cert.line("K has more than " + MAX_TERMS_TO_FACTOR + " terms: changes of coordinates come only from the"
                        + " weight and from K's lowest-degree part, not from its Newton faces");
            }
            for (Change change : changes(loss, weight, substitutions(loss.expanded(), weight, vars, side))) {
                Map<String, Polynomial> sub = change.substitution();
                if (exhausted(depth)) {
                    cert.line(budgetText(depth));
                    break;
                }
                charts++;
                Loss changed = change.loss();
                if (changed.expanded().termCount() > MAX_TERMS_AFTER_CHANGE) {
                    cert.line("change of coordinates " + describe(sub) + " skipped: K would have "
                            + changed.expanded().termCount() + " terms");
                    continue;
                }
                Optional<Problem> q = localProblem(vars, changed, change.weight(), side);
                if (q.isEmpty()) {
                    continue;
                }
                if (onPath.contains(questionKey(q.get()))) {
                    cert.line("change of coordinates " + describe(sub) + " skipped: it leads back to a question (up to a"
                            + " constant factor of K) already being analysed on this path");
                    continue;
                }
                RlctResult r = local(q.get(), depth + 1);
                String heading = "change of coordinates " + describe(sub) + " (polynomial, triangular, constant Jacobian"
                        + " |det| = 1/|c| != 0: an analytic isomorphism at 0 that keeps lambda and m): " + r;
                if (r.isExact()) {
                    return RlctResult.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), NAME,
                            cert.nest(heading, r.certificate()).build());
                }
                cert.nest(heading, r.certificate());
                bound = min(bound, r.lambdaUpper().orElse(null));
            }
            if (open && !exhausted(depth)) {
                Optional<RlctResult> blown = homogeneousBlowUp(vars, loss, weight, depth, cert);
                if (settles(blown)) {
                    return blown.get();
                }
                bound = lower(bound, blown);
            }
            if (vars.size() >= 2 && !exhausted(depth) && loss.expanded().termCount() <= MAX_TERMS_TO_FACTOR) {
                for (WeightedBlowUp.Candidate a : WeightedBlowUp.candidates(loss.expanded(), weight, vars, MAX_WEIGHT_VECTORS)) {
                    if (exhausted(depth)) {
                        cert.line(budgetText(depth));
                        break;
                    }
                    cert.line("weight vector " + Arrays.toString(a.weights()) + ": " + a.reason());
                    RlctResult blown = weightedBlowUp(vars, loss, weight, side, a.weights(), depth, cert);
                    if (blown.isExact()) {
                        return blown;
                    }
                    bound = min(bound, blown.lambdaUpper().orElse(null));
                }
            }
            return finish(bound, cert);
        }

        /**
         * The zeros of Kt on the divisor of chart j, rational or not, when all are certified
         * regular: with the chart's squares {@code u_j^o g_i} (D = 2o) and r the generic rank of
         * the Jacobian of g, a Groebner basis {1} for u_j, the weight-0 parameters, the g_i and the
         * (r+1) x (r+1) minors of the Jacobian of (u_j, g) shows that at every such zero the rank
         * of (u_j, g) is r + 1, so that of g is r, and it is at most r nearby: by the constant rank
         * theorem g = G(y) with y_1..y_r, u_j independent coordinates, K is comparable with
         * {@code u_j^D |y|^2} and the weight with {@code u_j^k} (a unit weight at 0), a disjoint
         * product: lambda = min((k + 1)/D, r/2), m = 2 on a tie, else 1 (Watanabe 2009; the monomial
         * and Morse-Bott rules). When r/2 exceeds the generic value (k + 1)/D the zeros change
         * nothing; otherwise one must lie in the chart's closed box, found by exact real solving,
         * and no coordinate of the divisor may be confined to one side (a smooth zero set touching
         * a boundary from outside would have a larger lambda there).
         */
        private Optional<ChartValue> regularDivisor(List<String> vars, Loss chartLoss, Polynomial weight, int[] a, int j,
                List<String> rest, int[] side, List<Polynomial> system, int big, int k) {
            Optional<List<Polynomial>> fs = squares(chartLoss, vars);
            if (weight.constantTerm().isZero() || fs.isEmpty() || big % 2 != 0) {
                return Optional.empty();
            }
            String uj = vars.get(j);
            int o = big / 2;
            List<Polynomial> g = new ArrayList<>();
            for (Polynomial f : fs.get()) {
                if (f.isZero()) {
                    continue;
                }
                if (f.largestMonomialFactor().getOrDefault(uj, 0) < o) {
                    return Optional.empty();
                }
                g.add(f.divideByMonomial(Map.of(uj, o)));
            }
            JasAlgebra alg = JasAlgebra.over(vars);
            int r = alg.genericRank(jacobian(g, vars));
            if (r == 0) {
                return Optional.empty();
            }
            List<Polynomial> withU = new ArrayList<>();
            withU.add(Polynomial.variable(uj));
            withU.addAll(g);
            List<Polynomial> certificate = new ArrayList<>(withU);
            for (int i = 0; i < vars.size(); i++) {
                if (a[i] == 0) {
                    certificate.add(Polynomial.variable(vars.get(i)));
                }
            }
            int minors = 0;
            for (Polynomial minor : GlobalStrata.minors(jacobian(withU, vars), r + 1)) {
                if (!minor.isZero()) {
                    certificate.add(minor);
                    if (++minors > MAX_REGULARITY_MINORS) {
                        return Optional.empty();
                    }
                }
            }
            if (minors == 0 || !alg.hasNoComplexZero(certificate)) {
                return Optional.empty();
            }
            Rational generic = Rational.of(k + 1, big);
            Rational half = Rational.of(r, 2);
            String regular = "every zero of Kt on the divisor is regular: the squares are " + uj + "^" + o + " g with g = " + g
                    + " of generic rank " + r + ", and " + uj + ", g and the " + minors + " non-zero " + (r + 1) + " x " + (r + 1)
                    + " minors of the Jacobian of (" + uj + ", g) have no common zero on the divisor (Groebner basis {1}),"
                    + " so there K ~ " + uj + "^" + big + " |y|^2 in coordinates (" + uj + ", y_1..y_" + r + ", ...) and"
                    + " lambda = min(" + generic + ", " + half + ")";
            if (half.compareTo(generic) > 0) {
                return Optional.of(new ChartValue(generic, 1, regular + " = " + generic + ", m = 1 there, as at generic points"));
            }
            if (rest.stream().anyMatch(v -> side[vars.indexOf(v)] != 0)) {
                return Optional.empty();
            }
            Optional<RealSolutions> solutions = RealSolutions.of(system, rest);
            if (solutions.isEmpty()) {
                return Optional.empty();
            }
            Box chartBox = Box.uniform(rest, Interval.of(-1, 1));
            int inside = 0;
            for (RealAlgebraicPoint p : solutions.get().points()) {
                RealAlgebraicPoint.Location at = p.locate(chartBox);
                if (at == RealAlgebraicPoint.Location.UNDECIDED) {
                    return Optional.empty();
                }
                if (at != RealAlgebraicPoint.Location.OUTSIDE) {
                    inside++;
                }
            }
            String found = "; the real zeros on the divisor (" + solutions.get().describe() + "): " + inside + " in the chart's box";
            if (inside == 0) {
                return Optional.of(new ChartValue(generic, 1, regular + found + ", so only the generic value " + generic + ", m = 1"));
            }
            int m = half.equals(generic) ? 2 : 1;
            return Optional.of(new ChartValue(half, m, regular + " = " + half + ", m = " + m + found));
        }

        /** The weighted blow-up at the point of a local question (see {@link WeightedBlowUp#analyse}). */
        RlctResult weightedBlowUpAt(Problem p, int[] a) {
            Certificate.Builder cert = Certificate.builder();
            cert.line("local question: " + p);
            Map<String, Rational> centre = p.point().orElseThrow();
            cert.line("weight vector " + Arrays.toString(a) + ": given");
            RlctResult r = weightedBlowUp(p.parameters(), translate(p.loss(), centre), p.weight().translate(centre),
                    sides(p, centre), a, 0, cert);
            return r.isExact() ? r : finish(r.lambdaUpper().orElse(null), cert);
        }

        /**
         * The weighted blow-up of 0 along a (see {@link WeightedBlowUp} for the charts and the
         * theorem): the generic value {@code (|a| + e)/D} with m = 1, and the local answer of the
         * chart problem at every zero of {@code Kt} on the exceptional divisor that the chart uses,
         * found exactly as the rational real solutions of a zero-dimensional system; lambda is the
         * minimum, m the largest m among the minimisers. When a zero set is not found exactly or a
         * zero's answer is not exact, the smallest value proven attained is an upper bound: the
         * generic value (attained on a dense set of the divisor) and every exact answer at a zero
         * (the neighbourhood of a point of the divisor maps into every neighbourhood of 0).
         */
        private RlctResult weightedBlowUp(List<String> vars, Loss loss, Polynomial weight, int[] side, int[] a, int depth,
                Certificate.Builder cert) {
            int d = vars.size();
            int big = WeightedBlowUp.order(loss.expanded(), vars, a);
            int e = WeightedBlowUp.order(weight, vars, a);
            int size = Arrays.stream(a).sum();
            Rational generic = Rational.of(size + e, big);
            Certificate.Builder bc = Certificate.builder();
            bc.line("weighted (toric) blow-up of 0 along a = " + Arrays.toString(a) + " (Varchenko 1976; Watanabe 2009,"
                    + " ch. 2-3; Lin 2011): chart (j, s): w_j = s u_j^a_j, w_i = u_j^a_i u_i, u_j >= 0, Jacobian a_j u_j^(|a|-1)"
                    + " with |a| = " + size + "; every w != 0 near 0 is in a chart with |u_i| <= 1 (j maximising |w_j|^(1/a_j)),"
                    + " the charts are injective on u_j > 0, and finitely many neighbourhoods of the compact sets"
                    + " {u_j = 0, |u_i| <= 1} cover a punctured neighbourhood of 0 while each maps into every neighbourhood"
                    + " of 0: lambda = min over those points of the chart's local lambda, m = max m of the minimisers");
            bc.line("a-orders: D = " + big + " for K, e = " + e + " for the weight; in every chart K = u_j^" + big + " Kt(u) and"
                    + " weight * |Jacobian| = const * u_j^" + (size - 1 + e) + " phi~(u); where Kt != 0 on the divisor, lambda >= (|a| + e)/D"
                    + " (m = 1 on equality), with equality where also phi~ != 0, a dense set (monomial rule): generic value "
                    + generic + ", m = 1");
            List<String> carried = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                if (a[i] == 0) {
                    carried.add(vars.get(i));
                }
            }
            if (!carried.isEmpty()) {
                if (weight.constantTerm().isZero() && carried.stream().anyMatch(weight.variables()::contains)) {
                    return RlctResult.unresolved(NAME, cert.line("weighted blow-up along " + Arrays.toString(a) + ": the weight"
                            + " vanishes at 0 and contains parameters of weight 0, so the generic value is not shown attained").build());
                }
                bc.line("the parameters " + carried + " have weight 0: this is the blow-up of the coordinate subspace where the"
                        + " others vanish (its centre has measure zero); they stay as they are (w_i = u_i), there are no charts"
                        + " for them, and the preimage of a small neighbourhood of 0 shrinks to the points of the divisors with "
                        + carried + " = 0, the only ones analysed");
            }
            if (Arrays.stream(side).anyMatch(x -> x != 0)) {
                bc.line("the point is on the box's boundary with sides " + Arrays.toString(side) + ": only the charts"
                        + " with s = the allowed sign of w_j, and u_i of the allowed sign of w_i (w_i = u_j^a_i u_i keeps it)");
            }
            Rational best = generic;
            int bestM = 1;
            Rational bound = null;
            boolean complete = true;
            charts:
            for (int j = 0; j < d; j++) {
                for (int s : new int[] {1, -1}) {
                    if (a[j] == 0 || side[j] != 0 && side[j] != s) {
                        continue;
                    }
                    if (exhausted(depth)) {
                        bc.line(budgetText(depth));
                        complete = false;
                        break charts;
                    }
                    charts++;
                    String uj = vars.get(j);
                    Map<String, Polynomial> sub = WeightedBlowUp.chart(vars, a, j, s);
                    Loss chartLoss = substitute(loss, sub);
                    Polynomial chartWeight = Polynomial.variable(uj).pow(size - 1).multiply(weight.substitute(sub));
                    List<String> rest = new ArrayList<>();
                    for (int i = 0; i < d; i++) {
                        if (i != j && a[i] > 0) {
                            rest.add(vars.get(i));
                        }
                    }
                    List<Polynomial> system = WeightedBlowUp.divisorSystem(loss, vars, a, j, s, side);
                    String name = "chart (" + uj + ", " + (s > 0 ? "+" : "-") + "): " + describe(sub) + ", Jacobian " + a[j] + " "
                            + uj + "^" + (size - 1) + "; K = " + uj + "^" + big + " * Kt with the strict transform Kt = "
                            + chartLoss.expanded().divideByMonomial(Map.of(uj, big)) + "; the zeros of Kt on the divisor " + uj
                            + " = 0 solve " + system;
                    Optional<List<Map<String, Rational>>> zeros = JasAlgebra.over(rest).rationalRealSolutions(system);
                    if (zeros.isEmpty()) {
                        Optional<ChartValue> regular = regularDivisor(vars, chartLoss, weight, a, j, rest, side, system, big,
                                size - 1 + e);
                        if (regular.isEmpty()) {
                            bc.line(name + ", which is not zero-dimensional with rational real solutions, nor certified"
                                    + " regular: only the generic value is proven attained");
                            complete = false;
                            continue;
                        }
                        bc.line(name + "; " + regular.get().text());
                        int c = regular.get().lambda().compareTo(best);
                        if (c < 0) {
                            best = regular.get().lambda();
                            bestM = regular.get().m();
                        } else if (c == 0) {
                            bestM = Math.max(bestM, regular.get().m());
                        }
                        continue;
                    }
                    List<Map<String, Rational>> used = zeros.get().stream().filter(p -> usedByChart(p, rest, vars, side)).toList();
                    bc.line(name + ": real solutions " + zeros.get().stream().map(Problem::formatPoint).toList() + ", of which "
                            + used.size() + " in the chart's |u_i| <= 1" + (used.isEmpty() ? ": every point of the divisor has the"
                            + " generic value" : ""));
                    for (Map<String, Rational> p : used) {
                        if (exhausted(depth)) {
                            bc.line(budgetText(depth));
                            complete = false;
                            break charts;
                        }
                        charts++;
                        Map<String, Rational> centre = new LinkedHashMap<>();
                        int[] pointSide = new int[d];
                        for (int i = 0; i < d; i++) {
                            Rational x = i == j || a[i] == 0 ? Rational.ZERO : p.get(vars.get(i));
                            centre.put(vars.get(i), x);
                            pointSide[i] = i == j ? 1 : x.isZero() ? side[i] : 0;
                        }
                        Optional<Problem> q = localProblem(vars, translate(chartLoss, centre), chartWeight.translate(centre), pointSide);
                        String where = "chart (" + uj + ", " + (s > 0 ? "+" : "-") + "), zero " + Problem.formatPoint(centre)
                                + " of Kt on the divisor";
                        if (q.isEmpty()) {
                            bc.line(where + ": the local problem could not be stated (K or the weight on its box)");
                            complete = false;
                            continue;
                        }
                        RlctResult r = local(q.get(), depth + 1);
                        bc.nest(where + " (translated to 0, " + uj + " >= 0): " + r, r.certificate());
                        if (!r.isExact()) {
                            complete = false;
                            bound = min(bound, r.lambdaUpper().orElse(null));
                            continue;
                        }
                        int c = r.lambda().orElseThrow().compareTo(best);
                        if (c < 0) {
                            best = r.lambda().orElseThrow();
                            bestM = r.m().orElseThrow();
                        } else if (c == 0) {
                            bestM = Math.max(bestM, r.m().orElseThrow());
                        }
                    }
                }
            }
            if (complete) {
                bc.line("minimum over the divisor: lambda = " + best + ", m = " + bestM);
                return RlctResult.exact(best, bestM, NAME, cert.nest("weighted blow-up along " + Arrays.toString(a)
                        + ": lambda = " + best + ", m = " + bestM, bc.build()).build());
            }
            Rational ub = min(bound, best);
            cert.nest("weighted blow-up along " + Arrays.toString(a) + ": not every point of the divisor is exact;"
                    + " lambda <= " + ub, bc.build());
            return RlctResult.upperBound(ub, NAME, Certificate.of("weighted blow-up along " + Arrays.toString(a)
                    + ": lambda <= " + ub));
        }

        /**
         * The constant-rank rule at 0 for {@code K = c sum f_i^2} with {@code f(0) = 0}: when the
         * Jacobian of f has rank r at 0 and rank at most r everywhere (its generic rank), the
         * constant rank theorem gives coordinates (y, z) with {@code f = F(y)}, F an immersion,
         * so K is comparable with |y|^2: lambda = r/2, m = 1 (Morse-Bott). Without squares, a
         * Hessian of full rank d gives d/2, m = 1 (Morse).
         */
        private Optional<RlctResult> constantRank(List<String> vars, Loss loss, Certificate.Builder cert) {
            Optional<List<Polynomial>> fs = squares(loss, vars);
            Map<String, Rational> zero = new LinkedHashMap<>();
            vars.forEach(v -> zero.put(v, Rational.ZERO));
            if (fs.isPresent()) {
                List<List<Polynomial>> jac = jacobian(fs.get(), vars);
                int r = rank(evaluate(jac, zero));
                if (r == 0) {
                    return Optional.empty();
                }
                int generic = JasAlgebra.over(vars).genericRank(jac);
                if (generic != r) {
                    cert.line("the Jacobian of the squares has rank " + r + " at 0 but generic rank " + generic
                            + ": the constant-rank rule does not apply");
                    return Optional.empty();
                }
                Rational lambda = Rational.of(r, 2);
                return Optional.of(RlctResult.exact(lambda, 1, NAME, cert.line("K = c * sum f_i^2 with f = " + fs.get()
                        + "; the Jacobian of f has rank " + r + " at 0 and generic rank " + r + " (Bareiss elimination over"
                        + " Q(w)), so by the constant rank theorem K is comparable with |y|^2 in " + r
                        + " coordinates y and the zero set is smooth of codimension " + r + ": lambda = " + lambda
                        + ", m = 1 (Morse-Bott; Watanabe 2009)").build()));
            }
            Polynomial k = loss.expanded();
            List<List<Polynomial>> hessian = new ArrayList<>();
            for (String a : vars) {
                List<Polynomial> row = new ArrayList<>();
                for (String b : vars) {
                    row.add(k.derivative(a).derivative(b));
                }
                hessian.add(row);
            }
            int r = rank(evaluate(hessian, zero));
            if (r == vars.size()) {
                Rational lambda = Rational.of(r, 2);
                return Optional.of(RlctResult.exact(lambda, 1, NAME, cert.line("the Hessian of K at 0 has full rank " + r
                        + ": a regular (Morse) point, lambda = d/2 = " + lambda + ", m = 1 (Watanabe 2009)").build()));
            }
            return Optional.empty();
        }

        /**
         * Point blow-up of 0 for K homogeneous of degree D and a homogeneous weight of degree e
         * on a full neighbourhood: in chart j ({@code w_j = u_j}, {@code w_i = u_j u_i}, Jacobian
         * {@code |u_j|^(d-1)}, {@code |u_i| <= 1}) the problem is the disjoint product of
         * {@code u_j^D} with weight {@code |u_j|^(d-1+e)} (lambda (d+e)/D, m 1) and the global
         * problem of {@code K(w_j = 1)} over {@code [-1, 1]^(d-1)}. The charts tile the cube.
         */
        private Optional<RlctResult> homogeneousBlowUp(List<String> vars, Loss loss, Polynomial weight, int depth,
                Certificate.Builder cert) {
            int d = vars.size();
            Polynomial k = loss.expanded();
            int deg = homogeneousDegree(k);
            int e = homogeneousDegree(weight);
            if (d < 2 || deg <= 0 || e < 0) {
                return Optional.empty();
            }
            Rational divisor = Rational.of(d + e, deg);
            Certificate.Builder bc = Certificate.builder();
            bc.line("K is homogeneous of degree " + deg + " and the weight of degree " + e + ": blow up the point 0;"
                    + " chart j: w_j = u_j, w_i = u_j u_i (|u_i| <= 1), Jacobian |u_j|^" + (d - 1)
                    + "; the charts tile the cube, so lambda = min over charts, m = max m of the minimising charts");
            bc.line("in every chart K = u_j^" + deg + " K(w_j = 1) and weight = |u_j|^" + e + " weight(w_j = 1): a disjoint"
                    + " product whose u_j factor has lambda = (d + e)/D = " + divisor + ", m = 1");
            Rational best = null;
            int bestM = 0;
            Rational bound = null;
            for (String j : vars) {
                if (exhausted(depth)) {
                    bc.line(budgetText(depth));
                    bound = min(bound, best);
                    best = null;
                    break;
                }
                charts++;
                List<String> rest = new ArrayList<>(vars);
                rest.remove(j);
                Map<String, Polynomial> one = Map.of(j, Polynomial.one());
                Loss chartLoss = substitute(loss, one);
                Polynomial chartWeight = weight.substitute(one);
                Rational chartLambda;
                int chartM;
                String text;
                Problem chart;
                try {
                    chart = chartProblem(rest, chartLoss, chartWeight);
                } catch (InvalidInputException ex) {
                    if (!ex.getMessage().startsWith("non-realizable")) {
                        bc.line("chart " + j + ": not analysed (" + ex.getMessage() + ")");
                        return Optional.of(RlctResult.unresolved(NAME, bc.build()));
                    }
                    chart = null;
                    bc.line("chart " + j + ": K(w_j = 1) has no zero on the chart's box (" + ex.getMessage()
                            + "); lambda = " + divisor + ", m = 1");
                }
                if (chart == null) {
                    chartLambda = divisor;
                    chartM = 1;
                } else {
                    RlctResult r = global(chart, depth + 1);
                    if (!r.isExact()) {
                        Rational ub = r.lambdaUpper().map(divisor::min).orElse(divisor);
                        bc.nest("chart " + j + ": " + r + "; lambda <= " + ub, r.certificate());
                        bound = min(bound, ub);
                        continue;
                    }
                    Rational lj = r.lambda().orElseThrow();
                    int mj = r.m().orElseThrow();
                    int c = lj.compareTo(divisor);
                    chartLambda = lj.min(divisor);
                    chartM = c < 0 ? mj : c > 0 ? 1 : mj + 1;
                    text = "chart " + j + ": strict transform " + r + "; product with the u_j factor: lambda = min(" + lj
                            + ", " + divisor + ") = " + chartLambda + ", m = " + chartM;
                    bc.nest(text, r.certificate());
                }
                int c = best == null ? -1 : chartLambda.compareTo(best);
                if (c < 0) {
                    best = chartLambda;
                    bestM = chartM;
                } else if (c == 0) {
                    bestM = Math.max(bestM, chartM);
                }
            }
            if (bound == null && best != null) {
                bc.line("minimum over the charts: lambda = " + best + ", m = " + bestM);
                return Optional.of(RlctResult.exact(best, bestM, NAME, cert.nest("point blow-up", bc.build()).build()));
            }
            Rational ub = min(bound, best);
            cert.nest("point blow-up: not every chart is exact; lambda <= " + ub, bc.build());
            return Optional.of(ub == null ? RlctResult.unresolved(NAME, cert.build()) : RlctResult.upperBound(ub, NAME, cert.build()));
        }

        /** A split into blocks, or empty when there is none or its sub-problems could not be stated (said in the certificate). */
        private static Optional<List<Blocks.Block>> stated(java.util.function.Supplier<Optional<List<Blocks.Block>>> split,
                String what, Certificate.Builder cert) {
            try {
                return split.get();
            } catch (InvalidInputException e) {
                cert.line("the " + what + " of K could not be stated as problems: " + e.getMessage());
                return Optional.empty();
            }
        }

        /**
         * Disjoint blocks (see {@link Blocks}): each block's question is answered alone and the
         * answers combine by the sum rule, lambda = sum lambda_b, m = sum m_b - (blocks - 1);
         * parameters K does not contain only multiply Z(n) by a constant. When a block is not
         * exact, the sum of the blocks' upper bounds is still an upper bound.
         */
        private Optional<RlctResult> byBlocks(Problem p, int depth, Certificate.Builder cert) {
            Optional<List<Blocks.Block>> blocks = stated(() -> Blocks.of(p), "blocks", cert);
            if (blocks.isEmpty()) {
                return Optional.empty();
            }
            Certificate.Builder bc = Certificate.builder();
            bc.line("K is a sum of parts in disjoint blocks of parameters " + blocks.get().stream().map(Blocks.Block::parameters).toList()
                    + ", the weight a product of one factor per block and the box a product of ranges, so Z(n) is the product"
                    + " of the blocks' Z(n): lambda = sum of the blocks' lambda, m = sum of their m minus (blocks - 1)"
                    + " (Watanabe 2009, Remark 7.2)");
            Rational lambda = Rational.ZERO;
            Rational upper = Rational.ZERO;
            int m = 1;
            boolean exact = true;
            for (Blocks.Block b : blocks.get()) {
                if (b.problem().isEmpty()) {
                    bc.line("parameters " + b.parameters() + ": K does not contain them; their factor of Z(n) does not depend on n");
                    continue;
                }
                Problem bp = b.problem().get();
                charts++;
                RlctResult r = bp.point().isPresent() ? local(bp, depth) : global(bp, depth);
                bc.nest("block " + b.parameters() + ": " + r, r.certificate());
                if (r.isExact()) {
                    lambda = lambda.add(r.lambda().orElseThrow());
                    upper = upper == null ? null : upper.add(r.lambda().orElseThrow());
                    m += r.m().orElseThrow() - 1;
                } else {
                    exact = false;
                    upper = upper == null || r.lambdaUpper().isEmpty() ? null : upper.add(r.lambdaUpper().get());
                }
            }
            if (exact) {
                bc.line("sum over the blocks: lambda = " + lambda + ", m = " + m);
                return Optional.of(RlctResult.exact(lambda, m, NAME, cert.nest("disjoint blocks", bc.build()).build()));
            }
            cert.nest("disjoint blocks: not every block is exact" + (upper == null ? "" : "; lambda <= " + upper), bc.build());
            return Optional.of(upper == null ? RlctResult.unresolved(NAME, Certificate.of("a block is unresolved"))
                    : RlctResult.upperBound(upper, NAME, Certificate.of("the sum of the blocks' bounds")));
        }

        /**
         * Disjoint factors (see {@link Blocks#ofProduct}): the zeta function is the product of
         * the blocks' zeta functions, each positive for real z > -lambda_b with a pole of order
         * m_b at -lambda_b, so lambda = min lambda_b and m = sum of m_b over the blocks that
         * attain it; a factor without zeros contributes no pole.
         */
        private Optional<RlctResult> byProducts(Problem p, int depth, Certificate.Builder cert) {
            Optional<List<Blocks.Block>> blocks = stated(() -> Blocks.ofProduct(p, this::factors), "factors", cert);
            if (blocks.isEmpty()) {
                return Optional.empty();
            }
            Certificate.Builder bc = Certificate.builder();
            bc.line("K is a product of factors in disjoint blocks of parameters " + blocks.get().stream().map(Blocks.Block::parameters).toList()
                    + " (irreducible factors over Q grouped by shared parameters), the weight a product of one factor per block and"
                    + " the box a product of ranges, so the zeta function is the product of the blocks' zeta functions:"
                    + " lambda = min of the blocks' lambda, m = sum of the m of the blocks that attain it");
            Rational lambda = null;
            int m = 0;
            Rational upper = null;
            boolean exact = true;
            for (Blocks.Block b : blocks.get()) {
                if (b.problem().isEmpty()) {
                    bc.line("factor on " + b.parameters() + ": no zero " + (p.point().isPresent() ? "at the point" : "in its box")
                            + ", so its zeta function has no pole");
                    continue;
                }
                Problem bp = b.problem().get();
                charts++;
                RlctResult r = bp.point().isPresent() ? local(bp, depth) : global(bp, depth);
                bc.nest("factor on " + b.parameters() + ": " + r, r.certificate());
                if (r.isExact()) {
                    Rational l = r.lambda().orElseThrow();
                    int c = lambda == null ? -1 : l.compareTo(lambda);
                    if (c < 0) {
                        lambda = l;
                        m = r.m().orElseThrow();
                    } else if (c == 0) {
                        m += r.m().orElseThrow();
                    }
                    upper = min(upper, l);
                } else {
                    exact = false;
                    upper = min(upper, r.lambdaUpper().orElse(null));
                }
            }
            if (exact && lambda != null) {
                bc.line("minimum over the factors: lambda = " + lambda + ", m = " + m);
                return Optional.of(RlctResult.exact(lambda, m, NAME, cert.nest("disjoint factors", bc.build()).build()));
            }
            cert.nest("disjoint factors: not every factor is exact" + (upper == null ? "" : "; lambda <= " + upper), bc.build());
            return Optional.of(upper == null ? RlctResult.unresolved(NAME, Certificate.of("no factor is resolved"))
                    : RlctResult.upperBound(upper, NAME, Certificate.of("the smallest of the factors' bounds")));
        }

        /**
         * Powers: when every irreducible factor of K over Q has a multiplicity divisible by k >= 3,
         * K = c G^k. For even k, K = c (G^2)^(k/2) with c > 0; for odd k, K = |c| (sG)^k with
         * {@code sG >= 0} (s the sign of c). The zeta function of {@code L^j} is that of L at
         * {@code j z}, so lambda divides by j and m stays (Watanabe 2009, ch. 6).
         */
        private Optional<RlctResult> byPower(Problem p, int depth, Certificate.Builder cert) {
            Polynomial k = p.k();
            Optional<Map<Polynomial, Integer>> factored = k.termCount() < 2 ? Optional.empty() : factors(k);
            if (factored.isEmpty()) {
                return Optional.empty();
            }
            Map<Polynomial, Integer> factors = factored.get();
            int g = 0;
            for (int e : factors.values()) {
                g = java.math.BigInteger.valueOf(g).gcd(java.math.BigInteger.valueOf(e)).intValue();
            }
            if (g < 3) {
                return Optional.empty();
            }
            Polynomial root = Polynomial.one();
            for (Map.Entry<Polynomial, Integer> f : factors.entrySet()) {
                root = root.multiply(f.getKey().pow(f.getValue() / g));
            }
            Polynomial rootPower = root.pow(g);
            Map.Entry<Monomial, Rational> lead = k.termsOver(p.parameters()).entrySet().iterator().next();
            Rational c = lead.getValue().divide(rootPower.coefficient(toPowers(lead.getKey(), p.parameters())));
            int j = g % 2 == 0 ? g / 2 : g;
            Loss base = g % 2 == 0 ? Loss.sumOfSquares(List.of(root)) : Loss.of(c.signum() < 0 ? root.negate() : root);
            Problem q;
            try {
                q = p.toBuilder().loss(base).build();
            } catch (InvalidInputException e) {
                return Optional.empty();
            }
            charts++;
            RlctResult r = q.point().isPresent() ? local(q, depth) : global(q, depth);
            String heading = "K = " + c + " * (" + root + ")^" + g + ", so K is a positive constant times L^" + j + " with L = "
                    + base + " (>= 0); the zeta function of L^" + j + " at z is that of L at " + j + "z: lambda(K) = lambda(L)/" + j
                    + ", m(K) = m(L); L: " + r;
            cert.nest(heading, r.certificate());
            if (r.isExact()) {
                Rational lambda = r.lambda().orElseThrow().divide(Rational.of(j));
                cert.line("lambda = " + r.lambda().orElseThrow() + "/" + j + " = " + lambda + ", m = " + r.m().orElseThrow());
                return Optional.of(RlctResult.exact(lambda, r.m().orElseThrow(), NAME, cert.build()));
            }
            return r.lambdaUpper().map(u -> RlctResult.upperBound(u.divide(Rational.of(j)), NAME, Certificate.of("power")));
        }

        /**
         * Linear coordinates adapted to the factors (see {@link LinearCoordinates}) at a point
         * inside the box: the irreducible factors of K, and of the weight when it vanishes at 0,
         * depend only on the linear forms of their spans; in coordinates {@code u = A w} that take
         * a basis of each group's span (linear factors first, then the linear factors of K's
         * lowest- and highest-degree parts) K is a product of factors in disjoint blocks of
         * coordinates and its linear factors are coordinates. The change is
         * linear and invertible, so it fixes 0 and has the constant Jacobian {@code 1/|det A|}: an
         * analytic isomorphism that keeps the local lambda and m (Watanabe 2009, ch. 2). A weight
         * that is a unit at 0 is replaced by 1 (bounded above and below near 0). The changed K is
         * {@code c prod G_i(A^(-1) u)^(e_i)} (see {@link #substituteFactored}), so a large K is not
         * substituted term by term.
         */
        private Optional<RlctResult> byLinearCoordinates(List<String> vars, Loss loss, Polynomial weight, int depth,
                Certificate.Builder cert) {
            Polynomial k = loss.expanded();
            Optional<Map<Polynomial, Integer>> kFactors = vars.size() < 2 || k.termCount() < 2 ? Optional.empty() : factors(k);
            boolean unit = !weight.constantTerm().isZero();
            Optional<Map<Polynomial, Integer>> wFactors = unit ? Optional.of(Map.of()) : factors(weight);
            if (kFactors.isEmpty() || wFactors.isEmpty()) {
                return Optional.empty();
            }
            List<Polynomial> pieces = new ArrayList<>(kFactors.get().keySet());
            wFactors.get().keySet().stream().filter(f -> !pieces.contains(f)).forEach(pieces::add);
            List<Polynomial> forms = new ArrayList<>();
            for (Polynomial part : List.of(lowestDegreePart(k, vars), highestDegreePart(k, vars))) {
                factors(part).ifPresent(fs -> fs.keySet().stream()
                        .filter(f -> f.totalDegree() == 1 && f.constantTerm().isZero() && !forms.contains(f)).forEach(forms::add));
            }
            Optional<LinearCoordinates> change = LinearCoordinates.adaptedTo(pieces, forms, vars);
            if (change.isEmpty()) {
                return Optional.empty();
            }
            charts++;
            Map<String, Polynomial> sub = change.get().substitution();
            Loss changed = loss.squares().isPresent() ? substitute(loss, sub) : Loss.of(substituteFactored(k, kFactors.get(), sub));
            Polynomial changedWeight = unit ? Polynomial.one() : weight.substitute(sub);
            Optional<Problem> q = localProblem(vars, changed, changedWeight, new int[vars.size()]);
            if (q.isEmpty()) {
                return Optional.empty();
            }
            RlctResult r = local(q.get(), depth + 1);
            String heading = "linear coordinates adapted to the factors: each irreducible factor of K" + (unit ? "" : " and of the weight")
                    + " depends only on the linear forms of its span (the row space of the coefficients of its partial"
                    + " derivatives: it is constant along the directions that annihilate it), and the factors grouped as "
                    + change.get().describeGroups() + " have spans in direct sum" + (forms.isEmpty() ? "" : "; the linear factors "
                    + forms + " of K's lowest- and highest-degree parts are made coordinates where independent")
                    + "; the linear change " + change.get().describe()
                    + " (det " + change.get().determinant() + " != 0, constant Jacobian: an analytic isomorphism at 0 that keeps"
                    + " lambda and m; Watanabe 2009, ch. 2) gives K = " + changed
                    + (unit ? "; the weight is a unit at 0 and is replaced by 1" : ", weight " + changedWeight) + ": " + r;
            cert.nest(heading, r.certificate());
            if (r.isExact()) {
                return Optional.of(RlctResult.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), NAME, cert.build()));
            }
            return Optional.of(r);
        }

        /**
         * Generator reduction at 0 for {@code K = c sum f_i^2}: when a square is
         * {@code f_i = c0 x + r} with c0 a non-zero constant, r free of x and x free on both sides
         * of 0, the substitution {@code x -> (x - r)/c0} (triangular, constant Jacobian) makes
         * f_i = x, and the ideal (x, f_j) equals (x, f_j(x = -r/c0)), so K is comparable with
         * {@code x^2 + sum_j f_j(x = -r/c0)^2}: a sum over the disjoint blocks {x} and the rest. A
         * weight that is a unit at 0 is replaced by 1 (it does not change lambda or m); otherwise
         * the weight must not contain x.
         */
        private Optional<RlctResult> reduceLocally(List<String> vars, Loss loss, Polynomial weight, int[] side, int depth,
                Certificate.Builder cert) {
            Optional<List<Polynomial>> fs = squares(loss, vars);
            if (fs.isEmpty()) {
                return Optional.empty();
            }
            boolean unit = !weight.constantTerm().isZero();
            for (int j = 0; j < vars.size(); j++) {
                String x = vars.get(j);
                if (side[j] != 0 || (!unit && weight.variables().contains(x))) {
                    continue;
                }
                Optional<Loss> reducedLoss = reduceGenerator(loss.scale(), fs.get(), x);
                if (reducedLoss.isEmpty()) {
                    continue;
                }
                charts++;
                Optional<Problem> q = localProblem(vars, reducedLoss.get(), unit ? Polynomial.one() : weight, side);
                if (q.isEmpty()) {
                    continue;
                }
                RlctResult r = local(q.get(), depth);
                String heading = "generator reduction in " + x + ": a square is u " + x + " + r (u and r free of " + x
                        + ", u(0) != 0, r(0) = 0); the change " + x + "' = u " + x + " + r (Jacobian u, a unit near 0: an"
                        + " analytic isomorphism) makes it a coordinate, and the other squares f reduce modulo " + x + "' to"
                        + " f(" + x + " = -r/u), times a power of the unit u (the same ideal of germs, so comparable K"
                        + (unit ? "; the weight is a unit at 0 and is replaced by 1" : "; the weight does not contain " + x)
                        + "): K ~ " + reducedLoss.get() + ": " + r;
                cert.nest(heading, r.certificate());
                if (r.isExact()) {
                    return Optional.of(RlctResult.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), NAME, cert.build()));
                }
                return Optional.of(r);
            }
            return Optional.empty();
        }

        /**
         * The global question when K and the weight are quasi-homogeneous for non-negative
         * weights q that vanish on some parameters: the scaling {@code w -> t^q w} keeps the
         * local (lambda, m) and carries every zero towards the stratum {@code x_S = 0} (S the
         * parameters with q > 0), where K vanishes; as for the origin, a neighbourhood of the
         * limit point dominates, so the worst points lie on the stratum. A square
         * {@code f_i = c0 x + r} with x in S, c0 a constant and r free of x and of weighted degree
         * q_x is then reduced as in the local case: the change {@code x -> (x - r)/c0} is a
         * polynomial automorphism that commutes with the scaling and fixes the stratum pointwise,
         * so the reduced problem (checked quasi-homogeneous for the same q) has the same local
         * problems on the same stratum, and the same global answer.
         */
        private Optional<RlctResult> reduceOnStratum(Problem p, QuasiHomogeneity q, int depth, Certificate.Builder cert) {
            List<String> vars = p.parameters();
            Optional<List<Polynomial>> fs = squares(p.loss(), vars);
            if (fs.isEmpty()) {
                return Optional.empty();
            }
            for (int j = 0; j < vars.size(); j++) {
                String x = vars.get(j);
                if (!q.scales(j) || !p.box().range(x).containsInterior(Rational.ZERO) || p.weight().variables().contains(x)) {
                    continue;
                }
                Optional<Loss> reduced = reduceGenerator(p.loss().scale(), fs.get(), x, q, vars);
                if (reduced.isEmpty() || !q.degreeOf(reduced.get().expanded(), vars).equals(Optional.of(q.degree()))) {
                    continue;
                }
                charts++;
                Problem next;
                try {
                    next = p.toBuilder().loss(reduced.get()).build();
                } catch (InvalidInputException e) {
                    continue;
                }
                List<String> stratum = new ArrayList<>();
                for (int i = 0; i < vars.size(); i++) {
                    if (q.scales(i)) {
                        stratum.add(vars.get(i));
                    }
                }
                RlctResult r = global(next, depth);
                String heading = "K and the weight are quasi-homogeneous for the weights " + Arrays.toString(q.q())
                        + " and the ranges of " + stratum + " contain 0: the scaling carries every zero towards the stratum "
                        + stratum + " = 0, where the worst points lie; a square is c0 " + x + " + r with r of the weighted"
                        + " degree of " + x + ", so " + x + " -> (" + x + " - r)/c0 commutes with the scaling, fixes the"
                        + " stratum, and reduces the other squares modulo " + x + ": K ~ " + reduced.get() + ": " + r;
                cert.nest(heading, r.certificate());
                if (r.isExact()) {
                    return Optional.of(RlctResult.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), NAME, cert.build()));
                }
                return Optional.of(r);
            }
            return Optional.empty();
        }

        // ---------------------------------------------------------------- global

        RlctResult global(Problem p, int depth) {
            Certificate.Builder cert = Certificate.builder();
            cert.line("global question: " + p);
            Rational bound = null;
            if (p == root) {
                RlctResult n = newton(p);
                if (n.isExact()) {
                    return fromNewton(n, cert);
                }
                cert.line("newton: " + n + " (its derivation omitted)");
                bound = n.lambdaUpper().orElse(null);
            }
            List<String> vars = p.parameters();
            Optional<RlctResult> blocks = byBlocks(p, depth, cert);
            if (settles(blocks)) {
                return blocks.get();
            }
            bound = lower(bound, blocks);
            Optional<RlctResult> power = byPower(p, depth, cert);
            if (settles(power)) {
                return power.get();
            }
            bound = lower(bound, power);
            Optional<RlctResult> products = byProducts(p, depth, cert);
            if (settles(products)) {
                return products.get();
            }
            bound = lower(bound, products);
            Optional<QuasiHomogeneity> q = quasiHomogeneous(p);
            if (q.isPresent() && q.get().isPositive()) {
                Map<String, Rational> zero = new LinkedHashMap<>();
                vars.forEach(v -> zero.put(v, Rational.ZERO));
                cert.line("K and the weight are quasi-homogeneous for the positive weights " + Arrays.toString(q.get().q())
                        + " and every range contains 0: the scaling w -> t^q w (0 < t <= 1) maps the box into itself and"
                        + " multiplies K and the weight by constants, so a neighbourhood of any zero a is carried into"
                        + " every neighbourhood of 0; the zeta function of a neighbourhood of 0 dominates, so 0 is a worst"
                        + " point and the global answer is the local one at 0");
                RlctResult r = local(p.at(zero), depth + 1);
                if (r.isExact()) {
                    return RlctResult.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), NAME,
                            cert.nest("local at 0: " + r, r.certificate()).build());
                }
                cert.nest("local at 0: " + r, r.certificate());
                return finish(min(bound, r.lambdaUpper().orElse(null)), cert);
            }
            if (q.isPresent() && !exhausted(depth)) {
                Optional<RlctResult> reduced = reduceOnStratum(p, q.get(), depth, cert);
                if (settles(reduced)) {
                    return reduced.get();
                }
                bound = lower(bound, reduced);
            }
            if (p != root) {
                RlctResult n = newton(p);
                if (n.isExact()) {
                    return fromNewton(n, cert);
                }
                cert.line("newton: " + n + " (its derivation omitted)");
                bound = min(bound, n.lambdaUpper().orElse(null));
            }
            if (budget.expired()) {
                return finish(bound, cert.line(budgetText(depth)));
            }
            // Issue 12 hook: the question asked (and its blocks, powers, factors; not the charts of a local search) by
            // the zero set decomposed over Q into strata (ZeroSetDecomposition), with at most half the time left.
            if (depth == 0) {
                Optional<RlctResult> zeros = ZeroSetDecomposition.analyse(p, budget, point -> local(p.at(point), depth + 1), cert);
                if (settles(zeros) || budget.expired()) {
                    return settles(zeros) ? zeros.get() : finish(lower(bound, zeros), cert.line(budgetText(depth)));
                }
                bound = lower(bound, zeros);
            }
            if (!weightFreeOfZeros(p)) {
                cert.line("the weight is not proven free of zeros on the box: the zero set of K could not be stratified");
                return finish(boundAtAZero(p, depth, bound, cert), cert);
            }
            if (vars.size() == 1) {
                Optional<RlctResult> one = oneParameter(p, cert);
                if (one.isPresent()) {
                    return one.get();
                }
            }
            Optional<RlctResult> smooth = GlobalStrata.morseBott(p, budget, cert);
            if (smooth.isPresent()) {
                return smooth.get();
            }
            Optional<List<Polynomial>> fs = squares(p.loss(), vars);
            if (fs.isPresent() && fs.get().size() == 1) {
                RlctResult r = GlobalStrata.byFactors(p, fs.get().getFirst(), point -> local(p.at(point), depth + 1), cert);
                if (r.isExact()) {
                    return r;
                }
                bound = min(bound, r.lambdaUpper().orElse(null));
                return finish(boundAtAZero(p, depth, bound, cert), cert);
            }
            cert.line("the zero set of K in the box is neither quasi-homogeneous, nor smooth by rank, nor a union of"
                    + " hypersurfaces of one square: it could not be stratified");
            return finish(boundAtAZero(p, depth, bound, cert), cert);
        }

        /**
         * The smaller of the bound and what the local question at a rational zero of K inside the
         * open box proves: the global lambda is the minimum of the local ones over the zeros, so
         * an exact local lambda there, or a bound on it, bounds the global lambda from above.
         */
        private Rational boundAtAZero(Problem p, int depth, Rational bound, Certificate.Builder cert) {
            if (exhausted(depth)) {
                return bound;
            }
            List<Polynomial> fs = squares(p.loss(), p.parameters()).orElse(List.of(p.k()));
            Optional<Map<String, Rational>> zero = GlobalStrata.rationalZero(fs, p.parameters(), p.box());
            if (zero.isEmpty()) {
                return bound;
            }
            RlctResult r = local(p.at(zero.get()), depth + 1);
            Rational at = r.isExact() ? r.lambda().orElseThrow() : r.lambdaUpper().orElse(null);
            if (at == null) {
                cert.nest("K vanishes at " + Problem.formatPoint(zero.get()) + " inside the box, where the local question is "
                        + r, r.certificate());
                return bound;
            }
            cert.nest("K vanishes at " + Problem.formatPoint(zero.get()) + " inside the box, where the local question gives " + r
                    + "; the global lambda is the minimum of the local ones, so lambda <= " + at, r.certificate());
            return min(bound, at);
        }

        /**
         * One parameter x over [lo, hi], the weight free of zeros: K = c prod g_i^(k_i) with g_i
         * irreducible over Q, so squarefree, and its real roots are simple; near such a root g_i
         * is a coordinate and K = g_i^(k_i) times a non-zero unit (distinct irreducible factors
         * have no common root), so the local lambda is 1/k_i with m = 1, at an end of the range
         * as well (a half-line gives the same exponent). Roots are counted exactly, without being
         * located: Sturm sequences in the open range and evaluation at the rational ends. This is
         * how irrational zeros such as x = sqrt(2) are settled without a number field.
         */
        private Optional<RlctResult> oneParameter(Problem p, Certificate.Builder cert) {
            String x = p.parameters().getFirst();
            Interval range = p.box().range(x);
            Rational lambda = null;
            StringBuilder text = new StringBuilder("one parameter, the weight free of zeros on " + range + ": K = c * prod g_i^k_i over Q;");
            for (Map.Entry<Polynomial, Integer> f : JasAlgebra.over(p.parameters()).factors(p.k()).entrySet()) {
                UnivariatePolynomial g = JasAlgebra.univariate(f.getKey(), x);
                int roots = g.rootCountIn(range.lo(), range.hi())
                        + (f.getKey().evaluate(Map.of(x, range.lo())).isZero() ? 1 : 0)
                        + (f.getKey().evaluate(Map.of(x, range.hi())).isZero() ? 1 : 0);
                text.append(" g = ").append(f.getKey()).append(" (k = ").append(f.getValue()).append(") has ").append(roots)
                        .append(" root(s) in the closed range");
                if (roots > 0) {
                    Rational l = Rational.of(1, f.getValue());
                    text.append(", each simple: local lambda = 1/").append(f.getValue()).append(", m = 1");
                    lambda = min(lambda, l);
                }
                text.append(";");
            }
            if (lambda == null) {
                return Optional.empty();
            }
            cert.line(text + " the minimum over the roots: lambda = " + lambda + ", m = 1");
            return Optional.of(RlctResult.exact(lambda, 1, NAME, cert.build()));
        }

        private boolean weightFreeOfZeros(Problem p) {
            Polynomial w = p.weight();
            if (w.isConstant()) {
                return !w.isZero();
            }
            return PositivityProver.provePositive(w, p.box(), PositivityProver.DEFAULT_BUDGET).isPresent()
                    || PositivityProver.provePositive(w.negate(), p.box(), PositivityProver.DEFAULT_BUDGET).isPresent();
        }
    }

    // -------------------------------------------------------------------- helpers

    static RlctResult finish(Rational bound, Certificate.Builder cert) {
        if (bound == null) {
            return RlctResult.unresolved(NAME, cert.line("no method proved lambda or a bound").build());
        }
        return RlctResult.upperBound(bound, NAME, cert.line("only lambda <= " + bound + " is proven").build());
    }

    /**
     * {@code K o sub} from the factorisation {@code K = c prod G_i^(e_i)}: c times the product of
     * the substituted factors' powers, with c the leading coefficient of K divided by the product of
     * the factors' leading coefficients to their powers (in the graded lexicographic order of
     * {@link Monomial}, a monomial order, the leading term of a product is the product of the
     * leading terms).
     */
    private static Polynomial substituteFactored(Polynomial k, Map<Polynomial, Integer> factors, Map<String, Polynomial> sub) {
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

    /** Whether an attempt proved an exact answer. */
    private static boolean settles(Optional<RlctResult> attempt) {
        return attempt.isPresent() && attempt.get().isExact();
    }

    /** The smaller of a bound (null: none yet) and the upper bound an unsettled attempt proved. */
    private static Rational lower(Rational bound, Optional<RlctResult> attempt) {
        return min(bound, attempt.flatMap(RlctResult::lambdaUpper).orElse(null));
    }

    static Rational min(Rational a, Rational b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    /** Whether a point of the divisor (values for the parameters other than j) has {@code |u_i| <= 1} and the sides' signs. */
    private static boolean usedByChart(Map<String, Rational> p, List<String> rest, List<String> vars, int[] side) {
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
    private static int[] sides(Problem p, Map<String, Rational> centre) {
        List<String> vars = p.parameters();
        int[] side = new int[vars.size()];
        for (int i = 0; i < side.length; i++) {
            Interval r = p.box().range(vars.get(i));
            Rational a = centre.get(vars.get(i));
            side[i] = a.equals(r.lo()) ? 1 : a.equals(r.hi()) ? -1 : 0;
        }
        return side;
    }

    /** The local problem at 0 whose box keeps the orthant restrictions {@code side}. */
    private static Optional<Problem> localProblem(List<String> vars, Loss loss, Polynomial weight, int[] side) {
        Problem.Builder b = Problem.builder().parameters(vars).loss(loss).weight(weight);
        for (int i = 0; i < side.length; i++) {
            b.box(vars.get(i), side[i] > 0 ? Interval.of(0, 1) : side[i] < 0 ? Interval.of(-1, 0) : Interval.of(-1, 1));
            b.at(vars.get(i), Rational.ZERO);
        }
        try {
            return Optional.of(b.build());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Problem chartProblem(List<String> vars, Loss loss, Polynomial weight) {
        return Problem.builder().parameters(vars).loss(loss).weight(weight).box(-1, 1).build();
    }

    static Loss translate(Loss loss, Map<String, Rational> centre) {
        if (loss.squares().isPresent()) {
            return Loss.sumOfSquares(loss.scale(), loss.squares().get().stream().map(f -> f.translate(centre)).toList());
        }
        return Loss.of(loss.expanded().translate(centre));
    }

    static Loss substitute(Loss loss, Map<String, Polynomial> sub) {
        if (loss.squares().isPresent()) {
            return Loss.sumOfSquares(loss.scale(), loss.squares().get().stream().map(f -> f.substitute(sub)).toList());
        }
        return Loss.of(loss.expanded().substitute(sub));
    }

    /** The squares of K: those stated, or a detected single square {@code c f^2}. */
    static Optional<List<Polynomial>> squares(Loss loss, List<String> vars) {
        if (loss.squares().isPresent()) {
            return Optional.of(loss.squares().get().stream().filter(f -> !f.isZero()).toList());
        }
        return SquareForm.of(loss.expanded(), vars).map(s -> List.of(s.root()));
    }

    static List<List<Polynomial>> jacobian(List<Polynomial> fs, List<String> vars) {
        List<List<Polynomial>> rows = new ArrayList<>();
        for (Polynomial f : fs) {
            rows.add(vars.stream().map(f::derivative).toList());
        }
        return rows;
    }

    static Rational[][] evaluate(List<List<Polynomial>> m, Map<String, Rational> at) {
        Rational[][] out = new Rational[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            out[i] = m.get(i).stream().map(p -> p.evaluate(at)).toArray(Rational[]::new);
        }
        return out;
    }

    /** Exact rank of a rational matrix. */
    static int rank(Rational[][] a) {
        return RationalMatrix.rank(a);
    }

    private static Map<String, Integer> toPowers(Monomial m, List<String> vars) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            if (m.get(i) > 0) {
                out.put(vars.get(i), m.get(i));
            }
        }
        return out;
    }

    /** The common total degree of every term, or -1 when the terms have different degrees (0 for a constant). */
    static int homogeneousDegree(Polynomial p) {
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
    static Optional<QuasiHomogeneity> quasiHomogeneous(Problem p) {
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
    static Optional<Loss> reduceGenerator(Rational scale, List<Polynomial> fs, String x) {
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
    static Optional<Loss> reduceGenerator(Rational scale, List<Polynomial> fs, String x, QuasiHomogeneity q, List<String> vars) {
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
    static List<Map<String, Polynomial>> substitutions(Polynomial k, Polynomial weight, List<String> vars, int[] side) {
        List<Polynomial> sources = new ArrayList<>();
        Polynomial lowest = lowestDegreePart(k, vars);
        if (lowest.termCount() <= MAX_TERMS_TO_FACTOR) {
            sources.add(lowest);
        }
        if (k.termCount() <= MAX_TERMS_TO_FACTOR) {
            sources.add(k);
            newtonFaceParts(k, vars, sources);
        }
        JasAlgebra alg = JasAlgebra.over(vars);
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
    private static void newtonFaceParts(Polynomial k, List<String> vars, List<Polynomial> sources) {
        List<int[]> pts = new ArrayList<>();
        Map<Monomial, Rational> terms = k.termsOver(vars);
        terms.keySet().forEach(m -> pts.add(m.toArray()));
        NewtonPolyhedron gamma = NewtonPolyhedron.of(vars.size(), pts);
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
    static Polynomial lowestDegreePart(Polynomial k, List<String> vars) {
        int lowest = k.termsOver(vars).keySet().stream().mapToInt(Monomial::degree).min().orElse(0);
        return degreePart(k, vars, lowest);
    }

    /** The homogeneous part of K of the highest total degree. */
    static Polynomial highestDegreePart(Polynomial k, List<String> vars) {
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

    /**
     * What identifies a local question for the cycle check: K scaled to a first coefficient of 1
     * (a constant factor changes neither lambda nor m), the weight, the box and the point.
     */
    private static List<Object> questionKey(Problem p) {
        Polynomial k = p.k();
        Rational lead = k.termsOver(p.parameters()).values().iterator().next();
        return List.of(k.scale(lead.reciprocal()), p.weight(), p.box(), p.point());
    }

    /** A chart's contribution to a weighted blow-up: the smallest local lambda on its divisor, its m, and why. */
    private record ChartValue(Rational lambda, int m, String text) {
    }

    /** A change of coordinates with the loss and weight it produces. */
    private record Change(Map<String, Polynomial> substitution, Loss loss, Polynomial weight) {
    }

    /**
     * The changes in the order they are tried: those that leave a weight Newton can use (a
     * monomial times a unit at 0) first, then by the number of terms of the changed K, fewest
     * first, so that a change which makes a factor a coordinate without turning another
     * coordinate factor into a linear form (the way back) comes before one that does.
     */
    private static List<Change> changes(Loss loss, Polynomial weight, List<Map<String, Polynomial>> subs) {
        List<Change> out = new ArrayList<>();
        for (Map<String, Polynomial> sub : subs) {
            out.add(new Change(sub, substitute(loss, sub), weight.substitute(sub)));
        }
        out.sort(java.util.Comparator.comparing((Change c) -> c.weight().isConstant() || c.weight().isMonomialTimesUnitAtOrigin() ? 0 : 1)
                .thenComparingInt(c -> c.loss().expanded().termCount()));
        return out;
    }

    private static String describe(Map<String, Polynomial> sub) {
        StringBuilder sb = new StringBuilder();
        sub.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" -> ").append(v));
        return sb.toString();
    }
}
