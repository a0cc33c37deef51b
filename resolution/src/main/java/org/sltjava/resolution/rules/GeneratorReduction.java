package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * Generator reduction at 0 for {@code K = c sum f_i^2}: when a square is
 * {@code f_i = c0 x + r} with c0 a non-zero constant, r free of x and x free on both sides
 * of 0, the substitution {@code x -> (x - r)/c0} (triangular, constant Jacobian) makes
 * f_i = x, and the ideal (x, f_j) equals (x, f_j(x = -r/c0)), so K is comparable with
 * {@code x^2 + sum_j f_j(x = -r/c0)^2}: a sum over the disjoint blocks {x} and the rest. A
 * weight that is a unit at 0 is replaced by 1 (it does not change lambda or m); otherwise
 * the weight must not contain x.
 */
public final class GeneratorReduction extends LocalRule {

    /** The rule. */
    public GeneratorReduction() {
        super("generator-reduction", "Watanabe 2009, ch. 2 (analytic isomorphisms, comparable functions)");
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        List<String> vars = centred.vars();
        Loss loss = centred.loss();
        Polynomial weight = centred.weight();
        int[] side = centred.side();
        Optional<List<Polynomial>> fs = Charts.squares(loss, vars, ctx.deadline());
        if (fs.isEmpty()) {
            return Optional.empty();
        }
        boolean unit = !weight.constantTerm().isZero();
        for (int j = 0; j < vars.size(); j++) {
            String x = vars.get(j);
            if (side[j] != 0 || (!unit && weight.variables().contains(x))) {
                continue;
            }
            Optional<Loss> reducedLoss = Charts.reduceGenerator(loss.scale(), fs.get(), x);
            if (reducedLoss.isEmpty()) {
                continue;
            }
            ctx.countChart();
            Optional<Question> q = Charts.localProblem(vars, reducedLoss.get(), unit ? Polynomial.one() : weight, side);
            if (q.isEmpty()) {
                continue;
            }
            RlctResult r = ctx.local(q.get(), depth);
            String heading = "generator reduction in " + x + ": a square is u " + x + " + r (u and r free of " + x
                    + ", u(0) != 0, r(0) = 0); the change " + x + "' = u " + x + " + r (Jacobian u, a unit near 0: an"
                    + " analytic isomorphism) makes it a coordinate, and the other squares f reduce modulo " + x + "' to"
                    + " f(" + x + " = -r/u), times a power of the unit u (the same ideal of germs, so comparable K"
                    + (unit ? "; the weight is a unit at 0 and is replaced by 1" : "; the weight does not contain " + x)
                    + "): K ~ " + reducedLoss.get() + ": " + r;
            return Restated.nested(heading, r, cert);
        }
        return Optional.empty();
    }
}
