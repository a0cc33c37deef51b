package org.sltjava.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.cli.Slt;

/**
 * Malformed and extreme lines through {@code slt batch}: every line is answered, in order, each
 * within the per-line budget plus one second, as one JSON object with no stack trace; lines over
 * a size limit are refused with a message naming the limit, and the large but valid lines of
 * issue 14 ({@code (x+y+z+w)^40}, a sum of 3000 squares) are answered within the budget.
 * Tagged slow: its large lines each use their whole budget. The lines run one at a time
 * ({@code --jobs 1}): a line's time is measured from the previous line's output, which is its own
 * time only then ({@code ParallelBatchTest} covers concurrent lines).
 */
@Tag("slow")
class BatchFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUDGET_SECONDS = 5;

    /** One input line and what its answer must satisfy. */
    private record Case(String line, String expect) {
    }

    /** A writer that records the time at which each output line is complete. */
    private static final class TimedLines extends Writer {
        private final StringBuilder current = new StringBuilder();
        final List<String> lines = new ArrayList<>();
        final List<Long> nanos = new ArrayList<>();

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    nanos.add(System.nanoTime());
                    lines.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(buf[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String sumOfSquares(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "x" + i + "^2").collect(Collectors.joining(" + "));
    }

    private static String quotedNames(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "\"x" + i + "\"").collect(Collectors.joining(","));
    }

    /**
     * Expected answers: "exact L" means that an exact answer, if given, must be lambda = L with
     * m = 1 (an honest upper bound or unresolved also passes: the claim is about budgets); "error
     * PHRASE" means a refusal whose message contains PHRASE.
     */
    private static List<Case> cases() {
        return List.of(
                // the first line also pays for starting the command line: x^2 has lambda = 1/2, m = 1
                new Case("{\"id\": 0, \"K\": \"x^2\"}", "exact 1/2"),
                new Case("{\"id\": 5, \"K\": \"" + "(".repeat(100_000) + "x" + ")".repeat(100_000) + "\"}", "error MAX_NESTING"),
                new Case("{\"id\": 6, \"K\": \"x^99999999999999999999999\"}", "error MAX_DEGREE"),
                new Case("{\"id\": 7, \"K\": \"1" + "0".repeat(5000) + "*x^2\"}", "error MAX_NUMBER_DIGITS"),
                new Case("{\"id\": 8, \"K\": \"((10^100)^100)^2*x^2\"}", "error MAX_COEFFICIENT_BITS"),
                new Case("{\"id\": 9, \"K\": \"(x+y+z+w+v+u)^40\"}", "error MAX_TERMS"),
                new Case("{\"id\": 10, \"K\": \"x^200*y^200\"}", "error MAX_DEGREE"),
                new Case("{\"id\": 11, \"K\": \"x1^2\", \"vars\": [" + quotedNames(6000) + "]}", "error MAX_VARIABLES"),
                new Case("{\"id\": 12, \"K\": \"x\u00b2 + y\u00b2\"}", "error unexpected character"),
                new Case("{\"id\": 13, \"K\": \"\ud835\udc65^2\"}", "error U+1D465"),
                new Case("{\"id\": \"\u00fcn\u00efc\u00f8d\u00e9\", \"K\": \"x^2\"}", "exact 1/2"),
                new Case("{\"id\": 15, \"K\": \"x^2", "error malformed JSON"),
                // 1e-3 is read exactly: K = x^2/1000 has lambda = 1/2, m = 1 on any box around 0
                new Case("{\"id\": 16, \"K\": \"1e-3*x^2\"}", "exact 1/2"),
                new Case("{\"id\": 17, \"K\": \"x^2\", \"box\": [-1e-3, 1E-3]}", "exact 1/2"),
                new Case("{\"id\": 18, \"K\": \"1e-99999999*x^2\"}", "error out of range"),
                new Case("[1, 2]", "error expected a JSON object"),
                new Case("null", "error expected a JSON object"),
                new Case("{}", "error field \\\"K\\\""),
                new Case("{\"id\": 22, \"K\": \"" + "x+".repeat(300_000) + "x\"}", "error negative"),
                new Case("{\"id\": 23, \"K\": \"x^2\", \"at\": {\"x\": \"1/0\"}}", "error"),
                new Case("{\"id\": 24, \"K\": \"x^2\\u0000\"}", "error U+0000"),
                // the large valid lines last, so that engines left behind at their budget slow no other line
                // K = u^40 with u = x+y+z+w (a linear change of coordinates): lambda = 1/40, m = 1
                new Case("{\"id\": 1, \"K\": \"(x+y+z+w)^40\"}", "exact 1/40"),
                // K = sum of d squares of distinct coordinates: lambda = d/2, m = 1 (Watanabe 2009, Sec. 2.4)
                new Case("{\"id\": 2, \"K\": \"" + sumOfSquares(3000) + "\"}", "exact 1500"),
                new Case("{\"id\": 3, \"K\": [" + quotedNames(3000) + "]}", "exact 1500"),
                // (1+x+y+z)^30 >= 0 vanishes on a plane through the box: lambda = 1/30, m = 1
                new Case("{\"id\": 4, \"K\": \"(1+x+y+z)^30\"}", "exact 1/30"));
    }

    /** The "id" of a readable input object, or null. */
    private static JsonNode idOf(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return n != null && n.isObject() ? n.get("id") : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void everyLineIsAnsweredInOrderWithinBudgetWithoutStackTrace() throws Exception {
        List<Case> cases = cases();
        String input = cases.stream().map(Case::line).collect(Collectors.joining("\n")) + "\n";
        TimedLines out = new TimedLines();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = Slt.run(new String[] {"batch", "--jobs", "1", "--budget", String.valueOf(BUDGET_SECONDS)},
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, status, err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertEquals(cases.size(), out.lines.size(), String.join("\n", out.lines));
        long previous = start;
        for (int i = 0; i < cases.size(); i++) {
            String text = out.lines.get(i);
            String context = "line " + (i + 1) + ": " + (text.length() > 300 ? text.substring(0, 300) : text);
            double seconds = (out.nanos.get(i) - previous) / 1e9;
            previous = out.nanos.get(i);
            assertTrue(seconds <= BUDGET_SECONDS + 1, context + " took " + seconds + " s");
            assertFalse(text.contains("\tat ") || text.contains("Exception"), context);
            JsonNode node = JSON.readTree(text);
            JsonNode id = idOf(cases.get(i).line());
            if (id != null) {
                assertEquals(id, node.get("id"), context + ": answers in input order");
            }
            String[] expect = cases.get(i).expect().split(" ", 2);
            String statusText = node.get("status").asText();
            if (expect[0].equals("error")) {
                assertEquals("error", statusText, context);
                if (expect.length > 1) {
                    assertTrue(node.get("error").asText().contains(expect[1].replace("\\\"", "\"")), context);
                }
            } else {
                assertTrue(List.of("exact", "upper_bound", "unresolved").contains(statusText), context);
                if (statusText.equals("exact")) {
                    assertEquals(expect[1], node.get("lambda").asText(), context);
                    assertEquals(1, node.get("m").asInt(), context);
                }
            }
        }
    }
}
