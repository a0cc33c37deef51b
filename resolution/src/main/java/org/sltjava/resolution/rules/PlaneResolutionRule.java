package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.PlaneQuestion;
import org.sltjava.resolution.PlaneResolution;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * The complete answer in two variables: a local question in exactly two parameters whose weight
 * is a monomial times a unit at the point is resolved by iterated toric blow-ups along the
 * normals of Newton polygon edges ({@link PlaneResolution}), the Newton-Puiseux construction of
 * adapted coordinates, which exist for every real analytic function of two variables (Varchenko
 * 1976; Phong, Stein and Sturm 1999; Ikromov and Mueller 2011). In adapted coordinates the
 * Newton distance gives lambda, and m = 2 exactly when the distance is attained at a vertex.
 * The rule gets seven eighths of the time left: it is complete in theory, and what stops it in
 * practice is time (a pulled-back K of degree 40 to 130 under a general change of coordinates
 * needs seconds of chart expansions), and the rules after it (linear coordinates, Newton's
 * polyhedron, triangular changes, blow-ups) get the eighth left for their bounds (Newton's answer
 * to the question asked is already known from the Newton engine of the standard chain); when
 * it declines early (an irrational multiple root outside the number field it works in, a chart
 * past its size limit) they keep the rest. It does not apply to other questions.
 */
public final class PlaneResolutionRule extends LocalRule {

    /** The rule. */
    public PlaneResolutionRule() {
        super("plane-resolution", "Varchenko 1976; Phong, Stein and Sturm 1999; Ikromov and Mueller 2011");
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        Optional<PlaneQuestion> q = PlaneQuestion.of(centred);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Budget budget = ctx.budget();
        RlctResult r = PlaneResolution.analyse(q.get(), budget.atMost(budget.remaining().multipliedBy(7).dividedBy(8)), ctx::factors);
        if (!r.isExact()) {
            cert.nest("plane resolution: " + r, r.certificate());
            return Optional.empty();
        }
        return Optional.of(Restated.exact(r, cert.nest("plane resolution: " + r, r.certificate())));
    }
}
