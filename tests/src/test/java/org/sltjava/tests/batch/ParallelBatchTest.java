package org.sltjava.tests.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.cli.Slt;

/**
 * {@code slt batch --jobs N}: the same bytes for any N (apart from the time fields), answers in
 * input order, and each answer written as soon as it and those before it are done.
 * Tagged slow (9 s: a numeric check and 30 generated problems, twice): it runs in the whole suite, not the quick loop.
 */
@Tag("slow")
class ParallelBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A numeric check whose fixed amount of work (a 4 s budget: about 2 s on two quiet cores) makes a slow line. */
    private static final String SLOW = "{\"id\": \"slow\", \"K\": \"x^2*y^4\", \"estimate\": true, \"budget\": 4}";

    private static String slt(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Slt.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        return out.toString();
    }

    /** The output with the time fields, which measure the run and not the answer, set to 0. */
    private static String withoutTimes(String output) {
        return output.replaceAll("\"(millis|estimateMillis)\":[0-9]+", "\"$1\":0");
    }

    private static List<String> ids(String output) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : output.split("\n")) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        return ids;
    }

    @Test
    void oneAndFourJobsWriteTheSameBytes() throws IOException {
        // Generated problems, malformed lines, and numeric checks whose seeds come from the line. The
        // problems are small and the budget generous (the slowest line takes a few seconds), so that
        // no line comes near its time budget: wall-clock time is the one thing the thread count changes.
        List<String> lines = new ArrayList<>(List.of(slt("", "generate", "--count", "30", "--seed", "17", "--max-vars", "3").split("\n")));
        lines.add(7, "{\"id\": \"cut\", \"K\": ");
        lines.add(13, "");
        lines.add(19, "[1, 2]");
        lines.add(23, "{\"id\": \"typo\", \"K\": \"x^2\", \"Box\": [0, 1]}");
        lines.add(29, "{\"id\": \"check-1\", \"K\": \"x^2*y^2\", \"estimate\": true, \"budget\": 0.3, \"seed\": 11}");
        lines.add(31, "{\"id\": \"check-2\", \"K\": \"(x*y)^2 + z^4\", \"estimate\": true, \"budget\": 0.3, \"seed\": 12}");
        String input = String.join("\n", lines);

        String one = slt(input, "batch", "--jobs", "1", "--budget", "60");
        String four = slt(input, "batch", "--jobs", "4", "--budget", "60");

        assertEquals(withoutTimes(one), withoutTimes(four));
        assertEquals(lines.size() - 1, one.split("\n").length, "one answer per non-blank line");
        assertTrue(one.contains("\"id\":\"check-2\",\"status\":\"exact\"") && one.contains("\"lambdaHat\""), one);
        assertTrue(one.contains("line 8: malformed JSON"), one);
    }

    @Test
    void answersFollowTheInputOrderWhenAnEarlyLineIsSlow() throws IOException {
        StringBuilder input = new StringBuilder(SLOW).append('\n');
        List<String> expected = new ArrayList<>(List.of("slow"));
        for (int i = 1; i <= 12; i++) {
            input.append("{\"id\": \"").append(i).append("\", \"K\": \"x^").append(2 * i).append("\"}\n");
            expected.add(String.valueOf(i));
        }
        String out = slt(input.toString(), "batch", "--jobs", "2");
        assertEquals(expected, ids(out));
        // x^(2i): lambda = 1/(2i), m = 1 (the monomial rule); the last line, answered while the first was running, is right too.
        assertEquals("1/24", JSON.readTree(out.split("\n")[12]).get("lambda").asText());
    }

    @Test
    void eachAnswerIsWrittenOnceItAndThoseBeforeItAreDone() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        InputStream stdin = new PipedInputStream(feed, 1 << 16);
        TimedLines out = new TimedLines();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> Slt.run(new String[] {"batch", "--jobs", "2"}, stdin, new PrintWriter(out), new PrintWriter(new StringWriter())));
        String lines = "{\"id\": \"first\", \"K\": \"x^2\"}\n" + SLOW + "\n{\"id\": \"third\", \"K\": \"y^4\"}\n";
        feed.write(lines.getBytes(StandardCharsets.UTF_8));
        feed.flush();

        // The input is still open and the slow line still running: the first answer is out, the third
        // (done in milliseconds on the other thread) waits for the slow one.
        List<String> early = out.awaitLines(1, 60_000);
        Thread.sleep(300);
        List<String> stillEarly = out.lines();
        feed.close();
        assertEquals(0, run.get(120, TimeUnit.SECONDS));

        assertTrue(early.getFirst().contains("\"id\":\"first\""), early.toString());
        assertEquals(1, stillEarly.size(), "only the first answer before the slow one is done: " + stillEarly);
        List<String> all = out.lines();
        assertEquals(3, all.size(), all.toString());
        JsonNode slow = JSON.readTree(all.get(1));
        assertEquals("slow", slow.get("id").asText());
        assertTrue(slow.get("evaluations").asLong() > 0, slow.toString());
        assertTrue(all.get(2).contains("\"id\":\"third\""), all.toString());
    }

    @Test
    void refusesZeroJobs() {
        StringWriter err = new StringWriter();
        int status = Slt.run(new String[] {"batch", "--jobs", "0"}, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, status);
        assertTrue(err.toString().contains("--jobs must be at least 1"), err.toString());
    }

    /** A writer that collects complete lines as they are written, for a test to watch. */
    private static final class TimedLines extends Writer {
        private final StringBuilder pending = new StringBuilder();
        private final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines.add(pending.toString());
                    pending.setLength(0);
                    notifyAll();
                } else {
                    pending.append(buf[i]);
                }
            }
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        synchronized List<String> awaitLines(int count, long timeoutMillis) throws InterruptedException {
            long end = System.currentTimeMillis() + timeoutMillis;
            while (lines.size() < count && System.currentTimeMillis() < end) {
                wait(Math.max(1, end - System.currentTimeMillis()));
            }
            return List.copyOf(lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
