package org.sltjava.tests.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.catalog.Catalog;
import org.sltjava.core.catalog.CatalogEntry;
import org.sltjava.core.catalog.DeepLinearNetwork;
import org.sltjava.core.catalog.ReducedRankRegression;

/**
 * Gap 3 of issue 18: the catalogue is named as it names itself, a line from {@code slt catalog
 * --json} reads back as a catalogue reference with its citation, and the field rules are the
 * same on every kind of line (on main a problem line refused a setting field that a catalogue
 * line accepted, and a catalogue line accepted a mistyped field that a problem line refused).
 */
class CatalogueNamesTest {

    @Test
    void theIdsTheCatalogueWritesReadBackToTheSameEntry() {
        // Property: for every family instance, Catalog.entry(e.id()) is the same (lambda, m) as the entry itself, in the
        // printed form with commas and in the command line's form with spaces.
        qt().withExamples(15).forAll(integers().between(1, 4), integers().between(1, 4), integers().between(1, 3), integers().between(0, 3))
                .assuming((m, n, h, r) -> r <= Math.min(h, Math.min(m, n)))
                .checkAssert((m, n, h, r) -> {
                    var f = ReducedRankRegression.closedForm(m, n, h, r);
                    String id = "rrr M=" + m + ", N=" + n + ", H=" + h + ", r=" + r;
                    for (String text : List.of(id, id.replace(",", ""), " " + id.replace(", ", ",") + " ")) {
                        CatalogEntry e = Catalog.entry(text);
                        assertEquals(f.lambda(), e.lambda(), text);
                        assertEquals(f.m(), e.m(), text);
                        assertEquals(id, e.id(), text);
                    }
                });
        CatalogEntry dln = Catalog.entry("dln", Map.of("H1", 2, "H2", 3, "H3", 3, "H4", 2, "r", 0));
        var f = DeepLinearNetwork.closedForm(new int[] {2, 3, 3, 2}, 0);
        for (String text : List.of(dln.id(), "dln H1=2 H2=3 H3=3 H4=2 r=0", "dln widths=[2, 3, 3, 2], r=0")) {
            assertEquals(f.lambda(), Catalog.entry(text).lambda(), text);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Catalog.entry("rrr M=3, M=4, N=3, H=2, r=1"));
        assertTrue(e.getMessage().contains("M is given twice"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Catalog.entry("rrr M=3, N=3, H=2, r=1, K=2"));
        assertTrue(e.getMessage().contains("no parameter 'K'"), e.getMessage());
    }

    @Test
    void validateAcceptsThePrintedIdAndReadsTheCatalogueLineBackAsTheCatalogue() throws Exception {
        // M = N = 3, H = 2, r = 1: main case, M + H + N + r = 9 odd: (2 * 3 * 6 - 0 - 9 + 1)/8 = 28/8 = 7/2, m = 2
        // (Aoyagi and Watanabe 2005).
        JsonNode printed = ValidateRun.of("{\"catalog\": \"rrr M=3, N=3, H=2, r=1\", \"lambdaHat\": 3.5, \"stderr\": 0.1}", "validate")
                .answers().getFirst();
        assertEquals("catalog", printed.get("reference").asText(), printed::toString);
        assertEquals("7/2", printed.get("lambda").asText());
        assertEquals(2, printed.get("m").asInt());

        ValidateRun catalog = ValidateRun.of("", "catalog", "rrr", "M=3,", "N=3,", "H=2,", "r=1", "--json");
        assertEquals(0, catalog.status(), catalog.err());
        ObjectNode line = (ObjectNode) catalog.lines().getFirst();
        line.put("lambdaHat", 3.3).put("stderr", 0.1);
        JsonNode back = ValidateRun.of(line.toString(), "validate").answers().getFirst();
        assertEquals("catalog", back.get("reference").asText(), back::toString);
        assertTrue(back.get("citation").asText().contains("Aoyagi and Watanabe (2005)"), back::toString);

        line.put("lambda", "3");
        JsonNode disagreeing = ValidateRun.of(line.toString(), "validate").answers().getFirst();
        assertTrue(disagreeing.get("error").asText().contains("disagrees with the catalogue's 7/2"), disagreeing::toString);
    }

    @Test
    void theFieldRulesAreTheSameOnEveryKindOfLine() {
        String[] references = {"\"lambda\": \"1/4\"", "\"catalog\": \"rrr M=1 N=1 H=1 r=0\"", "\"K\": \"x^2*y^4\""};
        for (String ref : references) {
            // Extra fields are kept and echoed, whatever the reference.
            JsonNode kept = ValidateRun.of("{" + ref + ", \"lambdaHat\": 0.3, \"stderr\": 0.1, \"setting\": \"a\", \"lr\": 0.001}",
                    "validate").answers().getFirst();
            assertEquals("a", kept.get("setting").asText(), kept::toString);
            assertEquals(0.001, kept.get("lr").asDouble(), kept::toString);
            assertTrue(kept.has("z"), kept::toString);
            // A field differing from a known one only in case is a likely typo, refused on every kind of line.
            JsonNode typo = ValidateRun.of("{" + ref + ", \"lambdaHat\": 0.3, \"stderr\": 0.1, \"Box\": [0, 1]}", "validate")
                    .answers().getFirst();
            assertTrue(typo.get("error").asText().contains("unknown field \"Box\": did you mean \"box\"?"), typo::toString);
            // A field validate writes itself would be lost: refused.
            JsonNode written = ValidateRun.of("{" + ref + ", \"lambdaHat\": 0.3, \"stderr\": 0.1, \"z\": 1}", "validate")
                    .answers().getFirst();
            assertTrue(written.get("error").asText().contains("\"z\" is written by validate"), written::toString);
        }
    }
}
