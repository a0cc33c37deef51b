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
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * Disjoint factors (see {@link Blocks#ofProduct}): the zeta function is the product of
 * the blocks' zeta functions, each positive for real z > -lambda_b with a pole of order
 * m_b at -lambda_b, so lambda = min lambda_b and m = sum of m_b over the blocks that
 * attain it; a factor without zeros contributes no pole.
 */
public final class Products implements Rule {

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
        Pole product = null;
        Rational upper = null;
        boolean exact = true;
        for (Blocks.Block b : blocks.get()) {
            if (b.problem().isEmpty()) {
                bc.line("factor on " + b.parameters() + ": no zero " + (p.point().isPresent() ? "at the point" : "in its box")
                        + ", so its zeta function has no pole");
                continue;
            }
            Question bp = b.problem().get();
            ctx.countChart();
            RlctResult r = ctx.answer(bp, depth);
            bc.nest("factor on " + b.parameters() + ": " + r, r.certificate());
            if (r.isExact()) {
                product = product == null ? Pole.of(r) : product.product(Pole.of(r));
                upper = Charts.min(upper, r.lambda().orElseThrow());
            } else {
                exact = false;
                upper = Charts.min(upper, r.lambdaUpper().orElse(null));
            }
        }
        if (exact && product != null) {
            bc.line("minimum over the factors: " + product);
            return Optional.of(product.toResult(ResolveEngine.NAME, cert.nest("disjoint factors", bc.build()).build()));
        }
        cert.nest("disjoint factors: not every factor is exact" + (upper == null ? "" : "; lambda <= " + upper), bc.build());
        return Optional.of(upper == null ? RlctResult.unresolved(ResolveEngine.NAME, Certificate.of("no factor is resolved"))
                : RlctResult.upperBound(upper, ResolveEngine.NAME, Certificate.of("the smallest of the factors' bounds")));
    }
}
