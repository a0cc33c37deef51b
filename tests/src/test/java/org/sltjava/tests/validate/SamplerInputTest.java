package org.sltjava.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Gap 1 of issue 18: estimates go in as samplers write them. Per-chain values give the mean and
 * the standard error s / sqrt(n) (s the sample standard deviation, n - 1 in the denominator);
 * devinterp's {@code llc/std} is that s (torch's unbiased std across chains) and is divided by
 * sqrt(num_chains). Every expected value below is computed by hand from the textbook formulas.
 */
class SamplerInputTest {

    private static JsonNode only(String line, String... args) {
        return ValidateRun.of(line, args.length == 0 ? new String[] {"validate"} : args).answers().getFirst();
    }

    @Test
    void perChainValuesGiveTheMeanAndTheStandardErrorOfTheMean() {
        // chains 1, 2, 3, 6: mean 3; squares of deviations 4 + 1 + 0 + 9 = 14, s^2 = 14/3, se^2 = s^2/4 = 7/6.
        // Against lambda = 2: difference 1, z = 1/sqrt(7/6) = sqrt(6/7).
        String[] forms = {
            "{\"lambda\": 2, \"chains\": [1, 2, 3, 6]}",
            "{\"lambda\": 2, \"llc-chain/0\": 1, \"llc-chain/1\": 2, \"llc-chain/2\": 3, \"llc-chain/3\": 6, \"llc/mean\": 3, \"llc/std\": 9}",
            // online trace, chains x draws: row means 1, 2, 3, 6.
            "{\"lambda\": 2, \"llc/trace\": [[0, 2], [2, 2], [1, 5], [6, 6]]}",
        };
        for (String f : forms) {
            JsonNode o = only(f);
            assertEquals(3.0, o.get("lambdaHat").asDouble(), 0, o::toString);
            assertEquals(Math.sqrt(7.0 / 6), o.get("stderr").asDouble(), 1e-15, o::toString);
            assertEquals(Math.sqrt(6.0 / 7), o.get("z").asDouble(), 1e-15, o::toString);
            assertEquals(4, o.get("num_chains").asInt(), o::toString);
        }
    }

    @Test
    void devinterpsSpreadIsDividedBySqrtOfTheNumberOfChains() {
        // llc/std = 0.4 over 4 chains: se = 0.4/2 = 0.2; llc/mean 1.3 against 1: z = 0.3/0.2 = 1.5.
        JsonNode o = only("{\"lambda\": 1, \"llc/mean\": 1.3, \"llc/std\": 0.4, \"num_chains\": 4}");
        assertEquals(0.2, o.get("stderr").asDouble(), 1e-15, o::toString);
        assertEquals(1.5, o.get("z").asDouble(), 1e-12, o::toString);
        assertTrue(o.get("estimateFrom").asText().contains("not a standard error"), o::toString);

        JsonNode refused = only("{\"lambda\": 1, \"llc/mean\": 1.3, \"llc/std\": 0.4}");
        assertEquals("error", refused.get("status").asText());
        assertTrue(refused.get("error").asText().contains("\"llc/std\" is the spread across chains, not a standard error"),
                refused::toString);
    }

    @Test
    void onlineMeansAndSpreadsGiveAnUpperBoundOfTheStandardError() {
        // llc/means 1, 2, 3 (mean 2), llc/stds 0.2, 0.4, 0.6 (mean 0.4) over 4 chains: se <= 0.4/2 = 0.2 (Minkowski: the
        // spread of the chains' averages is at most the average spread); against lambda 1.5: z = 0.5/0.2 = 2.5.
        JsonNode o = only("{\"lambda\": 1.5, \"llc/means\": [1, 2, 3], \"llc/stds\": [0.2, 0.4, 0.6], \"num_chains\": 4}");
        assertEquals(2.0, o.get("lambdaHat").asDouble(), 0, o::toString);
        assertEquals(2.5, o.get("z").asDouble(), 1e-12, o::toString);
        assertTrue(o.get("estimateFrom").asText().contains("upper bound"), o::toString);
    }

    @Test
    void inconsistentOrMissingChainCountsAreNamed() {
        assertTrue(only("{\"lambda\": 1, \"chains\": [1, 2], \"num_chains\": 3}").get("error").asText()
                .contains("\"num_chains\" says 3 chains, but chains holds 2"));
        assertTrue(only("{\"lambda\": 1, \"llc-chain/0\": 1, \"llc-chain/2\": 2}").get("error").asText().contains("llc-chain/2"));
        assertTrue(only("{\"lambda\": 1, \"chains\": [1, NaN]}").get("error").asText().contains("chains[1]"));
        assertTrue(only("{\"lambda\": 1, \"setting\": \"a\"}").get("error").asText().contains("no estimate"));
    }

    @Test
    void perChainFormsAgreeAndShiftingChainsAndReferenceTogetherLeavesZ() {
        // Property: the three per-chain forms are the same estimate; adding c to every chain and to lambda changes neither
        // the standard error nor z (both depend on the chains only through their deviations and the difference).
        qt().withExamples(30).forAll(lists().of(integers().between(-500, 500)).ofSizeBetween(2, 6), integers().between(-99, 300))
                .assuming((xs, c) -> xs.stream().distinct().count() > 1)
                .checkAssert((xs, c) -> {
                    String chains = xs.stream().map(x -> x / 100.0 + "").collect(Collectors.joining(", "));
                    String perChain = IntStream.range(0, xs.size()).mapToObj(i -> "\"llc-chain/" + i + "\": " + xs.get(i) / 100.0)
                            .collect(Collectors.joining(", "));
                    String shifted = xs.stream().map(x -> (x + c) / 100.0 + "").collect(Collectors.joining(", "));
                    JsonNode a = only("{\"lambda\": 1, \"chains\": [" + chains + "]}");
                    JsonNode b = only("{\"lambda\": 1, " + perChain + "}");
                    JsonNode s = only("{\"lambda\": " + (100 + c) / 100.0 + ", \"chains\": [" + shifted + "]}");
                    for (String f : List.of("lambdaHat", "stderr", "z")) {
                        assertEquals(a.get(f).asDouble(), b.get(f).asDouble(), 0, f);
                    }
                    assertEquals(a.get("stderr").asDouble(), s.get("stderr").asDouble(), 1e-12);
                    assertEquals(a.get("z").asDouble(), s.get("z").asDouble(), 1e-9);
                });
    }
}
