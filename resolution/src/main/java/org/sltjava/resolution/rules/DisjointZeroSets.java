package org.sltjava.resolution.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Pole;
import org.sltjava.core.Polynomial;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Blocks;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Deadline;
import org.sltjava.resolution.FactorParts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * A global question whose K is a product of non-negative parts with disjoint zero sets in the
 * same parameters, or comparable with one ({@link FactorParts}: stated squares forming a grid of
 * products, else the irreducible factors of K), such as a union of a smooth zero set and a point:
 * near a zero of one part the others are positive units, which change neither lambda nor m, so
 * the global answer is the minimum of the parts' global answers, the largest m among the
 * minimisers (no products of answers: no point is a zero of two parts). Where zero sets meet the
 * factors stay in one part and the product rule holds only locally, which is left to the other
 * rules.
 */
public final class DisjointZeroSets implements Rule {

    /** The minimum of the parts' poles (the largest m on ties) and of their bounds. */
    private static final SplitAnswers.Law LAW = new SplitAnswers.Law(Pole::min, null, Charts::min, "part", "part over ",
            "minimum over the parts", "factors with disjoint zero sets", "no part is resolved", "the smallest of the parts' bounds");

    @Override
    public String id() {
        return "disjoint-zero-sets";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, Remark 7.2 (the global answer is the worst local one); positive units change nothing";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.isLocal()) {
            return Optional.empty();
        }
        Optional<FactorParts> split = p.loss().squares()
                .flatMap(fs -> FactorParts.ofSquares(fs, p.parameters(), Deadline.of(ctx.budget().share(4))));
        if (split.isEmpty()) {
            Optional<Map<Polynomial, Integer>> factors = ctx.factors(p.k());
            if (factors.isEmpty() || factors.get().size() < 2) {
                return Optional.empty();
            }
            split = FactorParts.of(p.k(), factors.get(), p.parameters(), Deadline.of(ctx.budget().share(4)));
        }
        if (split.isEmpty()) {
            return Optional.empty();
        }
        List<FactorParts.Part> parts = split.get().parts();
        Certificate.Builder bc = Certificate.builder();
        bc.line(split.get().how() + ": " + parts.size() + " parts, each >= 0 on the box, whose real zero sets do not meet (the"
                + " ideals holding them have Groebner basis {1} pairwise): at a zero of K in the box one part vanishes and the"
                + " others are positive analytic units, so K is comparable with that part there and has its local lambda and"
                + " m; the global answer is the minimum of the parts' global answers, the largest m among the minimisers");
        List<Blocks.Block> blocks = new ArrayList<>();
        for (FactorParts.Part part : parts) {
            bc.line("part " + part.polynomial() + ": >= 0 on the box: " + part.nonNegative());
            Question q = p.withLoss(part.loss());
            boolean noZero = part.noRealZero() || q.hasProvenNoZero();
            blocks.add(new Blocks.Block(p.parameters(), noZero ? Optional.empty() : Optional.of(q)));
        }
        return SplitAnswers.combine(blocks, LAW, b -> "a part above without a zero in the box (a positive unit there) adds no"
                + " zero", depth, ctx, bc, cert);
    }
}
