package org.sltjava.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Library use as a user's program meets it: the example programs, run in a child JVM with the
 * project's class path and no flags, print their answer, leave nothing on stderr (no log line of
 * any dependency) and exit within a few seconds of their last line (no pool thread of JAS keeps
 * the JVM alive; before issue 14 the cusp example lingered about a minute). The command line
 * ({@code Slt.main}, without the launcher's flags) is held to the same.
 */
class PromptExitTest {

    /** Seconds a JVM may take from its last line to its exit (shutdown of a quiet JVM takes milliseconds). */
    private static final double LINGER = 3.0;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // program and arguments; the start of the answer line (with its source)
        // cusp (y^2 - x^3)^2: lambda = 5/12, m = 1 by the Newton polyhedron of y^2 - x^3 (Watanabe 2009)
        "org.sltjava.examples.CuspExample; lambda = 5/12, m = 1 (exact",
        // reduced rank regression M = N = 2, H = 1, true rank 0: lambda = 1, m = 2 (Aoyagi and Watanabe 2005)
        "org.sltjava.examples.ReducedRankExample; engines:   lambda = 1, m = 2 (exact",
        // x^2 y^4 on [-1, 1]^2: lambda = min(1/2, 1/4) = 1/4, m = 1 (monomial rule, Watanabe 2009 Thm 6.1)
        "org.sltjava.cli.Slt rlct x^2*y^4; lambda = 1/4",
    })
    void answersQuietlyAndExitsPromptly(String program, String answer) throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-cp", ChildJvm.classPath()));
        command.addAll(List.of(program.split(" ")));
        ChildJvm run = ChildJvm.run(command, new File("."), Map.of(), 120);

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.lines().stream().anyMatch(l -> l.startsWith(answer)), String.join("\n", run.lines()));
        assertEquals("", run.stderr(), "stderr of " + program);
        assertTrue(run.lingerSeconds() < LINGER, program + " exited " + run.lingerSeconds() + " s after its last line");
    }
}
