package org.sltjava.tests.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sltjava.cli.Slt;

/**
 * The committed pictures of the guide and the README (examples/guide/images) are reproducible
 * from the commands the guide prints: every line {@code bin/slt plot ... --out
 * examples/guide/images/NAME.svg [< INPUT]} of the guide's markdown is run again in process and
 * must give the committed file byte for byte, and every committed picture has such a command.
 * An input that is itself the output of a command (the devinterp records through {@code slt
 * validate}) is checked against that command.
 *
 * <p>Layout depends on the metrics of the logical font SansSerif; the images were made where it is
 * DejaVu Sans. On a machine whose SansSerif measures differently the comparison is skipped (an
 * assumption, reported as such), not failed.
 */
class GuideImagesTest {

    /** Width in pixels of {@link #PROBE} in SansSerif 12 on the machine that made the images (DejaVu Sans). */
    private static final double PROBE_WIDTH = 272.0;
    private static final String PROBE = "Newton polygon of K: lambda = 5/12, m = 1";
    private static final String PREFIX = "bin/slt plot ";
    private static final String IMAGES = "examples/guide/images/";

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/guide"))) {
            p = p.getParent();
        }
        assertTrue(p != null, "examples/guide not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    /** The plot commands printed in the guide's markdown files. */
    private static List<String> commands(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("examples/guide"))) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Files.readAllLines(md).stream().map(String::strip)
                        .filter(l -> l.startsWith(PREFIX) && l.contains("--out " + IMAGES)).forEach(out::add);
            }
        }
        return out;
    }

    /** Words of a shell line: spaces separate, single quotes group. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words;
    }

    @Test
    void everyCommittedPictureComesFromAGuideCommandAndIsReproduced(@TempDir Path tmp) throws IOException {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        double width = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12)).getStringBounds(PROBE, g).getWidth();
        assumeTrue(width == PROBE_WIDTH, "SansSerif measures " + width + " here, not " + PROBE_WIDTH
                + " as where the committed pictures were made: layouts differ, so bytes are not compared");
        Path root = root();
        List<String> commands = commands(root);
        assertFalse(commands.isEmpty(), "the guide prints no plot commands");
        Set<String> made = new TreeSet<>();
        for (String line : commands) {
            List<String> words = words(line.substring("bin/slt ".length()));
            Path input = null;
            int redirect = words.indexOf("<");
            if (redirect >= 0) {
                input = root.resolve(words.get(redirect + 1));
                words = words.subList(0, redirect);
            }
            List<String> args = new ArrayList<>(words);
            int out = args.indexOf("--out") + 1;
            String committed = args.get(out);
            Path fresh = tmp.resolve(Path.of(committed).getFileName());
            args.set(out, fresh.toString());
            StringWriter err = new StringWriter();
            try (InputStream in = input == null ? new ByteArrayInputStream(new byte[0]) : Files.newInputStream(input)) {
                int status = Slt.run(args.toArray(String[]::new), in, new PrintWriter(new StringWriter()), new PrintWriter(err));
                assertEquals(0, status, line + ": " + err);
            }
            assertEquals(Files.readString(root.resolve(committed)), Files.readString(fresh), line + " no longer gives " + committed);
            made.add(Path.of(committed).getFileName().toString());
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> images = Files.list(root.resolve(IMAGES))) {
            images.filter(f -> f.toString().endsWith(".svg")).forEach(f -> present.add(f.getFileName().toString()));
        }
        assertEquals(present, made, "committed pictures without a command in the guide, or commands without a picture");
    }

    /**
     * The input of the per-setting picture, examples/guide/data/devinterp-validated.jsonl, is what
     * the guide's command makes of the devinterp fixture: jq renames the estimate to devinterp's
     * names and adds {@code catalog}, {@code slt validate --group-by setting} answers (from the
     * catalogue: no engine, no estimate, so the output is deterministic). Run again in process, it
     * gives the committed lines; numbers are compared by value, since jq writes 100.0 as 100 and
     * 1e-05 as 1e-05 (validate echoes them as read).
     */
    @Test
    void theValidatedDevinterpRecordsAreValidatesOutputOnTheFixture() throws IOException {
        Path root = root();
        String guide = Files.readString(root.resolve("examples/guide/validating-samplers.md"));
        assertTrue(guide.contains("tests/src/test/resources/devinterp-rrr.jsonl | bin/slt validate --group-by setting > "
                + "examples/guide/data/devinterp-validated.jsonl"), "the guide prints the command that makes the data");
        ObjectMapper json = new ObjectMapper();
        StringBuilder input = new StringBuilder();
        for (String l : Files.readAllLines(root.resolve("tests/src/test/resources/devinterp-rrr.jsonl"))) {
            if (!l.isBlank()) {
                ObjectNode o = (ObjectNode) json.readTree(l);
                o.put("catalog", o.get("model").asText());
                o.set("llc/mean", o.remove("llc_mean"));
                o.set("llc/std", o.remove("llc_std"));
                input.append(o).append('\n');
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Slt.run(new String[] {"validate", "--group-by", "setting"},
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        List<String> fresh = out.toString().lines().toList();
        List<String> committed = Files.readAllLines(root.resolve("examples/guide/data/devinterp-validated.jsonl"));
        assertEquals(65 + 13 + 1, committed.size(), "65 records, 13 settings' summaries and the overall one");
        assertEquals(committed.size(), fresh.size());
        Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.doubleValue(), b.doubleValue())
                : a.equals(b) ? 0 : 1;
        for (int i = 0; i < committed.size(); i++) {
            JsonNode c = json.readTree(committed.get(i));
            JsonNode f = json.readTree(fresh.get(i));
            assertTrue(c.equals(byValue, f), "line " + (i + 1) + " differs:\n" + committed.get(i) + "\n" + fresh.get(i));
        }
    }
}
