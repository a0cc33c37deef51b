package org.sltjava.core;

import java.util.Objects;

/**
 * The largest pole {@code -lambda} of a zeta function {@code zeta(z) = int K^z phi dw} with its
 * order m: the exact (lambda, m) of a question, and the laws by which the poles of pieces combine.
 * Every law holds because the zeta functions involved have positive integrands for real
 * {@code z > -lambda}, so poles cannot cancel (Watanabe 2009, Algebraic Geometry and Statistical
 * Learning Theory, ch. 2 and 6, and Remark 7.2):
 * <ul>
 * <li>{@link #min}: a sum of zeta functions (charts tiling a neighbourhood, points of a zero set,
 * orthants): the smallest lambda, and on a tie the largest m;</li>
 * <li>{@link #sum}: {@code K1(x) + K2(y)} on disjoint blocks of parameters, Z(n) the product of
 * the blocks' Z(n): lambda1 + lambda2, m1 + m2 - 1;</li>
 * <li>{@link #product}: {@code K1(x) K2(y)} on disjoint blocks, zeta the product of the blocks'
 * zeta functions: the smallest lambda, and on a tie m1 + m2;</li>
 * <li>{@link #root}: {@code K = L^j}, whose zeta function at z is L's at jz: lambda / j, m.</li>
 * </ul>
 */
public record Pole(Rational lambda, int m) {

    /** A pole with lambda > 0 and m >= 1. */
    public Pole {
        Objects.requireNonNull(lambda, "lambda");
        if (lambda.signum() <= 0 || m < 1) {
            throw new IllegalArgumentException("a pole needs lambda > 0 and m >= 1, got " + lambda + ", " + m);
        }
    }

    /** The pole (lambda, m). */
    public static Pole of(Rational lambda, int m) {
        return new Pole(lambda, m);
    }

    /** The pole of an exact result. */
    public static Pole of(RlctResult exact) {
        return new Pole(exact.lambda().orElseThrow(() -> new IllegalArgumentException("not exact: " + exact)),
                exact.m().orElseThrow());
    }

    /** The pole of a sum of two zeta functions with positive integrands: smaller lambda, larger m on a tie. */
    public Pole min(Pole other) {
        int c = lambda.compareTo(other.lambda);
        return c < 0 ? this : c > 0 ? other : m >= other.m ? this : other;
    }

    /** The pole of {@code K1(x) + K2(y)} on disjoint blocks: lambda1 + lambda2, m1 + m2 - 1. */
    public Pole sum(Pole other) {
        return new Pole(lambda.add(other.lambda), m + other.m - 1);
    }

    /** The pole of {@code K1(x) K2(y)} on disjoint blocks: smaller lambda, m1 + m2 on a tie. */
    public Pole product(Pole other) {
        int c = lambda.compareTo(other.lambda);
        return c < 0 ? this : c > 0 ? other : new Pole(lambda, m + other.m);
    }

    /** The pole of {@code L^j} when this is L's: lambda / j, m. */
    public Pole root(int j) {
        if (j < 1) {
            throw new IllegalArgumentException("a power needs j >= 1, got " + j);
        }
        return new Pole(lambda.divide(Rational.of(j)), m);
    }

    /** This pole as an exact result of the method. */
    public RlctResult toResult(String method, Certificate certificate) {
        return RlctResult.exact(lambda, m, method, certificate);
    }

    /** {@code lambda = 7/2, m = 2}. */
    @Override
    public String toString() {
        return "lambda = " + lambda + ", m = " + m;
    }
}
