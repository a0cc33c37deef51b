package org.sltjava.resolution.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Box;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Pole;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.AlgebraicPointNewton;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.ComponentCoordinates;
import org.sltjava.resolution.GlobalStrata;
import org.sltjava.resolution.JasAlgebra;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.RealAlgebraicPoint;
import org.sltjava.resolution.RealSolutions;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;
import org.sltjava.resolution.WeightedBlowUp;
import org.sltjava.resolution.ZeroSetDecomposition;

/**
 * Weighted (toric) blow-ups of the point along the normals of degenerate Newton faces (see
 * {@link WeightedBlowUp} for the charts and the theorem: Varchenko 1976; Watanabe 2009, ch. 2-3;
 * Lin 2011): the generic value on the exceptional divisor, and the local answer at every zero of
 * the strict transform there, exactly solved or certified regular; lambda is the minimum, m the
 * largest m among the minimisers.
 */
public final class WeightedBlowUps extends LocalRule {

    /** Most weight vectors tried for weighted blow-ups at one point. */
    private static final int MAX_WEIGHT_VECTORS = 3;

    /** Most minors in a regularity certificate on an exceptional divisor. */
    private static final int MAX_REGULARITY_MINORS = 300;

    /** The rule. */
    public WeightedBlowUps() {
        super("weighted-blow-up", "Varchenko 1976; Watanabe 2009, ch. 2-3; Lin 2011");
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.parameters().size() < 2 || ctx.exhausted(depth)) {
            return Optional.empty();
        }
        List<String> vars = centred.vars();
        Loss loss = centred.loss();
        Polynomial weight = centred.weight();
        int[] side = centred.side();
        if (loss.expanded().termCount() > Charts.MAX_TERMS_TO_FACTOR) {
            return Optional.empty();
        }
        Rational bound = null;

        for (WeightedBlowUp.Candidate a : WeightedBlowUp.candidates(loss.expanded(), weight, vars, MAX_WEIGHT_VECTORS, ctx.deadline())) {
            if (ctx.exhausted(depth)) {
                cert.line(ctx.budgetText(depth));
                break;
            }
            cert.line("weight vector " + Arrays.toString(a.weights()) + ": " + a.reason());
            RlctResult blown = weightedBlowUp(ctx, vars, loss, weight, side, a.weights(), depth, cert);
            if (blown.isExact()) {
                return Optional.of(blown);
            }
            bound = Charts.min(bound, blown.lambdaUpper().orElse(null));
        }
        return Optional.ofNullable(bound).map(b -> RlctResult.upperBound(b, ResolveEngine.NAME, Certificate.of("a weighted blow-up")));
    }

    /** The weighted blow-up of the point of a local question along a given weight vector. */
    public static RlctResult at(Question p, int[] a, SearchContext ctx) {
        Certificate.Builder cert = Certificate.builder();
        cert.line("local question: " + p);
        Map<String, Rational> centre = p.point().orElseThrow();
        cert.line("weight vector " + Arrays.toString(a) + ": given");
        RlctResult r = weightedBlowUp(ctx, p.parameters(), Charts.translate(p.loss(), centre), p.weight().translate(centre),
                Charts.sides(p, centre), a, 0, cert);
        return r.isExact() ? r : Charts.finish(r.lambdaUpper().orElse(null), cert);
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
    private static RlctResult weightedBlowUp(SearchContext ctx, List<String> vars, Loss loss, Polynomial weight, int[] side, int[] a,
            int depth, Certificate.Builder cert) {
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
                return RlctResult.unresolved(ResolveEngine.NAME, cert.line("weighted blow-up along " + Arrays.toString(a) + ": the weight"
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
        Pole best = Pole.of(generic, 1);
        Rational bound = null;
        boolean complete = true;
        charts:
        for (int j = 0; j < d; j++) {
            for (int s : new int[] {1, -1}) {
                if (a[j] == 0 || side[j] != 0 && side[j] != s) {
                    continue;
                }
                if (ctx.exhausted(depth)) {
                    bc.line(ctx.budgetText(depth));
                    complete = false;
                    break charts;
                }
                ctx.countChart();
                String uj = vars.get(j);
                Map<String, Polynomial> sub = WeightedBlowUp.chart(vars, a, j, s);
                Loss chartLoss = Charts.substitute(loss, sub);
                Polynomial chartWeight = Polynomial.variable(uj).pow(size - 1).multiply(weight.substitute(sub));
                List<String> rest = new ArrayList<>();
                for (int i = 0; i < d; i++) {
                    if (i != j && a[i] > 0) {
                        rest.add(vars.get(i));
                    }
                }
                List<Polynomial> system = WeightedBlowUp.divisorSystem(loss, vars, a, j, s, side, ctx.deadline());
                String name = "chart (" + uj + ", " + (s > 0 ? "+" : "-") + "): " + Charts.describe(sub) + ", Jacobian " + a[j] + " "
                        + uj + "^" + (size - 1) + "; K = " + uj + "^" + big + " * Kt with the strict transform Kt = "
                        + chartLoss.expanded().divideByMonomial(Map.of(uj, big)) + "; the zeros of Kt on the divisor " + uj
                        + " = 0 solve " + system;
                Optional<List<Map<String, Rational>>> zeros = JasAlgebra.over(rest, ctx.deadline()).rationalRealSolutions(system);
                if (zeros.isEmpty()) {
                    Optional<ChartValue> regular = regularDivisor(ctx, vars, chartLoss, weight, a, j, rest, side, system, big,
                            size - 1 + e);
                    if (regular.isEmpty()) {
                        Certificate.Builder zc = Certificate.builder();
                        Optional<Pole> algebraic;
                        try {
                            algebraic = algebraicZeros(ctx, vars, chartLoss, chartWeight, a, j, rest, side, system, depth,
                                    Pole.of(generic, 1), zc);
                        } catch (ArithmeticException | IllegalArgumentException declined) {
                            zc.line("the algebra declined the divisor's algebraic zeros: " + declined.getMessage());
                            algebraic = Optional.empty();
                        }
                        if (algebraic.isEmpty()) {
                            algebraic = divisorStrata(ctx, vars, chartLoss, chartWeight, a, j, side, system, depth, Pole.of(generic, 1), zc);
                        }
                        if (algebraic.isEmpty()) {
                            bc.nest(name + ", which is not zero-dimensional with rational real solutions, nor certified"
                                    + " regular, nor solved with Newton's answer at each algebraic zero, nor decomposed into"
                                    + " strata: only the generic value is proven attained", zc.build());
                            complete = false;
                            continue;
                        }
                        bc.nest(name + "; with its real algebraic zeros: " + algebraic.get(), zc.build());
                        best = best.min(algebraic.get());
                        continue;
                    }
                    bc.line(name + "; " + regular.get().text());
                    best = best.min(regular.get().pole());
                    continue;
                }
                List<Map<String, Rational>> used = zeros.get().stream().filter(p -> Charts.usedByChart(p, rest, vars, side)).toList();
                bc.line(name + ": real solutions " + zeros.get().stream().map(Problem::formatPoint).toList() + ", of which "
                        + used.size() + " in the chart's |u_i| <= 1" + (used.isEmpty() ? ": every point of the divisor has the"
                        + " generic value" : ""));
                for (Map<String, Rational> p : used) {
                    if (ctx.exhausted(depth)) {
                        bc.line(ctx.budgetText(depth));
                        complete = false;
                        break charts;
                    }
                    ctx.countChart();
                    Map<String, Rational> centre = new LinkedHashMap<>();
                    int[] pointSide = new int[d];
                    for (int i = 0; i < d; i++) {
                        Rational x = i == j || a[i] == 0 ? Rational.ZERO : p.get(vars.get(i));
                        centre.put(vars.get(i), x);
                        pointSide[i] = i == j ? 1 : x.isZero() ? side[i] : 0;
                    }
                    Optional<Question> q = Charts.localProblem(vars, Charts.translate(chartLoss, centre), chartWeight.translate(centre), pointSide);
                    String where = "chart (" + uj + ", " + (s > 0 ? "+" : "-") + "), zero " + Problem.formatPoint(centre)
                            + " of Kt on the divisor";
                    if (q.isEmpty()) {
                        bc.line(where + ": the local problem could not be stated (K or the weight on its box)");
                        complete = false;
                        continue;
                    }
                    RlctResult r = ctx.local(q.get(), depth + 1);
                    bc.nest(where + " (translated to 0, " + uj + " >= 0): " + r, r.certificate());
                    if (!r.isExact()) {
                        complete = false;
                        bound = Charts.min(bound, r.lambdaUpper().orElse(null));
                        continue;
                    }
                    best = best.min(Pole.of(r));
                }
            }
        }
        if (complete) {
            bc.line("minimum over the divisor: " + best);
            return best.toResult(ResolveEngine.NAME, cert.nest("weighted blow-up along " + Arrays.toString(a) + ": " + best, bc.build()).build());
        }
        Rational ub = Charts.min(bound, best.lambda());
        cert.nest("weighted blow-up along " + Arrays.toString(a) + ": not every point of the divisor is exact;"
                + " lambda <= " + ub, bc.build());
        return RlctResult.upperBound(ub, ResolveEngine.NAME, Certificate.of("weighted blow-up along " + Arrays.toString(a)
                + ": lambda <= " + ub));
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
    private static Optional<ChartValue> regularDivisor(SearchContext ctx, List<String> vars, Loss chartLoss, Polynomial weight,
            int[] a, int j, List<String> rest, int[] side, List<Polynomial> system, int big, int k) {
        Optional<List<Polynomial>> fs = Charts.squares(chartLoss, vars, ctx.deadline());
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
        JasAlgebra alg = JasAlgebra.over(vars, ctx.deadline());
        int r = alg.genericRank(Charts.jacobian(g, vars));
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
        for (Polynomial minor : GlobalStrata.minors(Charts.jacobian(withU, vars), r + 1)) {
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
                + " lambda = Charts.min(" + generic + ", " + half + ")";
        if (half.compareTo(generic) > 0) {
            return Optional.of(new ChartValue(Pole.of(generic, 1), regular + " = " + generic + ", m = 1 there, as at generic points"));
        }
        if (rest.stream().anyMatch(v -> side[vars.indexOf(v)] != 0)) {
            return Optional.empty();
        }
        Optional<RealSolutions> solutions = RealSolutions.of(system, rest, ctx.deadline());
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
            return Optional.of(new ChartValue(Pole.of(generic, 1), regular + found + ", so only the generic value " + generic + ", m = 1"));
        }
        Pole pole = Pole.of(half, 1).product(Pole.of(generic, 1));
        return Optional.of(new ChartValue(pole, regular + " = " + pole + found));
    }

    /**
     * The zeros of Kt on the divisor of chart j found exactly as real algebraic points (the
     * prime components of a zero-dimensional system, each in shape position, {@link RealSolutions}), each in the chart's
     * closed box answered exactly by Newton's polyhedron at the point ({@link AlgebraicPointNewton},
     * {@code u_j >= 0}, the weight-0 parameters at 0); empty unless every such zero is answered
     * exactly. The chart's value is the smallest of the generic one and these, m the largest
     * among the minimisers; each zero's derivation goes to {@code cert}.
     */
    private static Optional<Pole> algebraicZeros(SearchContext ctx, List<String> vars, Loss chartLoss, Polynomial chartWeight,
            int[] a, int j, List<String> rest, int[] side, List<Polynomial> system, int depth, Pole generic, Certificate.Builder cert) {
        if (rest.stream().anyMatch(v -> side[vars.indexOf(v)] != 0)) {
            return Optional.empty();
        }
        Optional<List<RealSolutions>> solutions = RealSolutions.byPrimes(system, rest, ctx.deadline());
        if (solutions.isEmpty()) {
            return Optional.empty();
        }
        List<RealAlgebraicPoint> points = new ArrayList<>();
        for (RealSolutions component : solutions.get()) {
            cert.line("the real zeros on the divisor, of a prime component of the system: " + component.describe());
            points.addAll(component.points());
        }
        Map<String, Rational> atZero = new LinkedHashMap<>();
        int[] pointSide = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            if (i == j || a[i] == 0) {
                atZero.put(vars.get(i), Rational.ZERO);
                pointSide[i] = i == j ? 1 : side[i];
            }
        }
        Box chartBox = Box.uniform(rest, Interval.of(-1, 1));
        Pole best = generic;
        for (RealAlgebraicPoint p : points) {
            RealAlgebraicPoint.Location at = p.locate(chartBox);
            if (at == RealAlgebraicPoint.Location.UNDECIDED) {
                return Optional.empty();
            }
            if (at == RealAlgebraicPoint.Location.OUTSIDE) {
                cert.line("the zero " + p.tightened() + " lies outside the chart's box");
                continue;
            }
            Optional<RlctResult> r = AlgebraicPointNewton.at(vars, chartLoss.expanded(), chartWeight, p, atZero, pointSide, ctx.deadline());
            if ((r.isEmpty() || !r.get().isExact()) && Arrays.stream(side).allMatch(x -> x == 0)) {
                r = adapted(ctx, vars, chartLoss, chartWeight, p, atZero, depth);
            }
            if (r.isEmpty() || !r.get().isExact()) {
                return Optional.empty();
            }
            cert.nest("the zero " + p.tightened() + " (" + vars.get(j) + " >= 0): " + r.get(), r.get().certificate());
            best = best.min(Pole.of(r.get()));
        }
        return Optional.of(best);
    }

    /**
     * The answer at an algebraic zero on the divisor in coordinates adapted to a smooth component
     * of the chart's zero set through it ({@link ComponentCoordinates}), asked two-sided at a
     * rational point by the search (two-sided answers at divisor points are right when the blown-up
     * point is inside the box: see {@link #divisorStrata}); empty unless exact.
     */
    private static Optional<RlctResult> adapted(SearchContext ctx, List<String> vars, Loss chartLoss, Polynomial chartWeight,
            RealAlgebraicPoint p, Map<String, Rational> atZero, int depth) {
        for (ComponentCoordinates.Change change : ComponentCoordinates.at(vars, chartLoss.expanded(), chartWeight, p, atZero,
                ctx.deadline())) {
            Optional<Question> q = change.question();
            if (q.isPresent()) {
                RlctResult r = ctx.local(q.get(), depth + 1);
                if (r.isExact()) {
                    return Optional.of(Pole.of(r).toResult(ResolveEngine.NAME, Certificate.builder().nest(change.description() + ": " + r,
                            r.certificate()).build()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The zeros of Kt on the divisor of chart j as strata ({@link ZeroSetDecomposition#onDivisor}):
     * the chart's question over a box where the divisor is interior ({@code u_j} in [-1, 1], the
     * other parameters of positive weight in [-2, 2], those of weight 0 in [-1, 1] and at 0 in the
     * system). Every point of the divisor maps to the blown-up point, so its local answer counts
     * whatever the box; two-sided answers are right at a point inside the original box, where the
     * side {@code u_j < 0} maps to points of K's neighbourhood too (through the chart (j, -s) when
     * a_j is odd, through this chart at the mirrored point when it is even). Empty unless exact.
     */
    private static Optional<Pole> divisorStrata(SearchContext ctx, List<String> vars, Loss chartLoss, Polynomial chartWeight, int[] a,
            int j, int[] side, List<Polynomial> system, int depth, Pole generic, Certificate.Builder cert) {
        if (Arrays.stream(side).anyMatch(x -> x != 0)) {
            return Optional.empty();
        }
        Map<String, Interval> ranges = new LinkedHashMap<>();
        List<Polynomial> onDivisor = new ArrayList<>(system);
        for (int i = 0; i < vars.size(); i++) {
            boolean free = i != j && a[i] > 0;
            ranges.put(vars.get(i), free ? Interval.of(-2, 2) : Interval.of(-1, 1));
            if (!free) {
                onDivisor.add(Polynomial.variable(vars.get(i)));
            }
        }
        Question chart = Question.global(vars, chartLoss, chartWeight, Box.of(ranges));
        Optional<RlctResult> r = ZeroSetDecomposition.onDivisor(chart, onDivisor, depth, ctx, cert);
        return r.filter(RlctResult::isExact).map(x -> generic.min(Pole.of(x)));
    }

    /** A chart's contribution to a weighted blow-up: the smallest local lambda on its divisor, its m, and why. */
    private record ChartValue(Pole pole, String text) {
    }
}
