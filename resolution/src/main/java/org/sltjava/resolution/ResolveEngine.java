package org.sltjava.resolution;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.rules.Rule;
import org.sltjava.resolution.rules.Strategy;
import org.sltjava.resolution.rules.WeightedBlowUps;

/**
 * The resolution engine for degenerate K and global questions: a budgeted recursion that tries,
 * in order, the Newton engine, the constant-rank (Morse-Bott) rule, analytic changes of
 * coordinates suggested by the factors of the Newton face polynomials, point blow-ups of
 * homogeneous K with chart recursion, weighted (toric) blow-ups along the normals of degenerate
 * Newton faces (see {@link WeightedBlowUp}), and for global questions the reduction of a
 * quasi-homogeneous K to the origin and a stratification of the zero set by factors and their
 * exactly solved special points. Every step goes into the certificate; what is not proven comes
 * back as an upper bound or unresolved.
 *
 * <p>The rules used, each a theorem (Watanabe 2009, Algebraic Geometry and Statistical Learning
 * Theory, ch. 2 and 6; Lin 2011):
 * <ul>
 * <li>invariance: an analytic isomorphism with constant Jacobian keeps the local (lambda, m);</li>
 * <li>comparable functions ({@code c K1 <= K2 <= C K1}) have the same (lambda, m);</li>
 * <li>disjoint product: the zeta function of {@code K1(u) K2(v)} over a product box factorises;</li>
 * <li>the local zeta function is a sum of chart zeta functions when the charts tile a
 * neighbourhood up to a null set, so lambda is the minimum over charts and m the largest m among
 * the charts that attain it;</li>
 * <li>a smaller domain has a zeta function dominated by a larger one's: its lambda is not
 * smaller and, at equal lambda, its m is not larger.</li>
 * </ul>
 */
public final class ResolveEngine implements RlctEngine {

    /** The engine's name in results. */
    public static final String NAME = "resolve";

    private final Strategy strategy;

    /** Registered through {@link java.util.ServiceLoader}; use {@link RlctEngine#of(String)}. */
    public ResolveEngine() {
        this(Strategy.standard());
    }

    private ResolveEngine(Strategy strategy) {
        this.strategy = strategy;
    }

    /** An engine that tries the given rules, in order, for local and for global questions (see {@link Strategy}). */
    public static ResolveEngine withRules(List<Rule> local, List<Rule> global) {
        return new ResolveEngine(new Strategy(local, global));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public RlctResult analyse(Problem problem, Budget budget) {
        SearchContext context = SearchContext.of(problem, budget, strategy);
        return run(context, () -> context.answer(context.root(), 0), "the resolution");
    }

    /**
     * The weighted blow-up of the point of a local question along a (see
     * {@link WeightedBlowUp#analyse}), with the zeros on the divisor analysed by this engine's
     * recursion under the budget.
     */
    static RlctResult weightedBlowUp(Problem problem, int[] a, Budget budget) {
        SearchContext context = SearchContext.of(problem, budget, Strategy.standard());
        return run(context, () -> WeightedBlowUps.at(context.root(), a, context), "the weighted blow-up");
    }

    /** Runs a search, turning a stopped exact computation into an honest status with what was reached. */
    private static RlctResult run(SearchContext context, Supplier<RlctResult> search, String what) {
        Budget budget = context.budget();
        try {
            return search.get().withMillis(budget.elapsedMillis());
        } catch (ArithmeticException | IllegalArgumentException e) {
            return RlctResult.unresolved(NAME, Certificate.of(what + " stopped: " + e.getMessage()))
                    .withMillis(budget.elapsedMillis());
        } catch (Deadline.Exceeded e) {
            String text = "the time budget of " + budget.time().toMillis() + " ms ran out inside an exact linear program or a"
                    + " factorisation or Groebner basis (stopped at the limit); reached: depth up to " + budget.maxDepth() + ", "
                    + context.charts() + " charts and sub-problems";
            Optional<Rational> bound = context.rootBound();
            RlctResult r = bound.isEmpty() ? RlctResult.unresolved(NAME, Certificate.of(text))
                    : RlctResult.upperBound(bound.get(), NAME, Certificate.of(text + "; the Newton polyhedron of the question"
                            + " gives lambda <= " + bound.get()));
            return r.withMillis(budget.elapsedMillis());
        }
    }
}
