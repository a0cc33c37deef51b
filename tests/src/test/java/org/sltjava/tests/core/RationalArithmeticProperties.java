package org.sltjava.tests.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sltjava.core.Rational;

/**
 * {@link Rational} across the boundary of its {@code long} form: every operation on operands
 * drawn next to {@code Long.MAX_VALUE}, {@code Long.MIN_VALUE}, powers of two and far beyond
 * agrees with fractions reduced here with plain {@link BigInteger} arithmetic, and a value is
 * equal (with the same hash) however it was reached.
 */
class RationalArithmeticProperties {

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger THREE = BigInteger.valueOf(3);

    /** The reference: n/d in lowest terms with d > 0, reduced with BigInteger's gcd only. */
    private record Fraction(BigInteger num, BigInteger den) {

        static Fraction of(BigInteger n, BigInteger d) {
            BigInteger g = n.gcd(d).multiply(BigInteger.valueOf(d.signum()));
            return new Fraction(n.divide(g), d.divide(g));
        }

        Fraction add(Fraction o) {
            return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction negate() {
            return new Fraction(num.negate(), den);
        }

        Fraction multiply(Fraction o) {
            return of(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction reciprocal() {
            return of(den, num);
        }

        Fraction pow(int e) {
            return e >= 0 ? of(num.pow(e), den.pow(e)) : reciprocal().pow(-e);
        }

        int signum() {
            return num.signum();
        }

        int compareTo(Fraction o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }

        /** The documented text contract: {@code n} for integers, {@code n/d} otherwise. */
        String text() {
            return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
        }
    }

    /** A drawn value: the Rational built from the raw numerator and denominator, and its reference. */
    private record Drawn(Rational value, Fraction expected) {

        @Override
        public String toString() {
            return expected.text();
        }
    }

    /**
     * Integers around every place the {@code long} form can break: small ones, +-(2^k + s) for
     * k <= 70, Long.MAX_VALUE + s and Long.MIN_VALUE + s, and +-(3^k + s) up to 111 bits, with
     * |s| <= 3.
     */
    private static Gen<BigInteger> boundaryIntegers() {
        return integers().between(0, 3).zip(integers().between(-70, 70), integers().between(-3, 3), (kind, k, shift) -> {
            BigInteger s = BigInteger.valueOf(shift);
            BigInteger sign = BigInteger.valueOf(k < 0 ? -1 : 1);
            return switch (kind) {
                case 0 -> BigInteger.valueOf(k);
                case 1 -> BigInteger.ONE.shiftLeft(Math.abs(k)).add(s).multiply(sign);
                case 2 -> (k < 0 ? LONG_MIN : LONG_MAX).add(s);
                default -> THREE.pow(Math.abs(k)).add(s).multiply(sign);
            };
        });
    }

    /** Boundary integers with zero mapped to one, so no draw is rejected. */
    private static Gen<BigInteger> nonZeroBoundaryIntegers() {
        return boundaryIntegers().map(n -> n.signum() == 0 ? BigInteger.ONE : n);
    }

    private static Gen<Drawn> drawn() {
        return boundaryIntegers().zip(nonZeroBoundaryIntegers(), (n, d) -> new Drawn(Rational.of(n, d), Fraction.of(n, d)));
    }

    /**
     * Everything observable about {@code actual} is that of {@code expected}, and it equals (with
     * the same hash) the same value built directly from its reduced numerator and denominator.
     */
    private static void assertAgrees(Fraction expected, Rational actual) {
        assertEquals(expected.num(), actual.numerator());
        assertEquals(expected.den(), actual.denominator());
        assertEquals(expected.text(), actual.toString());
        assertEquals(expected.signum(), actual.signum());
        assertEquals(expected.signum() == 0, actual.isZero());
        assertEquals(expected.den().equals(BigInteger.ONE), actual.isInteger());
        Rational direct = Rational.of(expected.num(), expected.den());
        assertEquals(direct, actual);
        assertEquals(direct.hashCode(), actual.hashCode());
    }

    @Test
    void factoriesReduceLikeTheReference() {
        qt().forAll(drawn()).checkAssert(a -> {
            assertAgrees(a.expected(), a.value());
            assertAgrees(a.expected(), Rational.parse(a.expected().text()));
        });
    }

    @Test
    void fieldOperationsAgreeWithTheReference() {
        qt().forAll(drawn(), drawn()).checkAssert((a, b) -> {
            Rational x = a.value();
            Rational y = b.value();
            assertAgrees(a.expected().add(b.expected()), x.add(y));
            assertAgrees(a.expected().add(b.expected().negate()), x.subtract(y));
            assertAgrees(a.expected().multiply(b.expected()), x.multiply(y));
            if (b.expected().signum() != 0) {
                assertAgrees(a.expected().multiply(b.expected().reciprocal()), x.divide(y));
            }
        });
    }

    @Test
    void orderAndEqualityAgreeWithTheReference() {
        qt().forAll(drawn(), drawn()).checkAssert((a, b) -> {
            int expected = Integer.signum(a.expected().compareTo(b.expected()));
            assertEquals(expected, Integer.signum(a.value().compareTo(b.value())));
            assertEquals(-expected, Integer.signum(b.value().compareTo(a.value())));
            assertEquals(expected == 0, a.value().equals(b.value()));
        });
    }

    @Test
    void unaryOperationsAgreeWithTheReference() {
        qt().forAll(drawn(), integers().between(-3, 5)).checkAssert((a, e) -> {
            Fraction f = a.expected();
            Rational x = a.value();
            assertAgrees(f.negate(), x.negate());
            assertAgrees(f.signum() < 0 ? f.negate() : f, x.abs());
            if (f.signum() != 0) {
                assertAgrees(f.reciprocal(), x.reciprocal());
            }
            if (f.signum() != 0 || e >= 0) {
                assertAgrees(f.pow(e), x.pow(e));
            }
        });
    }

    /** (n k)/(d k) = n/d for k != 0: values built through big integers equal those built from small ones. */
    @Test
    void aValueIsEqualHoweverItIsBuilt() {
        qt().forAll(drawn(), nonZeroBoundaryIntegers()).checkAssert((a, k) -> {
            Rational scaled = Rational.of(a.expected().num().multiply(k), a.expected().den().multiply(k));
            assertEquals(a.value(), scaled);
            assertEquals(a.value().hashCode(), scaled.hashCode());
            assertEquals(0, a.value().compareTo(scaled));
        });
    }

    /** (a + b) - b = a, whichever representation the intermediate sum needs. */
    @Test
    void aRoundTripThroughALargerValueComesBackEqual() {
        qt().forAll(drawn(), drawn()).checkAssert((a, b) -> {
            Rational back = a.value().add(b.value()).subtract(b.value());
            assertEquals(a.value(), back);
            assertEquals(a.value().hashCode(), back.hashCode());
        });
    }

    /**
     * doubleValue is the nearest double: neither neighbour of it is strictly closer to n/d,
     * compared exactly as |x d - n| on BigDecimals (every finite double is an exact BigDecimal).
     */
    @Test
    void doubleValueIsTheNearestDouble() {
        qt().forAll(drawn()).checkAssert(a -> {
            double x = a.value().doubleValue();
            assertTrue(Double.isFinite(x));
            BigDecimal n = new BigDecimal(a.expected().num());
            BigDecimal d = new BigDecimal(a.expected().den());
            BigDecimal error = new BigDecimal(x).multiply(d).subtract(n).abs();
            for (double neighbour : new double[] {Math.nextUp(x), Math.nextDown(x)}) {
                assertTrue(error.compareTo(new BigDecimal(neighbour).multiply(d).subtract(n).abs()) <= 0,
                        () -> x + " is not the nearest double to " + a);
            }
        });
    }

    @Test
    void handDerivedValuesAtTheEdgesOfLong() {
        // Long.MAX_VALUE + 1 = 2^63 = 9223372036854775808, one past the long range.
        assertEquals("9223372036854775808", Rational.of(Long.MAX_VALUE).add(Rational.ONE).toString());
        // -(-2^63) = 2^63 and (-2^63)/(-1) = 2^63.
        assertEquals("9223372036854775808", Rational.of(Long.MIN_VALUE).negate().toString());
        assertEquals("9223372036854775808", Rational.of(Long.MIN_VALUE, -1).toString());
        // 1/(-2^63): the sign moves to the numerator, leaving the denominator 2^63 outside long.
        assertEquals("-1/9223372036854775808", Rational.of(1, Long.MIN_VALUE).toString());
        assertEquals("-1/9223372036854775808", Rational.of(Long.MIN_VALUE).reciprocal().toString());
        assertEquals(Rational.ONE, Rational.of(Long.MIN_VALUE, Long.MIN_VALUE));
        // (2^63 - 1)^2 = 2^126 - 2^64 + 1.
        assertEquals("85070591730234615847396907784232501249", Rational.of(Long.MAX_VALUE).pow(2).toString());
        // -2^63/3 + -2^63/3 = -2^64/3: the numerator leaves long, 3 stays the denominator.
        Rational minOverThree = Rational.of(Long.MIN_VALUE, 3);
        assertEquals("-18446744073709551616/3", minOverThree.add(minOverThree).toString());
        // (2^62/3)(3/2^61) = 2 after cross-reduction by gcd(2^62, 2^61) = 2^61 and gcd(3, 3) = 3.
        assertEquals(Rational.of(2), Rational.of(1L << 62, 3).multiply(Rational.of(3, 1L << 61)));
        // t/(t-1) decreases for t > 1, so MAX/(MAX-1) < (MAX-1)/(MAX-2), though the cross products overflow long.
        Rational larger = Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
        assertTrue(Rational.of(Long.MAX_VALUE, Long.MAX_VALUE - 1).compareTo(larger) < 0);
        // 1/3 + 1/6 = 2/6 + 1/6 = 1/2 (denominators share the factor 3).
        assertEquals(Rational.HALF, Rational.of(1, 3).add(Rational.of(1, 6)));
        // 2^63 - 1 leaves long on the way up and comes back: equal to the long-built value.
        Rational back = Rational.of(Long.MAX_VALUE).add(Rational.ONE).subtract(Rational.ONE);
        assertEquals(Rational.of(Long.MAX_VALUE), back);
        assertEquals(Rational.of(Long.MAX_VALUE).hashCode(), back.hashCode());
        assertNotEquals(Rational.of(Long.MAX_VALUE), Rational.of(Long.MAX_VALUE).add(Rational.ONE));
    }
}
