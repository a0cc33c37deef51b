package org.sltjava.tests.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.generate.KnownProblemGenerator;
import org.sltjava.testing.KnownProblems;

/**
 * The property test printed in chapter 8 of the guide (examples/guide/known-answers.md), verbatim:
 * over generated problems whose (lambda, m) is known by construction, an exact answer of the
 * engines equals it and an upper bound is not below it.
 */
class KnownAnswersPropertyTest {

    private final Budget budget = Budget.of(Duration.ofSeconds(5), 6, 2000);

    @Test
    void theEnginesAgreeWithTheKnownAnswers() {
        qt().withExamples(20).forAll(KnownProblems.of(new KnownProblemGenerator.Size(3, 2, 1, true))).checkAssert(k -> {
            RlctResult r = RlctEngine.standard().analyse(k.problem(), budget);
            if (r.isExact()) {
                assertEquals(k.lambda(), r.lambda().orElseThrow());
                assertEquals(k.m(), r.m().orElseThrow().intValue());
            } else {
                r.lambdaUpper().ifPresent(upper -> assertTrue(upper.compareTo(k.lambda()) >= 0));
            }
        });
    }
}
