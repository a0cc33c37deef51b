package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * The zero set of K can be stratified only when the weight has no zero on the box (then the local
 * answers are those of K with a unit weight); when the weight is not proven free of zeros, the
 * search ends with the bound at a rational zero of K ({@link BoundAtAZero}).
 */
public final class WeightWithZeros implements Rule {

    @Override
    public String id() {
        return "weight-with-zeros";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 6";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.isLocal() || Charts.weightFreeOfZeros(p)) {
            return Optional.empty();
        }
        cert.line("the weight is not proven free of zeros on the box: the zero set of K could not be stratified");
        Rational bound = BoundAtAZero.bound(p, depth, ctx, null, cert);
        return Optional.of(bound == null ? RlctResult.unresolved(ResolveEngine.NAME, Certificate.of("the weight has zeros"))
                : RlctResult.upperBound(bound, ResolveEngine.NAME, Certificate.of("the local answer at a zero of K in the box")));
    }

    @Override
    public boolean ends() {
        return true;
    }
}
