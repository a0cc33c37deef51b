package org.sltjava.tests.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.sltjava.core.Budget;
import org.sltjava.core.MonomialEngine;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.generate.KnownProblem;
import org.sltjava.core.generate.KnownProblemGenerator;
import org.sltjava.core.generate.KnownProblemGenerator.Size;
import org.sltjava.testing.KnownProblems;

/** The generator of known problems: reproducible, well-formed, and never contradicted by an exact engine answer. */
class KnownProblemGeneratorTest {

    private static List<String> firstTen(long seed) {
        KnownProblemGenerator g = KnownProblemGenerator.of(seed, Size.small());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            KnownProblem p = g.next();
            out.add(p.problem() + " -> " + p.lambda() + ", " + p.m());
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameProblems() {
        assertEquals(firstTen(42), firstTen(42));
        assertTrue(!firstTen(42).equals(firstTen(43)));
    }

    /**
     * A change of coordinates that would expand K past the parser's limit is not taken: the
     * generator returns the block's global question instead of failing. The corpus of
     * {@code slt bench --only multiplicity} drawn from seed 2 (six parameters, half-exponents up to
     * 3, depth 2) reached a 114,748-term K o T among its first 200 problems, which the problem
     * builder refused, ending the bench. (Five seconds, most of it expanding that K: whole suite only.)
     */
    @Tag("slow")
    @Test
    void noGeneratedProblemExceedsTheParserLimits() {
        KnownProblemGenerator g = KnownProblemGenerator.of(2, new Size(6, 3, 2, true));
        for (int i = 0; i < 200; i++) {
            KnownProblem kp = g.next();
            assertTrue(kp.problem().k().termCount() <= PolynomialParser.MAX_TERMS, kp.problem().k().termCount() + " terms");
        }
    }

    @Test
    void problemsAreWellFormed() {
        qt().withExamples(200).forAll(KnownProblems.small()).checkAssert(kp -> {
            Problem p = kp.problem();
            // 0 < lambda and 1 <= m <= d hold for every RLCT (m is the order of a pole of a d-fold integral).
            assertTrue(kp.lambda().signum() > 0 && kp.m() >= 1 && kp.m() <= p.dimension(), kp.toString());
            assertTrue(!kp.derivation().isEmpty());
            assertEquals(Rational.ZERO, p.loss().evaluate(p.point().orElseGet(() -> origin(p))));
        });
    }

    @Test
    void theMonomialEngineNeverContradictsAGeneratedAnswer() {
        MonomialEngine engine = new MonomialEngine();
        int[] exact = {0};
        qt().withExamples(300).forAll(KnownProblems.small()).checkAssert(kp -> {
            RlctResult r = engine.analyse(kp.problem());
            if (r.isExact()) {
                exact[0]++;
                assertEquals(kp.lambda(), r.lambda().orElseThrow(), () -> kp + "\n" + r.certificate());
                assertEquals(kp.m(), r.m().orElseThrow(), () -> kp + "\n" + r.certificate());
            }
        });
        // Monomial blocks at depth 0 are a large share of the generated problems: the comparison is not vacuous.
        assertTrue(exact[0] >= 30, "only " + exact[0] + " exact answers");
    }

    private static Map<String, Rational> origin(Problem p) {
        Map<String, Rational> o = new LinkedHashMap<>();
        p.parameters().forEach(v -> o.put(v, Rational.ZERO));
        return o;
    }

    @Test
    void theStandardEnginesNeverContradictAGeneratedAnswer() {
        // Every engine registered (monomial, Newton, and whatever later modules add) against exact ground truth.
        // Fixed seed and a 2 s budget per problem keep the suite's time predictable.
        RlctEngine standard = RlctEngine.standard();
        int[] counts = new int[2];
        qt().withFixedSeed(20261124L).withExamples(150).forAll(KnownProblems.of(new Size(3, 2, 2, true))).checkAssert(kp -> {
            RlctResult r = standard.analyse(kp.problem(), Budget.of(Duration.ofSeconds(2), 6, 2000));
            counts[0]++;
            if (r.isExact()) {
                counts[1]++;
                assertEquals(kp.lambda(), r.lambda().orElseThrow(), () -> kp + "\n" + r.certificate());
                assertEquals(kp.m(), r.m().orElseThrow(), () -> kp + "\n" + r.certificate());
            } else if (r.lambdaUpper().isPresent()) {
                assertTrue(r.lambdaUpper().get().compareTo(kp.lambda()) >= 0, () -> "bound below the truth: " + kp + "\n" + r);
            }
        });
        assertTrue(counts[1] >= counts[0] / 2, "only " + counts[1] + " of " + counts[0] + " answered exactly");
    }
}
