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
 * a global question.
 */
abstract class LocalRule implements Rule {

    private final String id;
    private final String citation;

    LocalRule(String id, String citation) {
        this.id = id;
        this.citation = citation;
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
        return q.isLocal() ? applyAt(q, context.centred(q), depth, context, cert) : Optional.empty();
    }

    /** Applies the rule to the local question q, centred at its point. */
    abstract Optional<RlctResult> applyAt(Question q, Charts.Centred centred, int depth, SearchContext ctx,
            Certificate.Builder cert);
}
