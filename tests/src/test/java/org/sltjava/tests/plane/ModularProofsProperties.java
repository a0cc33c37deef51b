package org.sltjava.tests.plane;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.resolution.Deadline;
import org.sltjava.resolution.ModularProofs;

/**
 * The tests modulo a prime that let the resolution skip factoring K (issue 13) never claim what
 * is false: a polynomial with a repeated factor, {@code f^2 g}, is never "proven squarefree", and
 * a constant times a cube or a higher power, {@code c f^k} with k >= 3, is never "proven no power
 * above 2", whatever the non-constant f (the proofs are in {@link ModularProofs}). They also
 * decide the cases the plane resolution meets: the cusp {@code y^2 - x^3} is squarefree
 * ({@code K(x, z) = z^2 - x^3} has three simple roots for every z != 0 modulo the prime) and its
 * square is no power above 2 (the gcd of K(x, z) and its derivative is the cusp's specialisation,
 * of degree 3 of 6, below two thirds).
 */
class ModularProofsProperties {

    private static final List<String> VARS = List.of("x", "y");

    /** Non-constant polynomials in x, y of degree at most 3 with coefficients in [-3, 3] (x^3 + y when all are 0). */
    private static Gen<Polynomial> polynomials() {
        int[][] exponents = {{1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}, {2, 1}, {0, 3}};
        return lists().of(integers().between(-3, 3)).ofSize(exponents.length).map(c -> {
            Polynomial p = Polynomial.zero();
            for (int i = 0; i < exponents.length; i++) {
                p = p.add(Polynomial.variable("x").pow(exponents[i][0]).multiply(Polynomial.variable("y").pow(exponents[i][1]))
                        .scale(Rational.of(c.get(i))));
            }
            return p.isConstant() ? Polynomial.variable("y").add(Polynomial.variable("x").pow(3)) : p;
        });
    }

    @Test
    void aRepeatedFactorIsNeverProvenSquarefree() {
        qt().withExamples(200).forAll(polynomials(), polynomials()).checkAssert((f, g) -> assertFalse(
                ModularProofs.provenSquarefree(f.multiply(f).multiply(g), VARS, Deadline.none()), "f = " + f + ", g = " + g));
    }

    @Test
    void aCubeOrHigherPowerIsNeverProvenNoPowerAboveTwo() {
        qt().withExamples(200).forAll(polynomials(), integers().between(3, 6), integers().between(-5, 5)).checkAssert((f, k, c) -> {
            Rational scale = Rational.of(c == 0 ? 7 : c, 3);
            assertFalse(ModularProofs.provenNoPowerAboveTwo(f.pow(k).scale(scale), VARS, Deadline.none()), "f = " + f + ", k = " + k);
        });
    }

    @Test
    void theCuspIsSquarefreeAndItsSquareNoHigherPower() {
        Polynomial cusp = Polynomial.variable("y").pow(2).subtract(Polynomial.variable("x").pow(3));
        assertTrue(ModularProofs.provenSquarefree(cusp, VARS, Deadline.none()));
        assertFalse(ModularProofs.provenSquarefree(cusp.pow(2), VARS, Deadline.none()));
        assertTrue(ModularProofs.provenNoPowerAboveTwo(cusp.pow(2), VARS, Deadline.none()));
        assertFalse(ModularProofs.provenNoPowerAboveTwo(cusp.pow(3), VARS, Deadline.none()));
    }
}
