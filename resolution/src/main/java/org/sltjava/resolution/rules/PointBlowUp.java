package org.sltjava.resolution.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Box;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Pole;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * Point blow-up of 0 for K homogeneous of degree D and a homogeneous weight of degree e
 * on a full neighbourhood: in chart j ({@code w_j = u_j}, {@code w_i = u_j u_i}, Jacobian
 * {@code |u_j|^(d-1)}, {@code |u_i| <= 1}) the problem is the disjoint product of
 * {@code u_j^D} with weight {@code |u_j|^(d-1+e)} (lambda (d+e)/D, m 1) and the global
 * problem of {@code K(w_j = 1)} over {@code [-1, 1]^(d-1)}. The charts tile the cube.
 */
public final class PointBlowUp extends LocalRule {

    /** The rule. */
    public PointBlowUp() {
        super("point-blow-up", "Watanabe 2009, ch. 2-3 (blow-ups, charts tiling a neighbourhood)", true);
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        List<String> vars = centred.vars();
        Loss loss = centred.loss();
        Polynomial weight = centred.weight();
        int d = vars.size();
        Polynomial k = loss.expanded();
        int deg = Charts.homogeneousDegree(k);
        int e = Charts.homogeneousDegree(weight);
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
        Pole divisorPole = Pole.of(divisor, 1);
        Pole best = null;
        Rational bound = null;
        for (String j : vars) {
            if (ctx.exhausted(depth)) {
                bc.line(ctx.budgetText(depth));
                bound = Charts.min(bound, best == null ? null : best.lambda());
                best = null;
                break;
            }
            ctx.countChart();
            List<String> rest = new ArrayList<>(vars);
            rest.remove(j);
            Map<String, Polynomial> one = Map.of(j, Polynomial.one());
            Loss chartLoss = Charts.substitute(loss, one);
            Polynomial chartWeight = weight.substitute(one);
            Pole chartPole;
            Question chart = Question.global(rest, chartLoss, chartWeight, Box.uniform(rest, Interval.of(-1, 1)));
            if (chart.hasProvenNoZero()) {
                chartPole = divisorPole;
                bc.line("chart " + j + ": K(w_j = 1) has no zero on the chart's box (interval arithmetic proves it"
                        + " positive there); lambda = " + divisor + ", m = 1");
            } else {
                RlctResult r = ctx.global(chart, depth + 1);
                if (!r.isExact()) {
                    Rational ub = r.lambdaUpper().map(divisor::min).orElse(divisor);
                    bc.nest("chart " + j + ": " + r + "; lambda <= " + ub, r.certificate());
                    bound = Charts.min(bound, ub);
                    continue;
                }
                Pole strict = Pole.of(r);
                chartPole = strict.product(divisorPole);
                bc.nest("chart " + j + ": strict transform " + r + "; product with the u_j factor: lambda = min("
                        + strict.lambda() + ", " + divisor + ") = " + chartPole.lambda() + ", m = " + chartPole.m(), r.certificate());
            }
            best = best == null ? chartPole : best.min(chartPole);
        }
        if (bound == null && best != null) {
            bc.line("minimum over the charts: " + best);
            return Optional.of(best.toResult(ResolveEngine.NAME, cert.nest("point blow-up", bc.build()).build()));
        }
        Rational ub = Charts.min(bound, best == null ? null : best.lambda());
        cert.nest("point blow-up: not every chart is exact; lambda <= " + ub, bc.build());
        return Optional.of(ub == null ? RlctResult.unresolved(ResolveEngine.NAME, cert.build()) : RlctResult.upperBound(ub, ResolveEngine.NAME, cert.build()));
    }
}
