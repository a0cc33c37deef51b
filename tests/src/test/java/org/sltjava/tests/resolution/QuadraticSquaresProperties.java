package org.sltjava.tests.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.resolution.QuadraticSquares;

/**
 * The LDL^T proof of non-negativity of quadratics against quadratics built from their squares:
 * a positive combination of squares of affine forms is found (and expands back to itself, with
 * positive weights), and one that subtracts the square of a coordinate its other forms do not
 * contain is refused (it tends to minus infinity along that coordinate).
 */
class QuadraticSquaresProperties {

    private static final List<String> VARS = List.of("x", "y", "z", "t");

    /** A random affine form in the given variables with small integer coefficients. */
    private static Polynomial form(List<String> vars, SplittableRandom random) {
        Polynomial l = Polynomial.constant(random.nextInt(-3, 4));
        for (String v : vars) {
            l = l.add(Polynomial.variable(v).scale(Rational.of(random.nextInt(-2, 3))));
        }
        return l;
    }

    private static Polynomial positiveCombination(List<String> vars, SplittableRandom random) {
        Polynomial f = Polynomial.zero();
        int forms = random.nextInt(1, vars.size() + 2);
        for (int k = 0; k < forms; k++) {
            Polynomial l = form(vars, random);
            f = f.add(l.multiply(l).scale(Rational.of(random.nextInt(1, 5), random.nextInt(1, 4))));
        }
        return f;
    }

    @Test
    void positiveCombinationsOfSquaresAreFoundWithPositiveWeights() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> vars = VARS.subList(0, random.nextInt(1, 5));
            Polynomial f = positiveCombination(vars, random);
            Optional<QuadraticSquares> q = QuadraticSquares.of(f, vars);
            assertTrue(q.isPresent(), f::toString);
            assertEquals(f, q.get().expanded());
            assertTrue(q.get().weights().stream().allMatch(w -> w.signum() > 0), q.get()::toString);
            assertTrue(q.get().forms().size() <= vars.size() + 1, q.get()::toString);
        });
    }

    @Test
    void subtractingTheSquareOfAFreeCoordinateIsRefused() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> vars = VARS.subList(0, random.nextInt(2, 5));
            List<String> others = new ArrayList<>(vars.subList(1, vars.size()));
            Polynomial free = Polynomial.variable(vars.getFirst()).subtract(Polynomial.constant(random.nextInt(-2, 3)));
            Polynomial f = positiveCombination(others, random).subtract(free.multiply(free).scale(Rational.of(random.nextInt(1, 4))));
            assertTrue(QuadraticSquares.of(f, vars).isEmpty(), f::toString);
        });
    }

    /** x^2 + 2xy + 2y^2 - 2y + 1 = (x + y)^2 + (y - 1)^2: zero set the point (-1, 1); x^2 + 1 has none. */
    @Test
    void examples() {
        Polynomial f = Polynomial.variable("x").add(Polynomial.variable("y"));
        Polynomial g = Polynomial.variable("y").subtract(Polynomial.one());
        QuadraticSquares q = QuadraticSquares.of(f.multiply(f).add(g.multiply(g)), List.of("x", "y")).orElseThrow();
        assertEquals(List.of(f, g), q.forms());
        assertEquals(List.of(Rational.ONE, Rational.ONE), q.weights());
        Polynomial h = Polynomial.variable("x").multiply(Polynomial.variable("x")).add(Polynomial.one());
        QuadraticSquares noZero = QuadraticSquares.of(h, List.of("x")).orElseThrow();
        assertEquals(Polynomial.one(), noZero.forms().getLast());
    }
}
