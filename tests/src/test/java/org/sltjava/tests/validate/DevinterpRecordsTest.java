package org.sltjava.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Rational;

/**
 * Gap 4 of issue 18 and its "done when": the 65 records of devinterp 1.3.2 on reduced-rank
 * regression (5 models x 13 settings, fixture {@code devinterp-rrr.jsonl}) go through
 * {@code slt validate --group-by setting} with nothing added but a {@code catalog} field (the text
 * of their {@code model}) and devinterp's own names for the estimate; every line gets the
 * catalogue's value, and the per-setting summary reproduces the biases, relative errors and
 * shares within k standard errors that this test computes from the records by itself, against
 * the records' own {@code exact} (the published value, written by the data's author).
 */
class DevinterpRecordsTest {

    private static List<ObjectNode> records;

    @BeforeAll
    static void read() throws IOException {
        records = new ArrayList<>();
        try (InputStream in = DevinterpRecordsTest.class.getResourceAsStream("/devinterp-rrr.jsonl")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    records.add((ObjectNode) ValidateRun.JSON.readTree(l));
                }
            }
        }
        assertEquals(65, records.size());
    }

    /** The records as input lines: catalog = model, then the estimate renamed by {@code rename}. */
    private static String input(UnaryOperator<ObjectNode> rename) {
        return records.stream().map(r -> {
            ObjectNode o = r.deepCopy();
            o.put("catalog", r.get("model").asText());
            return rename.apply(o).toString();
        }).collect(Collectors.joining("\n"));
    }

    private static ObjectNode devinterpNames(ObjectNode o) {
        o.set("llc/mean", o.remove("llc_mean"));
        o.set("llc/std", o.remove("llc_std"));
        return o;
    }

    @Test
    void perSettingSummaryReproducesTheBiasesComputedFromTheRecords() {
        ValidateRun run = ValidateRun.of(input(DevinterpRecordsTest::devinterpNames), "validate", "--group-by", "setting");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> answers = run.answers().stream().filter(l -> !l.has("group")).toList();
        assertEquals(65, answers.size());
        for (int i = 0; i < 65; i++) {
            JsonNode o = answers.get(i);
            assertEquals("catalog", o.get("reference").asText(), o::toString);
            assertEquals(Rational.of(records.get(i).get("exact").decimalValue()), Rational.parse(o.get("lambda").asText()), o::toString);
            assertEquals(records.get(i).get("setting").asText(), o.get("setting").asText(), "the extra fields are echoed");
            assertEquals(8, o.get("num_chains").asInt());
        }

        // By hand: per setting, bias = mean of (llc_mean - exact), relative error = mean of (llc_mean - exact)/exact, and
        // within k when (llc_mean - exact)^2 * 8 <= k^2 llc_std^2 (se = llc_std / sqrt(8)), decided in exact decimals.
        Map<String, List<ObjectNode>> bySetting = new LinkedHashMap<>();
        records.forEach(r -> bySetting.computeIfAbsent(r.get("setting").asText(), k -> new ArrayList<>()).add(r));
        List<JsonNode> groups = run.groups();
        assertEquals(13, groups.size());
        int g = 0;
        for (Map.Entry<String, List<ObjectNode>> e : bySetting.entrySet()) {
            JsonNode group = groups.get(g++);
            assertEquals(e.getKey(), group.get("group").get("setting").asText());
            JsonNode s = group.get("summary");
            List<ObjectNode> rs = e.getValue();
            double bias = rs.stream().mapToDouble(r -> r.get("llc_mean").asDouble() - r.get("exact").asDouble()).average().orElseThrow();
            double rel = rs.stream().mapToDouble(r -> (r.get("llc_mean").asDouble() - r.get("exact").asDouble()) / r.get("exact").asDouble())
                    .average().orElseThrow();
            assertEquals(rs.size(), s.get("compared").asInt());
            assertEquals(bias, s.get("meanBias").asDouble(), 1e-12, e.getKey());
            assertEquals(rel, s.get("meanRelativeError").asDouble(), 1e-12, e.getKey());
            for (int k = 1; k <= 3; k++) {
                int kk = k;
                long inside = rs.stream().filter(r -> {
                    BigDecimal d = r.get("llc_mean").decimalValue().subtract(r.get("exact").decimalValue());
                    BigDecimal std = r.get("llc_std").decimalValue();
                    return d.multiply(d).multiply(BigDecimal.valueOf(8)).compareTo(std.multiply(std).multiply(BigDecimal.valueOf(kk * kk))) <= 0;
                }).count();
                assertEquals(inside / (double) rs.size(), s.get("within" + k).asDouble(), 0, e.getKey() + " within" + k);
            }
        }
        assertEquals(65, run.summary().get("compared").asInt());
    }

    @Test
    void perChainValuesGiveTheSameMeansAndMaxBiasSetsTheExitStatus() {
        // The records' llc_chains as chains: the mean of the chains is devinterp's llc_mean up to its float32 arithmetic,
        // and their sample standard deviation is its llc_std (torch's unbiased std): equal to a few float32 roundings
        // (relative 1e-6).
        String input = input(o -> {
            o.set("chains", o.remove("llc_chains"));
            o.remove("llc_mean");
            o.remove("llc_std");
            return o;
        });
        ValidateRun run = ValidateRun.of(input, "validate", "--group-by", "setting,lr");
        List<JsonNode> answers = run.answers().stream().filter(l -> !l.has("group")).toList();
        double worstBias = 0;
        for (int i = 0; i < 65; i++) {
            ObjectNode r = records.get(i);
            double mean = r.get("llc_mean").asDouble();
            double se = r.get("llc_std").asDouble() / Math.sqrt(8);
            assertEquals(mean, answers.get(i).get("lambdaHat").asDouble(), 1e-6 * Math.max(1, Math.abs(mean)), answers.get(i)::toString);
            assertEquals(se, answers.get(i).get("stderr").asDouble(), 1e-6 * se, answers.get(i)::toString);
        }
        for (JsonNode group : run.groups()) {
            assertTrue(group.get("group").has("lr"), group::toString);
            worstBias = Math.max(worstBias, Math.abs(group.get("summary").get("meanBias").asDouble()));
        }
        assertEquals(0, ValidateRun.of(input, "validate", "--group-by", "setting", "--max-bias", Double.toString(worstBias * 1.001)).status());
        ValidateRun failing = ValidateRun.of(input, "validate", "--group-by", "setting", "--max-bias", Double.toString(worstBias * 0.999));
        assertEquals(1, failing.status());
        assertTrue(failing.err().contains("beyond --max-bias"), failing.err());
    }
}
