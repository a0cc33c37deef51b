package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sltjava.cli.DerivationJson;
import org.sltjava.cli.Slt;
import org.sltjava.core.Budget;
import org.sltjava.core.Derivation;
import org.sltjava.core.Pole;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.rules.AdaptedLinearCoordinates;
import org.sltjava.resolution.rules.NewtonPolyhedronRule;
import org.sltjava.resolution.rules.Strategy;

/**
 * The derivation tree of the resolution engine: which rule settled a question, with which value,
 * and the sub-questions under it; its JSON form reads back to the same tree, and the command line
 * prints it. Every expected value is derived in the comment of its test.
 */
class DerivationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RlctResult resolve(Problem p) {
        return new ResolveEngine().analyse(p, Budget.of(Duration.ofSeconds(10), 6, 2000));
    }

    private static Derivation derivation(RlctResult r) {
        return r.certificate().derivation().orElseThrow(() -> new AssertionError("no derivation:\n" + r.certificate().text()));
    }

    private static void assertPole(String lambda, int m, RlctResult r) {
        assertTrue(r.isExact(), () -> r + "\n" + r.certificate().text());
        assertEquals(Pole.of(Rational.parse(lambda), m), Pole.of(r));
    }

    /**
     * K = x^2 + y^4 at 0: a sum over the blocks {x} (1/2, m 1) and {y} (1/4, m 1), so lambda =
     * 1/2 + 1/4 = 3/4 and m = 1 + 1 - 1 = 1 (Watanabe 2009, Remark 7.2); each block is a
     * one-variable monomial answered by the Newton polyhedron.
     */
    @Test
    void disjointBlocksSettleASumAndNewtonTheBlocks() {
        RlctResult r = resolve(Problem.builder().loss("x^2 + y^4").at("x", "0").at("y", "0").build());
        assertPole("3/4", 1, r);
        Derivation d = derivation(r);
        assertEquals("disjoint-blocks", d.rule());
        assertEquals(2, d.children().size(), d::text);
        assertTrue(d.children().stream().allMatch(c -> c.rule().equals("newton-polyhedron")), d::text);
        assertEquals(List.of("lambda = 1/2, m = 1", "lambda = 1/4, m = 1"), d.children().stream().map(Derivation::claim).toList());
    }

    /**
     * K = (x^2 + y^2)^3 at 0: every factor has multiplicity 3, so K = L^3 with L = x^2 + y^2, a
     * Morse function in two variables (lambda 1, m 1); the power divides lambda by 3: 1/3, m = 1
     * (Watanabe 2009, ch. 6).
     */
    @Test
    void powersDivideLambda() {
        RlctResult r = resolve(Problem.builder().loss("(x^2 + y^2)^3").at("x", "0").at("y", "0").build());
        assertPole("1/3", 1, r);
        assertEquals("powers", derivation(r).rule());
    }

    /**
     * K = x^2 (y^2 + z^2) at 0: a product of x^2 (1/2, m 1) and the Morse y^2 + z^2 (1, m 1) in
     * disjoint blocks, so lambda = min = 1/2 with m = 1 (no tie).
     */
    @Test
    void productsTakeTheMinimum() {
        RlctResult r = resolve(Problem.builder().loss("x^2*(y^2 + z^2)").at("x", "0").at("y", "0").at("z", "0").build());
        assertPole("1/2", 1, r);
        assertEquals("products", derivation(r).rule());
    }

    /**
     * K = (x^2 - y^2)^2 over [-1, 1]^2: homogeneous, so the global answer is the local one at 0
     * (quasi-homogeneity); there K = (x - y)^2 (x + y)^2, in the linear coordinates u = x - y,
     * v = x + y the monomial u^2 v^2 with the constant Jacobian 1/2: lambda = 1/2, m = 2 (the
     * search may also settle the local question by the plane resolution, tried first in two
     * variables).
     */
    @Test
    void aHomogeneousGlobalQuestionGoesToTheOrigin() throws IOException {
        RlctResult r = resolve(Problem.builder().loss("(x^2 - y^2)^2").box("-1", "1").build());
        assertPole("1/2", 2, r);
        Derivation d = derivation(r);
        assertEquals("quasi-homogeneous-origin", d.rule());
        assertTrue(d.uses("linear-coordinates") || d.uses("triangular-changes") || d.uses("products") || d.uses("plane-resolution"),
                d::text);
        assertEquals(d, DerivationJson.parse(JSON.readTree(DerivationJson.of(d).toString())));
    }

    /**
     * An irrational zero: K = (x^2 - 2)^2 over [0, 2] vanishes at sqrt(2) only, a simple root of
     * the irreducible x^2 - 2, so lambda = 1/2, m = 1 there, settled by counting roots.
     */
    @Test
    void oneParameterCountsIrrationalRoots() {
        RlctResult r = resolve(Problem.builder().loss("(x^2 - 2)^2").box("0", "2").build());
        assertPole("1/2", 1, r);
        assertEquals("one-parameter", derivation(r).rule());
    }

    /**
     * The strategy is data: K = (x - y)^2 + (x - y)^4 at 0 is degenerate for Newton (the edge
     * polynomial (x - y)^2 vanishes in the open orthant (+, +)), so an engine of the Newton rule
     * alone proves only the bound 1/t0 = 1, while adding linear coordinates (u = x - y: K = u^2 + u^4,
     * comparable with u^2 near 0: lambda 1/2, m 1) settles it.
     */
    @Test
    void anEngineIsBuiltFromAChosenListOfRules() {
        Problem p = Problem.builder().loss("(x - y)^2 + (x - y)^4").at("x", "0").at("y", "0").build();
        Budget budget = Budget.of(Duration.ofSeconds(10), 6, 2000);
        RlctResult newtonOnly = ResolveEngine.withRules(List.of(NewtonPolyhedronRule.always()), List.of()).analyse(p, budget);
        assertFalse(newtonOnly.isExact(), newtonOnly::toString);
        assertEquals(Strategy.SEARCH, derivation(newtonOnly).rule());
        RlctResult adapted = ResolveEngine.withRules(List.of(new AdaptedLinearCoordinates(), NewtonPolyhedronRule.always()),
                List.of()).analyse(p, Budget.of(Duration.ofSeconds(10), 6, 2000));
        assertPole("1/2", 1, adapted);
        assertEquals("linear-coordinates", derivation(adapted).rule());
        assertEquals("newton-polyhedron", derivation(adapted).children().getFirst().rule());
    }

    /** {@code slt rlct --json} prints the derivation, which reads back as the engine's tree. */
    @Test
    void theCommandLinePrintsTheDerivation() throws IOException {
        StringWriter out = new StringWriter();
        int status = Slt.run(new String[] {"rlct", "--json", "--engine", "resolve", "--at", "x=0,y=0", "x^2 + y^4"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, status, out::toString);
        JsonNode o = JSON.readTree(out.toString());
        Derivation d = DerivationJson.parse(o.get("derivation"));
        assertEquals("disjoint-blocks", d.rule());
        assertEquals("lambda = 3/4, m = 1", d.claim());
    }
}
