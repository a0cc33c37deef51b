package org.sltjava.tests.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
}
