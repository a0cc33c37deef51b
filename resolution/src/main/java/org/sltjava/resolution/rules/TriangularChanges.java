package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * Triangular changes of coordinates {@code x_j -> (x_j - r)/c} that turn an irreducible factor
 * {@code c x_j + r} of the weight, of K's lowest-degree part, of K or of one of its compact Newton
 * face polynomials into a coordinate (see {@link Charts#substitutions}): polynomial, with
 * constant Jacobian, so analytic isomorphisms at 0 that keep lambda and m (Watanabe 2009, ch. 2).
 * Each changed question is answered by the search; the first exact answer settles the question,
 * and every bound proven is kept. A change that leads back to a question on the current path is
 * skipped (the cycle guard).
 */
public final class TriangularChanges extends LocalRule {

    /** Most terms of K after a change of coordinates for the changed problem to be analysed. */
    private static final int MAX_TERMS_AFTER_CHANGE = 400;

    /** The rule. */
    public TriangularChanges() {
        super("triangular-changes", "Watanabe 2009, ch. 2 (invariance under analytic isomorphisms)");
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (ctx.exhausted(depth)) {
            return Optional.empty();
        }
        List<String> vars = centred.vars();
        Loss loss = centred.loss();
        Polynomial weight = centred.weight();
        int[] side = centred.side();
        Rational bound = null;
        if (loss.expanded().termCount() > Charts.MAX_TERMS_TO_FACTOR) {
            cert.line("K has more than " + Charts.MAX_TERMS_TO_FACTOR + " terms: changes of coordinates come only from the"
                    + " weight and from K's lowest-degree part, not from its Newton faces");
        }
        for (Charts.Change change : Charts.changes(loss, weight, Charts.substitutions(loss.expanded(), weight, vars, side, ctx.deadline()))) {
            Map<String, Polynomial> sub = change.substitution();
            if (ctx.exhausted(depth)) {
                cert.line(ctx.budgetText(depth));
                break;
            }
            ctx.countChart();
            Loss changed = change.loss();
            if (changed.expanded().termCount() > MAX_TERMS_AFTER_CHANGE) {
                cert.line("change of coordinates " + Charts.describe(sub) + " skipped: K would have "
                        + changed.expanded().termCount() + " terms");
                continue;
            }
            Optional<Question> q = Charts.localProblem(vars, changed, change.weight(), side);
            if (q.isEmpty()) {
                continue;
            }
            if (ctx.isOnPath(q.get())) {
                cert.line("change of coordinates " + Charts.describe(sub) + " skipped: it leads back to a question (up to a"
                        + " constant factor of K) already being analysed on this path");
                continue;
            }
            RlctResult r = ctx.local(q.get(), depth + 1);
            String heading = "change of coordinates " + Charts.describe(sub) + " (polynomial, triangular, constant Jacobian"
                    + " |det| = 1/|c| != 0: an analytic isomorphism at 0 that keeps lambda and m): " + r;
            if (r.isExact()) {
                return Optional.of(Restated.exact(r, cert.nest(heading, r.certificate())));
            }
            cert.nest(heading, r.certificate());
            bound = Charts.min(bound, r.lambdaUpper().orElse(null));
        }
        return Optional.ofNullable(bound).map(b -> RlctResult.upperBound(b, ResolveEngine.NAME, Certificate.of("a change of coordinates")));
    }
}
