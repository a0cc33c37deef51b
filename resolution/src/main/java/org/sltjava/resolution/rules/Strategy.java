package org.sltjava.resolution.rules;

import java.util.List;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Pole;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * The order in which the rules are tried, for local and for global questions: the whole strategy
 * of the resolution engine in one place. The first exact answer wins; otherwise the smallest
 * bound any rule proved is the answer, each bound a step of the derivation under the rule that
 * proved it (the search also stops when the time is used up, and after a rule that
 * {@link Rule#ends} it).
 *
 * @param local the rules for a question at a point, in order
 * @param global the rules for a question over the box, in order
 */
public record Strategy(List<Rule> local, List<Rule> global) implements SearchContext.Strategy {

    /** The identifier of the derivation step of a question that no rule settled. */
    public static final String SEARCH = "search";

    /** A strategy of the given rule lists. */
    public Strategy {
        local = List.copyOf(local);
        global = List.copyOf(global);
    }

    /**
     * The standard strategy. Local: split into disjoint blocks, powers and products first (they
     * shrink the question), then the generator reduction (it reveals such splits), the plane
     * resolution (complete in two variables; before the rules that factor K, since it needs no
     * irreducible factors and a two-variable K of degree 50 to 130 can take JAS longer to factor
     * than the budget), linear coordinates adapted to the factors (they reveal splits in more
     * variables), the Newton polyhedron, the constant-rank rule, triangular changes of coordinates,
     * the blow-ups, and last coordinates adapted to a smooth component of the zero set through the
     * point.
     * Global: a linear network's symmetry (its recognised loss with a true matrix of rank 1 <= r <=
     * every hidden width), Newton for the question asked, the same splits (factors with disjoint zero sets
     * before powers and products, so that stated squares of such a product are split without
     * factorising K), the reduction of a quasi-homogeneous K to the origin or to a stratum, Newton
     * for a sub-question, the zero set by shape (one parameter, smooth by rank, hypersurfaces of one square) when the
     * weight has no zero, then the decomposition of the zero set into strata (for the question
     * asked, zeros of the weight included), and at last the bound at a rational zero (all that is
     * proven when the weight has zeros and the decomposition did not settle the question). A new
     * rule is added here.
     */
    public static Strategy standard() {
        return new Strategy(
                List.of(new DisjointBlocks(), new Powers(), new Products(), new GeneratorReduction(), new PlaneResolutionRule(),
                        new AdaptedLinearCoordinates(), NewtonPolyhedronRule.always(), new ConstantRank(),
                        new TriangularChanges(), new PointBlowUp(), new WeightedBlowUps(), new ZeroSetCoordinates()),
                List.of(new LinearNetworkOrbits(), NewtonPolyhedronRule.forTheQuestionAsked(), new DisjointBlocks(), new DisjointZeroSets(), new Powers(),
                        new Products(), new QuasiHomogeneousOrigin(), new StratumReduction(),
                        NewtonPolyhedronRule.forSubQuestions(), new OneParameter(), new SmoothByRank(), new ZeroSetByFactors(),
                        new ZeroSetStrata(), new BoundAtAZero()));
    }

    @Override
    public RlctResult local(Question q, int depth, SearchContext context) {
        return run(local, "local question: ", q, depth, context);
    }

    @Override
    public RlctResult global(Question q, int depth, SearchContext context) {
        return run(global, "global question: ", q, depth, context);
    }

    private static RlctResult run(List<Rule> rules, String heading, Question q, int depth, SearchContext context) {
        Certificate.Builder cert = Certificate.builder();
        cert.line(heading + q);
        Rational bound = null;
        Certificate.Builder bounds = Certificate.builder();
        for (Rule rule : rules) {
            if (context.budget().expired()) {
                return concluded(bound, bounds, cert.line(context.budgetText(depth)));
            }
            Optional<RlctResult> r = rule.apply(q, depth, context, cert);
            if (r.isEmpty()) {
                continue;
            }
            if (r.get().isExact()) {
                return settled(rule, r.get());
            }
            Optional<Rational> upper = r.get().lambdaUpper();
            if (upper.isPresent()) {
                bounds.step(rule.id(), "lambda <= " + upper.get(), rule.citation(), Certificate.empty());
                bound = Charts.min(bound, upper.get());
            }
            if (rule.ends()) {
                return concluded(bound, bounds, cert);
            }
        }
        return concluded(bound, bounds, cert);
    }

    /** The exact answer of a rule, recorded as the rule's step of the derivation. */
    private static RlctResult settled(Rule rule, RlctResult r) {
        Pole pole = Pole.of(r);
        return pole.toResult(r.method(), Certificate.builder().step(rule.id(), pole.toString(), rule.citation(), r.certificate()).build());
    }

    /**
     * The answer when no rule settled the question: the smallest bound, as a step {@value #SEARCH}
     * of the derivation with the steps of the rules that proved bounds among its children.
     */
    private static RlctResult concluded(Rational bound, Certificate.Builder bounds, Certificate.Builder cert) {
        Certificate proven = bounds.build();
        if (!proven.steps().isEmpty()) {
            cert.nest("the rules' bounds:", proven);
        }
        RlctResult r = Charts.finish(bound, cert);
        Certificate c = Certificate.builder().step(SEARCH, bound == null ? "unresolved" : "lambda <= " + bound,
                "the smallest bound the rules proved", r.certificate()).build();
        return bound == null ? RlctResult.unresolved(r.method(), c) : RlctResult.upperBound(bound, r.method(), c);
    }
}
