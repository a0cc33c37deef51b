package org.sltjava.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Gap 2 of issue 18: every line gets a reference that says what it is. When the engines prove
 * only a bound, the bound is a one-sided check; when they prove nothing, our numeric estimate is
 * the reference, labelled so, with its error bar in z; both lines name the budget and the best
 * bound. (On main both lines were a bare "no_reference".)
 */
class ReferenceKindsTest {

    @Test
    void aBoundIsAOneSidedCheckNamingTheBudgetAndTheBound() {
        // (x - y + z)^2 + (x - y + 2z)^2 at 0: Newton proves only lambda <= 3/2 (the edge x - y is degenerate; the truth
        // is 1, a positive definite form in (x - y, z)). An estimate 1.7 +- 0.1 lies 2 standard errors above the bound.
        String line = "{\"id\": 1, \"K\": \"(x - y + z)^2 + (x - y + 2*z)^2\", \"at\": {\"x\": 0, \"y\": 0, \"z\": 0},"
                + " \"lambdaHat\": 1.7, \"stderr\": 0.1}";
        ValidateRun run = ValidateRun.of(line, "validate", "--engine", "newton", "--budget", "7");
        JsonNode o = run.answers().getFirst();
        assertEquals("upper_bound", o.get("reference").asText(), o::toString);
        assertEquals("3/2", o.get("lambdaUpper").asText(), o::toString);
        assertEquals("3/2", o.get("bestBound").asText(), o::toString);
        assertEquals(7.0, o.get("budget").asDouble(), o::toString);
        assertEquals(2.0, o.get("zAboveBound").asDouble(), 1e-12, o::toString);
        assertFalse(o.has("z"), "a bound gives no two-sided z: " + o);
        assertEquals(1, run.summary().get("oneSided").asInt());
        assertEquals(0, run.summary().get("compared").asInt());
        // One-sided: exactly 2 standard errors above the bound passes --max-z 2, and an estimate below the bound never fails.
        assertEquals(0, ValidateRun.of(line, "validate", "--engine", "newton", "--max-z", "2").status());
        assertEquals(1, ValidateRun.of(line, "validate", "--engine", "newton", "--max-z", "1.99").status());
        assertEquals(0, ValidateRun.of(line.replace("1.7", "0.2"), "validate", "--engine", "newton", "--max-z", "1").status());
    }

    @Test
    void nothingProvenMakesOurEstimateTheReferenceWithItsErrorBarInZ() {
        // x^2 (1 - 2y)^2 on [-1, 1]^2: the monomial engine alone proves nothing (the factor 1 - 2y vanishes in the box).
        // The truth is 1/2 with m = 2 (the lines x = 0 and y = 1/2 cross normally at (0, 1/2)), so our estimate must lie
        // within 4 of its standard errors of 1/2; z combines both error bars: (hat - est) / sqrt(se^2 + se_est^2).
        ValidateRun run = ValidateRun.of("{\"id\": 1, \"K\": \"x^2*(1 - 2*y)^2\", \"lambdaHat\": 0.6, \"stderr\": 0.05}",
                "validate", "--engine", "monomial", "--budget", "5", "--estimate-budget", "0.5", "--seed", "3");
        JsonNode o = run.answers().getFirst();
        assertEquals("estimate", o.get("reference").asText(), o::toString);
        assertTrue(o.get("referenceSource").asText().contains("numeric estimate"), o::toString);
        assertEquals(5.0, o.get("budget").asDouble(), o::toString);
        assertTrue(o.has("bestBound") && o.get("bestBound").isNull(), o::toString);
        double est = o.get("lambdaEstimate").asDouble();
        double estSe = o.get("estimateStderr").asDouble();
        assertTrue(Math.abs(est - 0.5) <= 4 * estSe, o::toString);
        assertEquals((0.6 - est) / Math.sqrt(0.05 * 0.05 + estSe * estSe), o.get("z").asDouble(), 1e-9, o::toString);
        assertEquals(1, run.summary().get("compared").asInt());
    }

    @Test
    void everyKindOfReferenceIsNamed() {
        String input = String.join("\n",
                "{\"id\": 1, \"lambda\": \"1/2\", \"lambdaHat\": 0.5, \"stderr\": 0.1}",
                "{\"id\": 2, \"catalog\": \"rrr M=2 N=2 H=1 r=0\", \"lambdaHat\": 1, \"stderr\": 0.1}",
                "{\"id\": 3, \"K\": \"x^2*y^4\", \"lambdaHat\": 0.25, \"stderr\": 0.1}");
        var answers = ValidateRun.of(input, "validate").answers();
        assertEquals("given", answers.get(0).get("reference").asText());
        assertEquals("catalog", answers.get(1).get("reference").asText());
        assertTrue(answers.get(1).get("citation").asText().contains("Aoyagi and Watanabe (2005)"));
        // x^2 y^4: the monomial rule, min((0 + 1)/2, (0 + 1)/4) = 1/4, m = 1.
        assertEquals("exact", answers.get(2).get("reference").asText());
        assertEquals("1/4", answers.get(2).get("lambda").asText());
    }
}
