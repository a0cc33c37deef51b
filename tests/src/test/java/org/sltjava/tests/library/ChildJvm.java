package org.sltjava.tests.library;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A program run in a child process, with the time at which each line of its standard output
 * arrived and the time at which it exited, so that tests can tell how long a JVM lingers after
 * its last line.
 */
record ChildJvm(List<String> lines, List<Long> lineNanos, long exitNanos, int exitCode, String stderr) {

    /** The JDK running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test JVM's own class path, for a child that runs the project's classes with no extra flags. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** Runs {@code command} in {@code dir} with extra environment variables, waiting at most {@code seconds}. */
    static ChildJvm run(List<String> command, File dir, Map<String, String> env, long seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(stderr unreadable: " + e + ")";
            }
        });
        List<String> lines = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                nanos.add(System.nanoTime());
                lines.add(l);
            }
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not exit within " + seconds + " s: " + command + "\nits output:\n"
                    + String.join("\n", lines));
        }
        long exit = System.nanoTime();
        return new ChildJvm(lines, nanos, exit, p.exitValue(), err.join());
    }

    /** Seconds from the last line of output to the exit (from the start of reading when there was none). */
    double lingerSeconds() {
        return lineNanos.isEmpty() ? Double.NaN : (exitNanos - lineNanos.getLast()) / 1e9;
    }
}
