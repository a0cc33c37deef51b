package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Pole;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Blocks;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * Disjoint factors (see {@link Blocks#ofProduct}): the zeta function is the product of
 * the blocks' zeta functions, each positive for real z > -lambda_b with a pole of order
 * m_b at -lambda_b, so lambda = min lambda_b and m = sum of m_b over the blocks that
 * attain it; a factor without zeros contributes no pole.
 */
public final class Products implements Rule {

    /** The minimum of the factors' poles (multiplicities added on ties) and of their bounds. */
    private static final SplitAnswers.Law LAW = new SplitAnswers.Law(Pole::product, null, Charts::min, "factor", "factor on ",
            "minimum over the factors", "disjoint factors", "no factor is resolved", "the smallest of the factors' bounds");

    @Override
    public String id() {
        return "products";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 6 (zeta functions of products)";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        Optional<List<Blocks.Block>> blocks = Blocks.ofProduct(p, ctx::factors);
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        Certificate.Builder bc = Certificate.builder();
        bc.line("K is a product of factors in disjoint blocks of parameters " + blocks.get().stream().map(Blocks.Block::parameters).toList()
                + " (irreducible factors over Q grouped by shared parameters), the weight a product of one factor per block and"
                + " the box a product of ranges, so the zeta function is the product of the blocks' zeta functions:"
                + " lambda = min of the blocks' lambda, m = sum of the m of the blocks that attain it");
        return SplitAnswers.combine(blocks.get(), LAW, b -> "factor on " + b.parameters() + ": no zero "
                + (p.point().isPresent() ? "at the point" : "in its box") + ", so its zeta function has no pole", depth, ctx, bc, cert);
    }
}
