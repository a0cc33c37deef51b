package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.ComponentCoordinates;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * Non-linear coordinates adapted to a smooth component of the zero set through a point inside
 * the box ({@link ComponentCoordinates}): K and the weight rewritten exactly in the coordinates
 * {@code (xi, g)} that make the component a coordinate subspace, an analytic isomorphism at the
 * point that keeps lambda and m (Watanabe 2009, ch. 2); the changed question is answered by the
 * search, and the first exact answer settles the question.
 */
public final class ZeroSetCoordinates extends LocalRule {

    /** The rule. */
    public ZeroSetCoordinates() {
        super("zero-set-coordinates", "Watanabe 2009, ch. 2 (invariance under analytic isomorphisms); inverse function theorem", true);
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        RlctResult bound = null;
        for (ComponentCoordinates.Change change : ComponentCoordinates.at(centred.vars(), centred.loss().expanded(), centred.weight(),
                ctx.deadline())) {
            if (ctx.exhausted(depth)) {
                cert.line(ctx.budgetText(depth));
                break;
            }
            ctx.countChart();
            Optional<Question> q = change.question();
            if (q.isEmpty()) {
                continue;
            }
            RlctResult r = ctx.local(q.get(), depth + 1);
            if (r.isExact()) {
                return Restated.nested(change.description() + ": " + r, r, cert);
            }
            cert.nest(change.description() + ": " + r, r.certificate());
            if (r.lambdaUpper().isPresent() && (bound == null || r.lambdaUpper().get().compareTo(bound.lambdaUpper().get()) < 0)) {
                bound = r;
            }
        }
        return Optional.ofNullable(bound);
    }
}
