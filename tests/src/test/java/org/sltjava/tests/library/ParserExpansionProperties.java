package org.sltjava.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Rational;
import org.sltjava.tests.PolynomialGen;

/**
 * The parser's own expansion (sparse, no Symja) agrees with {@link Polynomial}'s ring operations
 * (dense, written independently): products and powers of parsed texts are the products and
 * powers of the polynomials; scientific notation is read exactly; every size limit is named
 * when a text goes over it.
 */
class ParserExpansionProperties {

    @Test
    void productsOfTextsAreProductsOfPolynomials() {
        qt().withExamples(100).forAll(PolynomialGen.polynomials(4, 3), PolynomialGen.polynomials(4, 3))
                .checkAssert((a, b) -> assertEquals(a.multiply(b), PolynomialParser.parse("(" + a + ")*(" + b + ")")));
    }

    @Test
    void sumsAndDifferencesOfTextsAreThoseOfPolynomials() {
        qt().withExamples(100).forAll(PolynomialGen.polynomials(4, 3), PolynomialGen.polynomials(4, 3))
                .checkAssert((a, b) -> assertEquals(a.subtract(b).add(a), PolynomialParser.parse("(" + a + ") - (" + b + ") + " + "(" + a + ")")));
    }

    @Test
    void powersOfTextsArePowersOfPolynomials() {
        qt().withExamples(100).forAll(PolynomialGen.polynomials(3, 2), integers().between(0, 6))
                .checkAssert((a, k) -> assertEquals(a.pow(k), PolynomialParser.parse("(" + a + ")^" + k)));
    }

    @Test
    void scientificNotationIsExact() {
        // n e k = n * 10^k exactly, for negative k a fraction with denominator 10^-k before reduction
        qt().withExamples(200).forAll(integers().between(0, 1_000_000), integers().between(-30, 30))
                .checkAssert((n, k) -> {
                    Rational tenToK = k >= 0 ? Rational.of(BigInteger.TEN.pow(k)) : Rational.of(BigInteger.ONE, BigInteger.TEN.pow(-k));
                    Polynomial expected = Polynomial.variable("x").scale(Rational.of(n).multiply(tenToK));
                    assertEquals(expected, PolynomialParser.parse(n + "e" + k + "*x"));
                    assertEquals(expected, PolynomialParser.parse(n + "E" + (k >= 0 ? "+" : "") + k + "*x"));
                });
    }

    /**
     * The MAX_TERMS case is a power whose single last product passes the limit: each seventh power
     * of a sum of 6 variables has C(12, 5) = 792 terms, in disjoint variables, so the base has 1584
     * and its square has over 792^2 distinct monomials; the expansion passes 100,000 terms part
     * way through that one product (whose 1584^2 = 2.5 million term products stay under MAX_WORK),
     * in about 0.1 s. {@code (x+y+z+w+v+u)^40} reached the same refusal only after 24 growing
     * products, 2 to 10 s.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "((x1+x2+x3+x4+x5+x6)^7+(y1+y2+y3+y4+y5+y6)^7)^2; MAX_TERMS",
        "((10^100)^100)^2*x; MAX_COEFFICIENT_BITS",
        "x^201; MAX_DEGREE",
        "1e9999999*x; out of range",
    })
    void namesTheLimitItGoesOver(String text, String limit) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolynomialParser.parse(text));
        assertTrue(e.getMessage().contains(limit), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "(".repeat(50_000) + "x" + ")".repeat(50_000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolynomialParser.parse(deep));
        assertTrue(e.getMessage().contains("MAX_NESTING"), e.getMessage());
        assertEquals(PolynomialParser.MAX_NESTING + 1, e.position());
    }

    @Test
    void manyVariablesAndTermsStayWithinTheLimits() {
        StringBuilder sum = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            sum.append(i == 1 ? "" : " + ").append("x").append(i).append("^2");
        }
        Polynomial k = PolynomialParser.parse(sum.toString());
        assertEquals(3000, k.variables().size());
        assertEquals(3000, k.termCount());
        // C(40 + 3, 3) monomials of degree 40 in 4 variables, each with a positive multinomial coefficient
        assertEquals(12341, PolynomialParser.parse("(x+y+z+w)^40").termCount());
    }
}
