package org.sltjava.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.PolynomialParser;
import org.sltjava.symja.SymjaReader;

/**
 * The optional Symja reader: Mathematica syntax that the core parser refuses reads to the same
 * exact polynomial as a plain expression for it (each pair below is equal by hand expansion),
 * and what is not a polynomial with rational coefficients is refused with the core's error type.
 */
class SymjaReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // Symja text; the same polynomial in the core parser's language
        "Expand[(x y - 1)^2]; x^2*y^2 - 2*x*y + 1",
        "Sum[x^i, {i, 1, 3}]; x + x^2 + x^3",
        "2 a b + 1/2 c; 2*a*b + c/2",
        // (a c + b d - 1)^2: the 1x1 matrix {{a, b}}.{{c}, {d}} minus {{1}}, squared entrywise and summed
        "Total[Flatten[({{a, b}}.{{c}, {d}} - {{1}})^2]]; (a*c + b*d - 1)^2",
    })
    void readsMathematicaSyntaxToTheSamePolynomial(String symja, String plain) {
        assertEquals(PolynomialParser.parse(plain), SymjaReader.parse(symja));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Sin[x]; not a polynomial",
        "0.5*x^2; decimals",
        "Pi*x^2; rational coefficients",
        "x^(1/2); not a polynomial",
        "x^2 +* ; could not",
    })
    void refusesWithTheCoreErrorType(String symja, String phrase) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SymjaReader.parse(symja));
        assertTrue(e.getMessage().contains(phrase), e.getMessage());
    }

    /**
     * Expansions too large to finish (about 10^8 and 10^13 terms) are refused, never waited for
     * past the limit, and the abandoned expansion stops: left running, it held a core until the
     * JVM exited and slowed every later test of this JVM about sevenfold.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Expand[(x + y + z + w + v + u + t)^60]", "Expand[(x + y + z + w + v + u + t)^2000]"})
    void refusesHugeExpansionsWithinItsTimeLimit(String symja) {
        long start = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SymjaReader.parse(symja, Duration.ofSeconds(2)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 3, "answered after " + seconds + " s");
        assertTrue(e.getMessage().contains("Symja"), e.getMessage());
        assertTrue(noExpansionRunsWithin(Duration.ofSeconds(10)), "an abandoned Symja expansion still runs 10 s after it was stopped");
    }

    /** Whether every thread the reader started ("slt-symja") has ended within {@code wait}. */
    private static boolean noExpansionRunsWithin(Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("slt-symja") && t.isAlive())) {
                return true;
            }
            LockSupport.parkNanos(10_000_000L);
        }
        return false;
    }
}
