package org.sltjava.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact rational number, the scalar of every symbolic answer (lambda is a {@code Rational}).
 *
 * <p>Always kept in lowest terms with a positive denominator. A value whose numerator and
 * denominator both fit in a {@code long} is held as two {@code long}s and computed on with
 * overflow-checked arithmetic; any operation that would overflow is redone on {@link BigInteger}s,
 * and larger values are held as {@link BigInteger}s. The form is a function of the value (the
 * {@code long} form whenever it fits), so equality, hashing and order never depend on how a value
 * was reached. This type adds the toolkit's text contract: it prints as {@code 5/12} (or
 * {@code 3}, {@code -1/2}) and parses integers, fractions and decimals (read exactly: {@code 0.1}
 * is {@code 1/10}). Nothing here ever passes through {@code double} except {@link #doubleValue()},
 * which is only for the numeric cross-check.
 */
public final class Rational implements Comparable<Rational> {

    /** Zero. */
    public static final Rational ZERO = new Rational(0, 1);
    /** One. */
    public static final Rational ONE = new Rational(1, 1);
    /** Minus one. */
    public static final Rational MINUS_ONE = new Rational(-1, 1);
    /** One half. */
    public static final Rational HALF = new Rational(1, 2);

    /** Integers below this in size are exact doubles, so their quotient is correctly rounded. */
    private static final long EXACT_DOUBLE_BOUND = 1L << 53;

    /** Numerator and denominator in the {@code long} form; unused when {@code bigNum} is set. */
    private final long num;
    private final long den;
    /** Numerator and denominator of a value that does not fit in {@code long}s; null otherwise. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    /** The {@code long} form; {@code num/den} must be in lowest terms with {@code den > 0}. */
    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    /** The {@code BigInteger} form; {@code num/den} must be in lowest terms, {@code den > 0}, not fitting in longs. */
    private Rational(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    /** The integer {@code n}. */
    public static Rational of(long n) {
        return n == 0 ? ZERO : n == 1 ? ONE : new Rational(n, 1);
    }

    /** The integer {@code n}. */
    public static Rational of(BigInteger n) {
        return inLowestTerms(n, BigInteger.ONE);
    }

    /** The fraction {@code num/den}; {@code den} must not be zero. */
    public static Rational of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("denominator is zero in " + num + "/" + den);
        }
        return reduced(num, den);
    }

    /** The fraction {@code num/den}; {@code den} must not be zero. */
    public static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("denominator is zero in " + num + "/" + den);
        }
        return reduced(num, den);
    }

    /** The exact value of a decimal number ({@code 0.1} gives {@code 1/10}). */
    public static Rational of(BigDecimal decimal) {
        BigInteger unscaled = decimal.unscaledValue();
        int scale = decimal.scale();
        return scale >= 0
                ? of(unscaled, BigInteger.TEN.pow(scale))
                : of(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    /**
     * Parses an integer ({@code -3}), a fraction ({@code 3/2}, {@code -1/2}) or a decimal
     * ({@code 0.25}, {@code 1e-3}, read exactly).
     *
     * @throws NumberFormatException naming the text when it is none of these
     */
    public static Rational parse(String text) {
        String s = text.strip();
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                BigInteger num = new BigInteger(s.substring(0, slash).strip());
                BigInteger den = new BigInteger(s.substring(slash + 1).strip());
                if (den.signum() == 0) {
                    throw new NumberFormatException("zero denominator in '" + text + "'");
                }
                return of(num, den);
            }
            return of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("zero denominator")) {
                throw e;
            }
            throw new NumberFormatException(
                    "'" + text + "' is not a number (expected an integer, a fraction such as 3/2, or a decimal such as 0.25)");
        }
    }

    /** {@code num/den} for {@code den != 0}, divided by the gcd and with the sign moved to the numerator. */
    private static Rational reduced(long num, long den) {
        if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
            return reduced(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        long g = gcd(num, Math.abs(den));
        return den < 0 ? new Rational(-num / g, -den / g) : new Rational(num / g, den / g);
    }

    /** {@code num/den} for {@code den != 0}, divided by the gcd and with the sign moved to the numerator. */
    private static Rational reduced(BigInteger num, BigInteger den) {
        BigInteger n = den.signum() < 0 ? num.negate() : num;
        BigInteger d = den.abs();
        BigInteger g = n.gcd(d);
        return g.equals(BigInteger.ONE) ? inLowestTerms(n, d) : inLowestTerms(n.divide(g), d.divide(g));
    }

    /** {@code num/den} already in lowest terms with {@code den > 0}, in the {@code long} form when it fits. */
    private static Rational inLowestTerms(BigInteger num, BigInteger den) {
        return num.bitLength() < Long.SIZE && den.bitLength() < Long.SIZE
                ? new Rational(num.longValue(), den.longValue())
                : new Rational(num, den);
    }

    /**
     * gcd(|a|, b) for {@code b > 0} by Euclid's algorithm. Java's remainder keeps the dividend's
     * sign and {@code |a % b| < b}, so every value after the first step is smaller than {@code b}
     * in size and {@code a = Long.MIN_VALUE} is safe.
     */
    private static long gcd(long a, long b) {
        long x = b;
        long y = a % b;
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return Math.abs(x);
    }

    private boolean isSmall() {
        return bigNum == null;
    }

    /** Numerator in lowest terms; carries the sign. */
    public BigInteger numerator() {
        return isSmall() ? BigInteger.valueOf(num) : bigNum;
    }

    /** Denominator in lowest terms; always positive. */
    public BigInteger denominator() {
        return isSmall() ? BigInteger.valueOf(den) : bigDen;
    }

    public Rational add(Rational other) {
        if (isSmall() && other.isSmall()) {
            try {
                return sum(num, den, other.num, other.den);
            } catch (ArithmeticException overflow) {
                // the exact sum is computed on BigIntegers below
            }
        }
        return bigSum(other.numerator(), other.denominator());
    }

    public Rational subtract(Rational other) {
        if (isSmall() && other.isSmall()) {
            try {
                return sum(num, den, Math.negateExact(other.num), other.den);
            } catch (ArithmeticException overflow) {
                // the exact difference is computed on BigIntegers below
            }
        }
        return bigSum(other.numerator().negate(), other.denominator());
    }

    /**
     * a/b + c/d for fractions in lowest terms with positive denominators, by the gcd form of the
     * sum (Knuth, TAOCP vol. 2, 4.5.1): with g = gcd(b, d) and t = a(d/g) + c(b/g), the sum is
     * (t/g2) / ((b/g)(d/g2)) for g2 = gcd(t, g), already in lowest terms, since t is prime to
     * b/g and to d/g.
     *
     * @throws ArithmeticException when an intermediate overflows a long
     */
    private static Rational sum(long a, long b, long c, long d) {
        long g = gcd(b, d);
        long t = Math.addExact(Math.multiplyExact(a, d / g), Math.multiplyExact(c, b / g));
        long g2 = gcd(t, g);
        return new Rational(t / g2, Math.multiplyExact(b / g, d / g2));
    }

    private Rational bigSum(BigInteger otherNum, BigInteger otherDen) {
        BigInteger d = denominator();
        return reduced(numerator().multiply(otherDen).add(otherNum.multiply(d)), d.multiply(otherDen));
    }

    public Rational multiply(Rational other) {
        if (isSmall() && other.isSmall()) {
            try {
                return product(num, den, other.num, other.den);
            } catch (ArithmeticException overflow) {
                // the exact product is computed on BigIntegers below
            }
        }
        return reduced(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    /**
     * (a/b)(c/d) for fractions in lowest terms with positive denominators, cross-reduced first:
     * with g1 = gcd(a, d) and g2 = gcd(c, b) the product is ((a/g1)(c/g2)) / ((b/g2)(d/g1)), in
     * lowest terms because a/g1 is prime to b and to d/g1, and c/g2 to d and to b/g2.
     *
     * @throws ArithmeticException when an intermediate overflows a long
     */
    private static Rational product(long a, long b, long c, long d) {
        long g1 = gcd(a, d);
        long g2 = gcd(c, b);
        return new Rational(Math.multiplyExact(a / g1, c / g2), Math.multiplyExact(b / g2, d / g1));
    }

    public Rational multiply(long n) {
        return multiply(of(n));
    }

    /** Quotient; throws {@link ArithmeticException} on division by zero. */
    public Rational divide(Rational other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (isSmall() && other.isSmall() && other.num != Long.MIN_VALUE) {
            long sign = Long.signum(other.num);
            try {
                return product(num, den, sign * other.den, sign * other.num);
            } catch (ArithmeticException overflow) {
                // the exact quotient is computed on BigIntegers below
            }
        }
        return multiply(other.reciprocal());
    }

    public Rational negate() {
        if (isSmall() && num != Long.MIN_VALUE) {
            return new Rational(-num, den);
        }
        return inLowestTerms(numerator().negate(), denominator());
    }

    public Rational abs() {
        return signum() < 0 ? negate() : this;
    }

    /** Multiplicative inverse; throws {@link ArithmeticException} for zero. */
    public Rational reciprocal() {
        if (signum() == 0) {
            throw new ArithmeticException("reciprocal of zero");
        }
        if (isSmall() && num != Long.MIN_VALUE) {
            return num > 0 ? new Rational(den, num) : new Rational(-den, -num);
        }
        BigInteger n = numerator();
        return n.signum() > 0 ? inLowestTerms(denominator(), n) : inLowestTerms(denominator().negate(), n.negate());
    }

    /** {@code this^exponent} for any integer exponent (negative exponents need a non-zero base). */
    public Rational pow(int exponent) {
        if (exponent < 0) {
            return reciprocal().pow(-exponent);
        }
        if (isSmall()) {
            try {
                return new Rational(power(num, exponent), power(den, exponent));
            } catch (ArithmeticException overflow) {
                // the exact power is computed on BigIntegers below
            }
        }
        return inLowestTerms(numerator().pow(exponent), denominator().pow(exponent));
    }

    /**
     * {@code base^exponent} by repeated squaring; powers of coprime integers stay coprime, so
     * a power of a fraction in lowest terms is in lowest terms.
     *
     * @throws ArithmeticException when an intermediate overflows a long
     */
    private static long power(long base, int exponent) {
        long result = 1;
        long square = base;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = Math.multiplyExact(result, square);
            }
            if (e > 1) {
                square = Math.multiplyExact(square, square);
            }
        }
        return result;
    }

    public int signum() {
        return isSmall() ? Long.signum(num) : bigNum.signum();
    }

    public boolean isZero() {
        return isSmall() && num == 0;
    }

    public boolean isInteger() {
        return isSmall() ? den == 1 : bigDen.equals(BigInteger.ONE);
    }

    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Nearest double; for numeric work only, never for an answer. */
    public double doubleValue() {
        if (isSmall() && Math.abs(num) < EXACT_DOUBLE_BOUND && num != Long.MIN_VALUE && den < EXACT_DOUBLE_BOUND) {
            return (double) num / den;
        }
        return BigFraction.of(numerator(), denominator()).doubleValue();
    }

    /**
     * Compares a/b with c/d (positive denominators) as a*d against c*b; in the {@code long} form
     * the products are taken to 128 bits ({@link Math#multiplyHigh} and the low word), so they never
     * overflow.
     */
    @Override
    public int compareTo(Rational other) {
        if (isSmall() && other.isSmall()) {
            int byHigh = Long.compare(Math.multiplyHigh(num, other.den), Math.multiplyHigh(other.num, den));
            return byHigh != 0 ? byHigh : Long.compareUnsigned(num * other.den, other.num * den);
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rational r) || isSmall() != r.isSmall()) {
            return false;
        }
        return isSmall() ? num == r.num && den == r.den : bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
    }

    @Override
    public int hashCode() {
        return isSmall()
                ? 31 * Long.hashCode(num) + Long.hashCode(den)
                : 31 * bigNum.hashCode() + bigDen.hashCode();
    }

    /** {@code 5/12}, {@code -3}, {@code 0}: parseable by {@link #parse(String)}. */
    @Override
    public String toString() {
        if (isSmall()) {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }
        return isInteger() ? bigNum.toString() : bigNum + "/" + bigDen;
    }
}
