package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.GlobalStrata;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * The zero set smooth by rank (see {@link GlobalStrata#morseBott}): with {@code K = c sum f_i^2}
 * and the Jacobian of f of constant rank r on a neighbourhood of the zero set, K is comparable with
 * |y|^2 in r coordinates: lambda = r/2, m = 1 (Morse-Bott; Watanabe 2009; the constant rank
 * theorem).
 */
public final class SmoothByRank implements Rule {

    @Override
    public String id() {
        return "smooth-by-rank";
    }

    @Override
    public String citation() {
        return "Watanabe 2009 (Morse-Bott); the constant rank theorem";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.isLocal() || !Charts.weightFreeOfZeros(p)) {
            return Optional.empty();
        }
        return GlobalStrata.morseBott(p, ctx, cert);
    }
}
