package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Polynomial;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.GlobalStrata;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * The zero set of one square {@code K = c prod g_i^(2 e_i)} as a union of hypersurfaces whose
 * special points (singular points and intersections) are solved exactly and answered locally by
 * the search (see {@link GlobalStrata#byFactors}): the global lambda is the minimum over the
 * strata, m the largest m among the minimisers (Watanabe 2009, ch. 6).
 */
public final class ZeroSetByFactors implements Rule {

    @Override
    public String id() {
        return "zero-set-by-factors";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 6 (the global answer is the worst local one)";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.isLocal() || !Charts.weightFreeOfZeros(p)) {
            return Optional.empty();
        }
        Optional<List<Polynomial>> fs = Charts.squares(p.loss(), p.parameters(), ctx.deadline());
        if (fs.isEmpty() || fs.get().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(GlobalStrata.byFactors(p, fs.get().getFirst(), point -> ctx.local(p.at(point), depth + 1),
                ctx.deadline(), cert));
    }
}
