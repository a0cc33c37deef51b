package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;
import org.sltjava.resolution.ZeroSetDecomposition;

/**
 * The global question asked, from the zero set of K itself ({@link ZeroSetDecomposition}): the
 * ideal of the squares or the critical ideal of K, decomposed into primes over Q; each component
 * is a Morse-Bott stratum where the Jacobian and the rank matrix have full rank and the weight is
 * non-zero (lambda = codimension / 2, m = 1), its rank-drop set is decomposed in turn, and the
 * real points of zero-dimensional strata are answered one by one. Global lambda is the minimum
 * over the strata, m the largest among the minimisers. Only for the question asked (depth 0):
 * the charts of a search are settled by the local rules. A zero set smooth of one rank throughout
 * is settled before this rule by {@link SmoothByRank}; here it is a stratum like any other.
 */
public final class ZeroSetStrata implements Rule {

    @Override
    public String id() {
        return "zero-set-strata";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, Thm 6.1 and Remark 7.2 (global lambda the minimum of local ones); Morse-Bott lemma;"
                + " Gianni, Trager and Zacharias 1988 (primary decomposition)";
    }

    @Override
    public Optional<RlctResult> apply(Question q, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (q.isLocal() || depth > 0) {
            return Optional.empty();
        }
        return ZeroSetDecomposition.analyse(q, depth, ctx, cert);
    }
}
