package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.sltjava.core.Certificate;
import org.sltjava.core.Pole;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Blocks;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * The answers of the parts of a question split into disjoint blocks of parameters, combined by a
 * law of the pole algebra: exact when every part is, else the combined bounds of the parts.
 */
final class SplitAnswers {

    /**
     * How the parts combine.
     *
     * @param pole the law for exact parts (a sum of blocks, or the minimum of a product)
     * @param start the bound of no part
     * @param bound how a part's lambda or bound (null when it has none) changes the bound
     * @param part what one part is called ("block", "factor")
     * @param label the heading of a part before its parameters
     * @param combined the heading of the combined pole
     * @param name the name of the split in the certificate
     * @param unresolved the certificate when no bound is proven
     * @param bounded the certificate of a bound
     */
    record Law(BinaryOperator<Pole> pole, Rational start, BinaryOperator<Rational> bound, String part, String label,
            String combined, String name, String unresolved, String bounded) {
    }

    private SplitAnswers() {
    }

    /**
     * Answers every part that has a question (a part without one is described by {@code noPole})
     * and combines the answers by the law, into the certificate under {@code bc}'s lines.
     */
    static Optional<RlctResult> combine(List<Blocks.Block> blocks, Law law, Function<Blocks.Block, String> noPole, int depth,
            SearchContext ctx, Certificate.Builder bc, Certificate.Builder cert) {
        Pole combined = null;
        Rational upper = law.start();
        boolean exact = true;
        for (Blocks.Block b : blocks) {
            if (b.problem().isEmpty()) {
                bc.line(noPole.apply(b));
                continue;
            }
            ctx.countChart();
            RlctResult r = ctx.answer(b.problem().get(), depth);
            bc.nest(law.label() + b.parameters() + ": " + r, r.certificate());
            if (r.isExact()) {
                combined = combined == null ? Pole.of(r) : law.pole().apply(combined, Pole.of(r));
                upper = law.bound().apply(upper, r.lambda().orElseThrow());
            } else {
                exact = false;
                upper = law.bound().apply(upper, r.lambdaUpper().orElse(null));
            }
        }
        if (exact && combined != null) {
            bc.line(law.combined() + ": " + combined);
            return Optional.of(combined.toResult(ResolveEngine.NAME, cert.nest(law.name(), bc.build()).build()));
        }
        cert.nest(law.name() + ": not every " + law.part() + " is exact" + (upper == null ? "" : "; lambda <= " + upper), bc.build());
        return Optional.of(upper == null ? RlctResult.unresolved(ResolveEngine.NAME, Certificate.of(law.unresolved()))
                : RlctResult.upperBound(upper, ResolveEngine.NAME, Certificate.of(law.bounded())));
    }
}
