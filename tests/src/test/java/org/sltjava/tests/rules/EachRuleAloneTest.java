package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.Derivation;
import org.sltjava.core.Pole;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.core.model.ModelFamilies;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.rules.AdaptedLinearCoordinates;
import org.sltjava.resolution.rules.BoundAtAZero;
import org.sltjava.resolution.rules.ConstantRank;
import org.sltjava.resolution.rules.DisjointBlocks;
import org.sltjava.resolution.rules.DisjointZeroSets;
import org.sltjava.resolution.rules.GeneratorReduction;
import org.sltjava.resolution.rules.LinearNetworkOrbits;
import org.sltjava.resolution.rules.NewtonPolyhedronRule;
import org.sltjava.resolution.rules.OneParameter;
import org.sltjava.resolution.rules.PlaneResolutionRule;
import org.sltjava.resolution.rules.PointBlowUp;
import org.sltjava.resolution.rules.Powers;
import org.sltjava.resolution.rules.Products;
import org.sltjava.resolution.rules.QuasiHomogeneousOrigin;
import org.sltjava.resolution.rules.Rule;
import org.sltjava.resolution.rules.SmoothByRank;
import org.sltjava.resolution.rules.Strategy;
import org.sltjava.resolution.rules.StratumReduction;
import org.sltjava.resolution.rules.TriangularChanges;
import org.sltjava.resolution.rules.WeightedBlowUps;
import org.sltjava.resolution.rules.ZeroSetByFactors;
import org.sltjava.resolution.rules.ZeroSetCoordinates;
import org.sltjava.resolution.rules.ZeroSetStrata;

/**
 * Every rule of the standard strategy shown settling (or, for the last global rules, bounding) a
 * question in an engine built from a chosen list of rules (the strategy as data): the rule under
 * test comes first, followed only by what its sub-questions need, so the derivation's root is the
 * rule and the value is its theorem's. Every expected value is derived in the comment of its test
 * from a closed form or a cited theorem.
 */
class EachRuleAloneTest {

    private static Budget budget() {
        return Budget.of(Duration.ofSeconds(10), 6, 2000);
    }

    private static RlctResult analyse(List<Rule> local, List<Rule> global, Problem p) {
        return ResolveEngine.withRules(local, global).analyse(p, budget());
    }

    /** The question is settled exactly with (lambda, m), and the rule is the root of the derivation. */
    private static Derivation settles(String rule, String lambda, int m, RlctResult r) {
        assertTrue(r.isExact(), () -> r + "\n" + r.certificate().text());
        assertEquals(Pole.of(Rational.parse(lambda), m), Pole.of(r), () -> r.certificate().text());
        Derivation d = r.certificate().derivation().orElseThrow(() -> new AssertionError(r.certificate().text()));
        assertEquals(rule, d.rule(), d::text);
        return d;
    }

    private static Problem atOrigin(Problem.Builder b, String... vars) {
        for (String v : vars) {
            b.at(v, "0");
        }
        return b.build();
    }

    /**
     * K = x^2 y^2 + z^2 at 0: a sum over the blocks {x, y} and {z}. The block x^2 y^2 is a monomial
     * whose Newton diagram meets the diagonal at its vertex (2, 2): lambda = 1/2, m = 2; the block
     * z^2 has 1/2, m = 1. The sum rule (Watanabe 2009, Remark 7.2): lambda = 1/2 + 1/2 = 1,
     * m = 2 + 1 - 1 = 2.
     */
    @Test
    void disjointBlocksAddLambdasAndMultiplicities() {
        Problem p = atOrigin(Problem.builder().loss("x^2*y^2 + z^2"), "x", "y", "z");
        Derivation d = settles("disjoint-blocks", "1", 2,
                analyse(List.of(new DisjointBlocks(), NewtonPolyhedronRule.always()), List.of(), p));
        assertEquals(2, d.children().size(), d::text);
    }

    /**
     * K = (x^2 + y^2)^4 at 0: the factor x^2 + y^2 (irreducible over Q) has multiplicity 4, so
     * K = L^2 with L = (x^2 + y^2)^2; L = (r^2)^2 = r^4 in polar coordinates, whose zeta function
     * int r^(4z) r dr has its pole at 4z + 2 = 0: lambda(L) = 1/2, m = 1, and K = L^2 halves it:
     * lambda = 1/4, m = 1 (directly: int r^(8z) r dr, 8z + 2 = 0).
     */
    @Test
    void powersDivideLambdaByTheExponent() {
        Problem p = atOrigin(Problem.builder().loss("(x^2 + y^2)^4"), "x", "y");
        settles("powers", "1/4", 1, analyse(List.of(new Powers(), NewtonPolyhedronRule.always()), List.of(), p));
    }

    /**
     * K = (x^2 + y^2)(z^2 + u^2) at 0, typed expanded: a product of two Morse functions in the
     * disjoint blocks {x, y} and {z, u}, each lambda = 2/2 = 1, m = 1; the zeta function is the
     * product of theirs, so lambda = min = 1 and, both attaining it, m = 1 + 1 = 2.
     */
    @Test
    void productsAddMultiplicitiesOnTies() {
        Problem p = atOrigin(Problem.builder().parameters("x", "y", "z", "u")
                .loss(PolynomialParser.parse("(x^2 + y^2)*(z^2 + u^2)")), "x", "y", "z", "u");
        settles("products", "1", 2, analyse(List.of(new Products(), NewtonPolyhedronRule.always()), List.of(), p));
    }

    /**
     * K = (x + y^2)^2 + y^6 at 0 as squares: x' = x + y^2 (Jacobian 1) gives K = x'^2 + y^6, the
     * blocks {x'} (1/2) and {y} (1/6): lambda = 2/3, m = 1.
     */
    @Test
    void generatorReductionMakesASquareACoordinate() {
        Problem p = atOrigin(Problem.builder().sumOfSquares("x + y^2", "y^3"), "x", "y");
        Derivation d = settles("generator-reduction", "2/3", 1, analyse(List.of(new GeneratorReduction(), new DisjointBlocks(),
                NewtonPolyhedronRule.always()), List.of(), p));
        assertTrue(d.uses("disjoint-blocks"), d::text);
    }

    /**
     * K = (x + y)^2 + (x - y)^4 at 0: the linear factors x + y of the lowest-degree part and x - y
     * of the highest-degree part become coordinates u = x + y, v = x - y (det -2, constant
     * Jacobian): K = u^2 + v^4, the blocks {u} (1/2) and {v} (1/4): lambda = 3/4, m = 1.
     */
    @Test
    void adaptedLinearCoordinatesSplitTheLoss() {
        Problem p = atOrigin(Problem.builder().loss("(x + y)^2 + (x - y)^4"), "x", "y");
        settles("linear-coordinates", "3/4", 1, analyse(List.of(new AdaptedLinearCoordinates(), new DisjointBlocks(),
                NewtonPolyhedronRule.always()), List.of(), p));
    }

    /**
     * K = x^4 y^2 + x^2 y^4 at 0: non-degenerate (its only compact face polynomial x^2 y^2 (x^2 +
     * y^2) has no zero in the open orthants). The diagonal (t, t) meets the Newton polygon on the
     * edge from (4, 2) to (2, 4) at t = 3, inside the edge: lambda = 1/3, m = 1 (Varchenko 1976).
     */
    @Test
    void newtonPolyhedronSettlesANonDegenerateK() {
        Problem p = atOrigin(Problem.builder().loss("x^4*y^2 + x^2*y^4"), "x", "y");
        settles("newton-polyhedron", "1/3", 1, analyse(List.of(NewtonPolyhedronRule.always()), List.of(), p));
    }

    /**
     * K = x^2 + y^4 over [-1, 1]^2, a global question whose only zero is 0: Newton's global
     * answer there, 1/2 + 1/4 = 3/4 (the diagonal meets the edge (2, 0)-(0, 4) at t = 4/3), m = 1.
     * The rule for the question asked answers it; the rule for sub-questions alone does not.
     */
    @Test
    void newtonForTheQuestionAskedAndNotForSubQuestions() {
        Problem p = Problem.builder().loss("x^2 + y^4").box("-1", "1").build();
        settles("newton-polyhedron", "3/4", 1, analyse(List.of(), List.of(NewtonPolyhedronRule.forTheQuestionAsked()), p));
        RlctResult sub = analyse(List.of(), List.of(NewtonPolyhedronRule.forSubQuestions()), p);
        assertFalse(sub.isExact(), sub::toString);
    }

    /**
     * The same K = x^2 + y^4 over [-1, 1]^2 split into the global blocks x^2 over [-1, 1] (1/2) and
     * y^4 over [-1, 1] (1/4), each a sub-question answered by Newton for sub-questions: lambda =
     * 3/4, m = 1 + 1 - 1 = 1.
     */
    @Test
    void newtonForSubQuestionsAnswersTheBlocks() {
        Problem p = Problem.builder().loss("x^2 + y^4").box("-1", "1").build();
        Derivation d = settles("disjoint-blocks", "3/4", 1, analyse(List.of(),
                List.of(new DisjointBlocks(), NewtonPolyhedronRule.forSubQuestions()), p));
        assertTrue(d.children().stream().allMatch(c -> c.rule().equals("newton-polyhedron")), d::text);
    }

    /**
     * K = (x + y^2)^2 + (x*y + z)^2 at 0: f = (x + y^2, x y + z) has the Jacobian rows (1, 2y, 0)
     * and (y, x, 1), of rank 2 at 0 and never more (two rows): by the constant rank theorem K is
     * comparable with |y|^2 in two coordinates, the zero set is a smooth curve of codimension 2:
     * lambda = 2/2 = 1, m = 1 (Morse-Bott).
     */
    @Test
    void constantRankGivesHalfTheRank() {
        Problem p = atOrigin(Problem.builder().sumOfSquares("x + y^2", "x*y + z"), "x", "y", "z");
        settles("constant-rank", "1", 1, analyse(List.of(new ConstantRank()), List.of(), p));
    }

    /**
     * K = x^2 + 2 y^2 + x^3 y at 0, not typed as squares: its Hessian diag(2, 4) has full rank 2, a
     * Morse point: lambda = d/2 = 1, m = 1.
     */
    @Test
    void constantRankOfTheHessianAtAMorsePoint() {
        Problem p = atOrigin(Problem.builder().loss("x^2 + 2*y^2 + x^3*y"), "x", "y");
        settles("constant-rank", "1", 1, analyse(List.of(new ConstantRank()), List.of(), p));
    }

    /**
     * K = (y^2 - 2 x^3)^2 + x^8 at 0 (RuleExamplesTest derives lambda = 5/12, m = 1 from the
     * chart at the double roots w = +-sqrt 2 of the edge polynomial): the plane resolution alone.
     */
    @Test
    void planeResolutionAlone() {
        Problem p = atOrigin(Problem.builder().loss("(y^2 - 2*x^3)^2 + x^8"), "x", "y");
        settles("plane-resolution", "5/12", 1, analyse(List.of(new PlaneResolutionRule()), List.of(), p));
    }

    /**
     * K = (x + y^2)^2 + y^6 at 0 typed expanded: the compact face polynomial (x + y^2)^2 of the
     * edge (2, 0)-(0, 4) has the factor x + y^2, linear in x, so x -> x - y^2 (triangular,
     * Jacobian 1) gives K = x^2 + y^6: the blocks {x} (1/2) and {y} (1/6): lambda = 2/3, m = 1.
     */
    @Test
    void triangularChangesMakeAFaceFactorACoordinate() {
        Problem p = atOrigin(Problem.builder().parameters("x", "y")
                .loss(PolynomialParser.parse("(x + y^2)^2 + y^6")), "x", "y");
        Derivation d = settles("triangular-changes", "2/3", 1, analyse(List.of(new DisjointBlocks(), new TriangularChanges(),
                NewtonPolyhedronRule.always()), List.of(), p));
        assertTrue(d.uses("disjoint-blocks"), d::text);
    }

    /**
     * K = (x^2 - 2 y^2)^2 at 0, homogeneous of degree 4: over R it is (x - sqrt2 y)^2 (x + sqrt2
     * y)^2, two lines crossing transversally, so in the analytic coordinates u = x - sqrt2 y,
     * v = x + sqrt2 y, K = u^2 v^2: lambda = 1/2, m = 2. The blow-up agrees: the divisor has
     * (d + e)/D = 2/4 = 1/2; the chart y = 1 gives (x^2 - 2)^2 > 0 on [-1, 1] (no pole of its own),
     * the chart x = 1 gives (1 - 2 y^2)^2 with the simple roots y = +-1/sqrt2 inside [-1, 1]
     * (1/2, m 1), which ties with the divisor: m = 2.
     */
    @Test
    void pointBlowUpOfAHomogeneousK() {
        Problem p = atOrigin(Problem.builder().loss("(x^2 - 2*y^2)^2"), "x", "y");
        settles("point-blow-up", "1/2", 2, analyse(List.of(new PointBlowUp()), List.of(new OneParameter()), p));
    }

    /**
     * K = (y^2 - x^3)^2 + (z^2 - x^3)^2 + x^7 at 0 (RuleExamplesTest derives lambda = 2/3, m = 1
     * from the weighted blow-up along (2, 3, 3)): the weighted blow-ups with Newton and the
     * linear and triangular changes for the zeros on the divisor.
     */
    @Test
    void weightedBlowUpsAlone() {
        Problem p = atOrigin(Problem.builder().loss("(y^2 - x^3)^2 + (z^2 - x^3)^2 + x^7"), "x", "y", "z");
        settles("weighted-blow-up", "2/3", 1, analyse(List.of(new WeightedBlowUps(), new DisjointBlocks(), new Products(),
                new AdaptedLinearCoordinates(), NewtonPolyhedronRule.always(), new TriangularChanges()), List.of(), p));
    }

    /**
     * K = (z - x y)^4 + x^2 (y - x^2)^2 at 0: the smooth curve z = x y, y = x^2 of zeros passes
     * through 0, and (x, g1, g2) = (x, z - x y, y - x^2) are coordinates there (a polynomial map
     * with Jacobian 1) in which K = g1^4 + x^2 g2^2, a disjoint sum: (1/4, m = 1) + (1/2, m = 2)
     * = 3/4, m = 2; Newton settles the changed question.
     */
    @Test
    void zeroSetCoordinatesAlone() {
        Problem p = atOrigin(Problem.builder().loss("(z - x*y)^4 + x^2*(y - x^2)^2"), "x", "y", "z");
        settles("zero-set-coordinates", "3/4", 2, analyse(List.of(new ZeroSetCoordinates(), NewtonPolyhedronRule.always()), List.of(), p));
    }

    /**
     * Reduced-rank regression M = N = H = 2 with the rank-1 truth [[1/2, 1/4], [1/4, 1/8]] over
     * [-1, 1]^8: at a zero with both layers of rank 1 K is comparable with 3 regular squares plus
     * (b22 a22')^2 (rule javadoc), so lambda = 3/2 + 1/2 = 2 and m = 2 (the monomial's), the closed
     * form of Aoyagi and Watanabe (2005): M + N + H + r = 7 odd, (2 * 3 * 4 - 0 - 9 + 1)/8 = 2, m = 2.
     */
    @Test
    void linearNetworkOrbitsAlone() {
        Rational[][] c = {{Rational.of(1, 2), Rational.of(1, 4)}, {Rational.of(1, 4), Rational.of(1, 8)}};
        Problem p = ModelFamilies.reducedRankRegression(2, 2, 2, c).problem().build();
        settles("linear-network-orbits", "2", 2, analyse(List.of(NewtonPolyhedronRule.always()), List.of(new LinearNetworkOrbits()), p));
    }

    /**
     * K = (y^2 - x^3)^2 over [-1, 1]^2, quasi-homogeneous for the weights (2, 3): the global answer
     * is the local one at 0. There f = y^2 - x^3 is the cusp, whose log canonical threshold is the
     * sum of the weights over the degree, 2/6 + 3/6 = 5/6 (Varchenko 1976, quasi-homogeneous
     * isolated singularity), so K = f^2 has lambda = 5/12, m = 1; its smooth points (1/2) are worse
     * in no way.
     */
    @Test
    void quasiHomogeneousGoesToTheOrigin() {
        Problem p = Problem.builder().loss("(y^2 - x^3)^2").box("-1", "1").build();
        settles("quasi-homogeneous-origin", "5/12", 1, analyse(List.of(new PlaneResolutionRule()),
                List.of(new QuasiHomogeneousOrigin()), p));
    }

    /**
     * K = (x + z y^2)^2 + y^4 over [-1, 1]^3: K = 0 forces y = 0 and then x = 0, so the zero set is
     * the line x = y = 0. At each point of it x' = x + z y^2 is a change of coordinates with
     * Jacobian 1 and K = x'^2 + y^4, the blocks {x'} (1/2) and {y} (1/4), z free: lambda = 3/4,
     * m = 1 at every point of the line, hence globally.
     */
    @Test
    void stratumReductionReducesASquareAlongTheStratum() {
        Problem p = Problem.builder().parameters("x", "y", "z").sumOfSquares("x + z*y^2", "y^2").box("-1", "1").build();
        settles("stratum-reduction", "3/4", 1, analyse(List.of(),
                List.of(new DisjointBlocks(), new StratumReduction(), NewtonPolyhedronRule.forSubQuestions()), p));
    }

    /**
     * K = (x^2 - 2)^4 (x - 1)^2 over [-2, 2]: x^2 - 2 (multiplicity 4) has the simple roots
     * +-sqrt 2 inside, where K ~ (x -+ sqrt2)^4: 1/4; x - 1 (multiplicity 2) gives 1/2 at 1. The
     * minimum: lambda = 1/4, m = 1 (one variable).
     */
    @Test
    void oneParameterAtIrrationalRoots() {
        Problem p = Problem.builder().loss("(x^2 - 2)^4*(x - 1)^2").box("-2", "2").build();
        settles("one-parameter", "1/4", 1, analyse(List.of(), List.of(new OneParameter()), p));
    }

    /**
     * K = (x^2 + y^2 + z^2 - 1)^2 over [-2, 2]^3: the unit sphere, smooth (gradient 2w != 0 on it)
     * of codimension 1: lambda = 1/2, m = 1 (Morse-Bott).
     */
    @Test
    void smoothByRankOnASphere() {
        Problem p = Problem.builder().sumOfSquares("x^2 + y^2 + z^2 - 1").box("-2", "2").build();
        settles("smooth-by-rank", "1/2", 1, analyse(List.of(), List.of(new SmoothByRank()), p));
    }

    /**
     * K = (x y)^2 over [-1, 1]^2: the zero set is the two axes. At their crossing 0, K = x^2 y^2
     * has lambda = 1/2, m = 2 (Newton vertex (2, 2) on the diagonal); at the other points one of
     * x, y is a unit and K ~ y^2 or x^2: 1/2, m = 1. The minimum: lambda = 1/2, m = 2.
     */
    @Test
    void zeroSetByFactorsAtACrossing() {
        Problem p = Problem.builder().sumOfSquares("x*y").box("-1", "1").build();
        settles("zero-set-by-factors", "1/2", 2, analyse(List.of(NewtonPolyhedronRule.always()),
                List.of(new ZeroSetByFactors()), p));
    }

    /**
     * K = (x^2 + y^2)((3x - 1)^4 + (2y + 1)^2) over [-1, 1]^2 typed expanded (RuleExamplesTest
     * derives lambda = 3/4, m = 1 from its two zeros): the decomposition alone, with Newton for the
     * points.
     */
    @Test
    void zeroSetStrataAlone() {
        Problem p = Problem.builder().parameters("x", "y").loss(PolynomialParser.parse("(x^2 + y^2)*((3*x - 1)^4 + (2*y + 1)^2)"))
                .box("-1", "1").build();
        settles("zero-set-strata", "3/4", 1, analyse(List.of(NewtonPolyhedronRule.always()), List.of(new ZeroSetStrata()), p));
    }

    /**
     * The same K by the rule of disjoint zero sets, with Newton for the two parts: x^2 + y^2 (the
     * origin, lambda = 1, m = 1: Newton vertices (2, 0), (0, 2), t0 = 1) and (3x - 1)^4 + (2y + 1)^2
     * (at (1/3, -1/2), u^4 + v^2 after translation: Newton's 1/4 + 1/2 = 3/4, m = 1), asked globally
     * and settled by the decomposition at their zeros. The factors' zero sets do not meet, so the
     * answer is the smaller: lambda = 3/4, m = 1.
     */
    @Test
    void disjointZeroSetsAlone() {
        Problem p = Problem.builder().parameters("x", "y").loss(PolynomialParser.parse("(x^2 + y^2)*((3*x - 1)^4 + (2*y + 1)^2)"))
                .box("-1", "1").build();
        settles("disjoint-zero-sets", "3/4", 1, analyse(List.of(NewtonPolyhedronRule.always()),
                List.of(new DisjointZeroSets(), new ZeroSetStrata()), p));
    }

    /**
     * The circle of {@link #smoothByRankOnASphere} in two variables, K = (x^2 + y^2 - 1)^2 over
     * [-2, 2]^2, by the decomposition alone: one prime component x^2 + y^2 - 1 of codimension 1
     * whose gradient (2x, 2y) vanishes nowhere on it, so it is a Morse-Bott stratum with a point
     * inside the box: lambda = 1/2, m = 1.
     */
    @Test
    void zeroSetStrataOfASmoothCircle() {
        Problem p = Problem.builder().sumOfSquares("x^2 + y^2 - 1").box("-2", "2").build();
        settles("zero-set-strata", "1/2", 1, analyse(List.of(), List.of(new ZeroSetStrata()), p));
    }

    /**
     * K = (x^2 + y^2 - 1)^2 over [-2, 2]^2 with the weight x^2, which vanishes on the box, so the
     * rules that stratify by shape do not apply: the local answer at the rational zero (1, 0),
     * where the weight is 1 and f = x^2 + y^2 - 1 has the gradient (2, 0) (constant rank 1: 1/2,
     * m = 1), bounds the global lambda: lambda <= 1/2.
     */
    @Test
    void boundAtAZeroWhenTheWeightHasZeros() {
        Problem p = Problem.builder().sumOfSquares("x^2 + y^2 - 1").weight("x^2").box("-2", "2").build();
        RlctResult r = analyse(List.of(new ConstantRank()), List.of(new SmoothByRank(), new ZeroSetByFactors(),
                new BoundAtAZero()), p);
        assertBound("1/2", "bound-at-a-zero", r);
    }

    /**
     * K = (x^2 + y^2 - 1)^2 over [-2, 2]^2 (the unit circle, lambda = 1/2 by Morse-Bott): the bound
     * at the rational zero (1, 0), where the constant-rank rule gives 1/2, m = 1: lambda <= 1/2.
     */
    @Test
    void boundAtAZero() {
        Problem p = Problem.builder().sumOfSquares("x^2 + y^2 - 1").box("-2", "2").build();
        RlctResult r = analyse(List.of(new ConstantRank()), List.of(new BoundAtAZero()), p);
        assertBound("1/2", "bound-at-a-zero", r);
    }

    /**
     * K = (x - y)^2 + (x - y)^4 at 0: Newton is degenerate there (the edge polynomial (x - y)^2
     * vanishes on x = y) and proves only lambda <= 1; linear coordinates (u = x - y: K = u^2 + u^4
     * ~ u^2) then settle lambda = 1/2, m = 1. The derivation of the exact answer is the settling
     * rule's alone: Newton's bound is no node of it.
     */
    @Test
    void aBoundOfAnEarlierRuleIsNoStepOfAnExactDerivation() {
        Problem p = atOrigin(Problem.builder().loss("(x - y)^2 + (x - y)^4"), "x", "y");
        Derivation d = settles("linear-coordinates", "1/2", 1, analyse(List.of(NewtonPolyhedronRule.always(),
                new AdaptedLinearCoordinates()), List.of(), p));
        assertFalse(claimsABound(d), d::text);
    }

    private static boolean claimsABound(Derivation d) {
        return d.claim().startsWith("lambda <=") || d.children().stream().anyMatch(EachRuleAloneTest::claimsABound);
    }

    private static void assertBound(String lambda, String rule, RlctResult r) {
        assertFalse(r.isExact(), r::toString);
        assertEquals(Rational.parse(lambda), r.lambdaUpper().orElseThrow(), r::toString);
        Derivation d = r.certificate().derivation().orElseThrow(() -> new AssertionError(r.certificate().text()));
        assertEquals(Strategy.SEARCH, d.rule(), d::text);
        assertTrue(d.uses(rule), d::text);
    }
}
