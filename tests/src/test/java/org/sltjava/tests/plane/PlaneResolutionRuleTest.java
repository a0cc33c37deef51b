package org.sltjava.tests.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.Pole;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.rules.PlaneResolutionRule;

/**
 * The plane-resolution rule on its own (an engine whose only local rule it is): it settles local
 * questions in exactly two parameters and leaves every other question alone. Each value is
 * derived in its comment.
 */
class PlaneResolutionRuleTest {

    private static final ResolveEngine ONLY_PLANE = ResolveEngine.withRules(List.of(new PlaneResolutionRule()), List.of());

    private static RlctResult answer(Problem p) {
        return ONLY_PLANE.analyse(p, Budget.of(Duration.ofSeconds(10), 6, 2000));
    }

    /**
     * K = x^6 + x^2 (y - x^3)^2 at 0 (the first example): K = x^2 h with
     * h = x^4 + (y - x^3)^2, whose Newton polygon has the one compact edge (0, 2)-(4, 0) (x^3 y
     * and x^6 lie above it), normal (1, 2), l = 4, face y^2 + x^4 without real zeros off 0. With
     * nu = (1, 1): the ray (1, 0) has l = 2 and value 1/2, the ray (0, 1) l = 0 (no divisor), the
     * ray (1, 2) l = 2 + 4 = 6 and value 3/6 = 1/2. Two adjacent rays attain 1/2: lambda = 1/2,
     * m = 2 (Varchenko 1976), as y' = y - x^3 confirms (x^6 + x^2 y'^2, the vertex (2, 2)).
     */
    @Test
    void settlesATwoParameterQuestionAlone() {
        RlctResult r = answer(Problem.builder().loss("x^6 + x^2*(y - x^3)^2").at("x", "0").at("y", "0").build());
        assertTrue(r.isExact(), () -> r + "\n" + r.certificate().text());
        assertEquals(Pole.of(Rational.of(1, 2), 2), Pole.of(r));
        assertEquals("plane-resolution", r.certificate().derivation().orElseThrow().rule());
    }

    /**
     * x^2 + y^2 + z^2 at 0 (lambda 3/2, m 1, Morse): three parameters, so the rule does not apply
     * and the engine that has only this rule proves nothing.
     */
    @Test
    void doesNotApplyToThreeParameters() {
        RlctResult r = answer(Problem.builder().loss("x^2 + y^2 + z^2").at("x", "0").at("y", "0").at("z", "0").build());
        assertFalse(r.isExact(), () -> r + "\n" + r.certificate().text());
        assertTrue(r.lambdaUpper().isEmpty(), r::toString);
    }

    /**
     * x^2 + y^2 over the box [-1, 1]^2: a global question, which the rule (local only) leaves
     * alone, although the local question at 0 is one it settles (lambda 1, m 1).
     */
    @Test
    void doesNotApplyToAGlobalQuestion() {
        assertFalse(answer(Problem.builder().loss("x^2 + y^2").box("-1", "1").build()).isExact());
        RlctResult local = answer(Problem.builder().loss("x^2 + y^2").at("x", "0").at("y", "0").build());
        assertEquals(Pole.of(Rational.ONE, 1), Pole.of(local));
    }
}
