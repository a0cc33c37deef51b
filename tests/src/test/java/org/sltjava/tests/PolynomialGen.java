package org.sltjava.tests;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * QuickTheories generators of exact rationals and random sparse polynomials, shared by the
 * property suites. Built from integer generators only, so failures shrink for free.
 */
public final class PolynomialGen {

    /** The variables generated polynomials use. */
    public static final List<String> VARIABLES = List.of("x", "y", "z");

    private PolynomialGen() {
    }

    /** Rationals p/q with |p| <= 6 and 1 <= q <= 4. */
    public static Gen<Rational> rationals() {
        return integers().between(-6, 6).zip(integers().between(1, 4), (p, q) -> Rational.of(p, q));
    }

    /** Non-zero rationals p/q with 1 <= |p| <= 6 and 1 <= q <= 4. */
    public static Gen<Rational> nonZeroRationals() {
        return integers().between(1, 6).zip(integers().between(-4, 3).map(q -> q >= 0 ? q + 1 : q), (p, q) -> Rational.of(p, q));
    }

    /** One term c * x^a * y^b * z^c with exponents up to {@code maxExponent}. */
    public static Gen<Polynomial> terms(int maxExponent) {
        Gen<int[]> exps = lists().of(integers().between(0, maxExponent)).ofSize(VARIABLES.size())
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        return rationals().zip(exps, (c, e) -> {
            Map<String, Integer> powers = new LinkedHashMap<>();
            for (int i = 0; i < e.length; i++) {
                powers.put(VARIABLES.get(i), e[i]);
            }
            return Polynomial.term(c, powers);
        });
    }

    /** Sums of up to {@code maxTerms} terms in x, y, z with exponents up to {@code maxExponent}. */
    public static Gen<Polynomial> polynomials(int maxTerms, int maxExponent) {
        return lists().of(terms(maxExponent)).ofSizeBetween(0, maxTerms)
                .map(ts -> ts.stream().reduce(Polynomial.zero(), Polynomial::add));
    }

    /** Small non-zero polynomials (a zero draw becomes the constant 1), so properties need no rejection. */
    public static Gen<Polynomial> nonZeroPolynomials() {
        return polynomials().map(p -> p.isZero() ? Polynomial.one() : p);
    }

    /** Small polynomials: up to 4 terms, exponents up to 3. */
    public static Gen<Polynomial> polynomials() {
        return polynomials(4, 3);
    }
}
