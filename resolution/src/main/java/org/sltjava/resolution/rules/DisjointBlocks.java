package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Pole;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Blocks;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * Disjoint blocks (see {@link Blocks}): each block's question is answered alone and the
 * answers combine by the sum rule, lambda = sum lambda_b, m = sum m_b - (blocks - 1);
 * parameters K does not contain only multiply Z(n) by a constant. When a block is not
 * exact, the sum of the blocks' upper bounds is still an upper bound.
 */
public final class DisjointBlocks implements Rule {

    /** Sums of the blocks' poles; a block without a bound leaves the sum without one. */
    private static final SplitAnswers.Law LAW = new SplitAnswers.Law(Pole::sum, Rational.ZERO,
            (upper, next) -> upper == null || next == null ? null : upper.add(next), "block", "block ", "sum over the blocks",
            "disjoint blocks", "a block is unresolved", "the sum of the blocks' bounds");

    @Override
    public String id() {
        return "disjoint-blocks";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, Remark 7.2";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        Optional<List<Blocks.Block>> blocks = Blocks.of(p, ctx.deadline());
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        Certificate.Builder bc = Certificate.builder();
        bc.line("K is a sum of parts in disjoint blocks of parameters " + blocks.get().stream().map(Blocks.Block::parameters).toList()
                + ", the weight a product of one factor per block and the box a product of ranges, so Z(n) is the product"
                + " of the blocks' Z(n): lambda = sum of the blocks' lambda, m = sum of their m minus (blocks - 1)"
                + " (Watanabe 2009, Remark 7.2)");
        return SplitAnswers.combine(blocks.get(), LAW, b -> "parameters " + b.parameters() + ": K does not contain them; their"
                + " factor of Z(n) does not depend on n", depth, ctx, bc, cert);
    }
}
