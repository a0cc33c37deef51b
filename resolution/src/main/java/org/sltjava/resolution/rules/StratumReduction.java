package org.sltjava.resolution.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.QuasiHomogeneity;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

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
public final class StratumReduction implements Rule {

    @Override
    public String id() {
        return "stratum-reduction";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 2 (invariance; domination of zeta functions)";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        Optional<QuasiHomogeneity> quasi = p.isLocal() ? Optional.empty() : Charts.quasiHomogeneous(p);
        if (quasi.isEmpty() || quasi.get().isPositive() || ctx.exhausted(depth)) {
            return Optional.empty();
        }
        QuasiHomogeneity q = quasi.get();

        List<String> vars = p.parameters();
        Optional<List<Polynomial>> fs = Charts.squares(p.loss(), vars, ctx.deadline());
        if (fs.isEmpty()) {
            return Optional.empty();
        }
        for (int j = 0; j < vars.size(); j++) {
            String x = vars.get(j);
            if (!q.scales(j) || !p.box().range(x).containsInterior(Rational.ZERO) || p.weight().variables().contains(x)) {
                continue;
            }
            Optional<Loss> reduced = Charts.reduceGenerator(p.loss().scale(), fs.get(), x, q, vars);
            if (reduced.isEmpty() || !q.degreeOf(reduced.get().expanded(), vars).equals(Optional.of(q.degree()))) {
                continue;
            }
            ctx.countChart();
            Question next = p.withLoss(reduced.get());
            List<String> stratum = new ArrayList<>();
            for (int i = 0; i < vars.size(); i++) {
                if (q.scales(i)) {
                    stratum.add(vars.get(i));
                }
            }
            RlctResult r = ctx.global(next, depth);
            String heading = "K and the weight are quasi-homogeneous for the weights " + Arrays.toString(q.q())
                    + " and the ranges of " + stratum + " contain 0: the scaling carries every zero towards the stratum "
                    + stratum + " = 0, where the worst points lie; a square is c0 " + x + " + r with r of the weighted"
                    + " degree of " + x + ", so " + x + " -> (" + x + " - r)/c0 commutes with the scaling, fixes the"
                    + " stratum, and reduces the other squares modulo " + x + ": K ~ " + reduced.get() + ": " + r;
            return Restated.nested(heading, r, cert);
        }
        return Optional.empty();
    }
}
