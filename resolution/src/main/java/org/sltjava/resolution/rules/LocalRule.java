package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * A rule for local questions only, applied to the question centred at its point (the loss and
 * weight translated so that the point is 0, and the sides of the box there); it does not apply to
 * a global question. A rule that opens new charts may ask for the point to be inside the box with
 * search budget left.
 */
abstract class LocalRule implements Rule {

    private final String id;
    private final String citation;
    private final boolean opensCharts;

    LocalRule(String id, String citation) {
        this(id, citation, false);
    }

    /** A rule that, when {@code opensCharts}, applies only at a point inside the box and while the search may go deeper. */
    LocalRule(String id, String citation, boolean opensCharts) {
        this.id = id;
        this.citation = citation;
        this.opensCharts = opensCharts;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String citation() {
        return citation;
    }

    @Override
    public final Optional<RlctResult> apply(Question q, int depth, SearchContext context, Certificate.Builder cert) {
        if (!q.isLocal()) {
            return Optional.empty();
        }
        Charts.Centred centred = context.centred(q);
        if (opensCharts && (!centred.open() || context.exhausted(depth))) {
            return Optional.empty();
        }
        return applyAt(q, centred, depth, context, cert);
    }

    /** Applies the rule to the local question q, centred at its point. */
    abstract Optional<RlctResult> applyAt(Question q, Charts.Centred centred, int depth, SearchContext ctx,
            Certificate.Builder cert);
}
