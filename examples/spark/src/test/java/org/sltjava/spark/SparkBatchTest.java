package org.sltjava.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sltjava.cli.BatchAnswerer;
import org.sltjava.cli.Slt;

/**
 * The Spark job, embedded in local mode, against {@code slt batch} on the same few hundred lines:
 * generated problems, malformed lines of every kind and numeric checks; every result line must be
 * the batch's (apart from the time fields), in the same order, and no line may fail the job.
 */
@Tag("slow")
class SparkBatchTest {

    /** Lines that batch answers with an error line, each for another reason. */
    private static final List<String> MALFORMED = List.of(
            "{\"id\": \"cut\", \"K\": ",
            "not json at all",
            "[1, 2, 3]",
            "{\"id\": \"typo\", \"K\": \"x^2\", \"Box\": [0, 1]}",
            "{\"id\": \"no-K\"}",
            "{\"id\": \"sin\", \"K\": \"x^2 + sin(y)\"}",
            "{\"id\": \"outside\", \"K\": \"x^2\", \"at\": {\"x\": 2}}",
            "{\"id\": \"negative\", \"K\": \"x - 1/2\", \"box\": [0, 1]}",
            "{\"id\": \"seed\", \"K\": \"x^2\", \"estimate\": true, \"seed\": 1.5}",
            "{\"id\": 7, \"K\": \"x^2\"} trailing");

    @TempDir
    Path dir;

    private static String batch(String input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Slt.run(new String[] {"batch", "--budget", "60"}, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        return out.toString();
    }

    /** The output's lines with the time fields, which measure the run and not the answer, set to 0. */
    private static List<String> withoutTimes(String output) {
        return output.lines().map(l -> l.replaceAll("\"(millis|estimateMillis)\":[0-9]+", "\"$1\":0")).toList();
    }

    @Test
    void everyLineGetsTheAnswerOfBatchInInputOrder() throws IOException {
        List<String> lines = new ArrayList<>();
        StringWriter generated = new StringWriter();
        assertEquals(0, Slt.run(new String[] {"generate", "--count", "240", "--seed", "3", "--max-vars", "2"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(generated), new PrintWriter(new StringWriter())));
        lines.addAll(generated.toString().lines().toList());
        for (int i = 0; i < MALFORMED.size(); i++) {
            lines.add(7 + 23 * i, MALFORMED.get(i));
            lines.add(11 + 23 * i, "");
        }
        lines.add(40, "{\"id\": \"check-1\", \"K\": \"x^2*y^4\", \"estimate\": true, \"budget\": 0.2, \"seed\": 5}");
        lines.add(170, "{\"id\": \"check-2\", \"K\": \"(x*y)^2\", \"estimate\": true, \"budget\": 0.2, \"seed\": 6}");
        String input = String.join("\n", lines) + "\n";
        Path in = Files.writeString(dir.resolve("problems.jsonl"), input);
        Path out = dir.resolve("results");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("slt-spark-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        SparkBatch.Summary summary;
        try {
            summary = SparkBatch.run(spark, in.toString(), out.toString(), false, BatchAnswerer.of("standard", 60), 0, 0);
        } finally {
            spark.stop();
        }

        List<String> expected = withoutTimes(batch(input));
        List<String> actual = withoutTimes(partFiles(out));
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        assertEquals(nonBlank, expected.size(), "batch: one answer per non-blank line");
        assertEquals(nonBlank, summary.lines());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "answer " + (i + 1));
        }
        assertEquals(MALFORMED.size(), actual.stream().filter(l -> l.contains("\"status\":\"error\"")).count());
        assertTrue(actual.stream().anyMatch(l -> l.contains("\"id\":\"check-2\"") && l.contains("\"lambdaHat\"")), "numeric checks ran");
    }

    /** The part files' lines in name order: the job's output in input order. */
    private static String partFiles(Path out) throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                s.append(Files.readString(p));
            }
        }
        return s.toString();
    }
}
