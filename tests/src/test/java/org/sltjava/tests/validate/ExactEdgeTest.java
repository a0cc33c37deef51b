package org.sltjava.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Gap 5 of issue 18: whether an estimate lies within k standard errors is decided exactly on the
 * decimals as written. (0.48 - 0.5) / 0.01 is -2.0000000000000018 in double, yet 0.48 lies
 * exactly 2 standard errors of 0.01 below 1/2.
 */
class ExactEdgeTest {

    @Test
    void anEstimateExactlyTwoStandardErrorsAwayIsInside() {
        String line = "{\"lambda\": \"1/2\", \"lambdaHat\": 0.48, \"stderr\": 0.01}";
        ValidateRun run = ValidateRun.of(line, "validate", "--max-z", "2");
        assertEquals(0, run.status(), run.out());
        assertEquals(2, run.answers().getFirst().get("withinSe").asInt());
        assertEquals(1.0, run.summary().get("within2").asDouble());
        assertEquals(0.0, run.summary().get("within1").asDouble());
    }

    @Test
    void estimatesExactlyOnTheEdgeCountInsideAndJustBeyondCountOutside() {
        // hat = lambda + s k se written as decimals (lambda = a/100, se = b/1000, s = +-1): exactly k standard errors away.
        qt().withExamples(60).forAll(integers().between(1, 500), integers().between(1, 999), integers().between(1, 3), integers().between(0, 1))
                .checkAssert((a, b, k, negative) -> {
                    BigDecimal lambda = BigDecimal.valueOf(a, 2);
                    BigDecimal se = BigDecimal.valueOf(b, 3);
                    BigDecimal hat = lambda.add(se.multiply(BigDecimal.valueOf(negative == 1 ? -k : k)));
                    String line = "{\"lambda\": " + lambda.toPlainString() + ", \"lambdaHat\": " + hat.toPlainString() + ", \"stderr\": "
                            + se.toPlainString() + "}";
                    ValidateRun run = ValidateRun.of(line, "validate", "--max-z", Integer.toString(k));
                    JsonNode o = run.answers().getFirst();
                    assertEquals(k, o.get("withinSe").asInt(), o::toString);
                    assertEquals(0, run.status(), o::toString);
                    String below = BigDecimal.valueOf(k).subtract(new BigDecimal("0.000001")).toPlainString();
                    assertEquals(1, ValidateRun.of(line, "validate", "--max-z", below).status(), o::toString);
                });
    }
}
