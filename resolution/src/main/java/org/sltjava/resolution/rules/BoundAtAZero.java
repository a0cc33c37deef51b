package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.GlobalStrata;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * The global lambda is the minimum of the local ones over the zeros of K in the box, so the local
 * answer at a rational zero inside the open box bounds it from above (Watanabe 2009, ch. 6). The
 * last rule of a global strategy: when the weight is not proven free of zeros, the rules that
 * stratify the zero set by its shape do not apply, and this bound is what is left.
 */
public final class BoundAtAZero implements Rule {

    @Override
    public String id() {
        return "bound-at-a-zero";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 6 (the global lambda is the minimum of the local ones)";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.isLocal()) {
            return Optional.empty();
        }
        if (!Charts.weightFreeOfZeros(p)) {
            cert.line("the weight is not proven free of zeros on the box: the zero set of K could not be stratified");
        }
        return Optional.ofNullable(bound(p, depth, ctx, cert)).map(b -> RlctResult.upperBound(b, ResolveEngine.NAME,
                Certificate.of("the local answer at a zero of K in the box")));
    }

    @Override
    public boolean ends() {
        return true;
    }

    /**
     * What the local question at a rational zero of K inside the open box proves, if anything:
     * the global lambda is the minimum of the local ones over the zeros, so an exact local lambda
     * there, or a bound on it, bounds the global lambda from above.
     */
    private static Rational bound(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (ctx.exhausted(depth)) {
            return null;
        }
        List<Polynomial> fs = Charts.squares(p.loss(), p.parameters(), ctx.deadline()).orElse(List.of(p.k()));
        Optional<Map<String, Rational>> zero = GlobalStrata.rationalZero(fs, p.parameters(), p.box());
        if (zero.isEmpty()) {
            return null;
        }
        RlctResult r = ctx.local(p.at(zero.get()), depth + 1);
        Rational at = r.isExact() ? r.lambda().orElseThrow() : r.lambdaUpper().orElse(null);
        if (at == null) {
            cert.nest("K vanishes at " + Problem.formatPoint(zero.get()) + " inside the box, where the local question is "
                    + r, r.certificate());
            return null;
        }
        cert.nest("K vanishes at " + Problem.formatPoint(zero.get()) + " inside the box, where the local question gives " + r
                + "; the global lambda is the minimum of the local ones, so lambda <= " + at, r.certificate());
        return at;
    }
}
