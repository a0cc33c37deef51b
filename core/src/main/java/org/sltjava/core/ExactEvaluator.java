package org.sltjava.core;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Exact values of one polynomial at many rational points, in integer arithmetic. At a point
 * whose coordinates share the denominator D ({@code x_i = m_i / D}), with N the total degree
 * and L the lcm of the coefficients' denominators, the integer
 * {@code T = sum_a (L c_a) prod_i m_i^(a_i) D^(N - |a|)} equals {@code L D^N} times the value;
 * no gcd is taken until the last step, and a term costs one product per variable it contains,
 * so that a polynomial in thousands of variables with few variables per term stays cheap.
 */
final class ExactEvaluator {

    private final List<String> order;
    private final int[][] variables;
    private final int[][] exponents;
    private final int[] termDegrees;
    private final BigInteger[] coefficients;
    private final BigInteger lcm;
    private final int[] degrees;
    private final int totalDegree;

    ExactEvaluator(Polynomial p, List<String> order) {
        this.order = List.copyOf(order);
        Map<Monomial, Rational> terms = p.termsOver(order);
        int n = terms.size();
        variables = new int[n][];
        exponents = new int[n][];
        termDegrees = new int[n];
        coefficients = new BigInteger[n];
        degrees = new int[order.size()];
        BigInteger l = BigInteger.ONE;
        for (Rational c : terms.values()) {
            l = l.divide(l.gcd(c.denominator())).multiply(c.denominator());
        }
        lcm = l;
        int t = 0;
        int total = 0;
        for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
            int[] a = e.getKey().toArray();
            int count = 0;
            for (int v : a) {
                count += v > 0 ? 1 : 0;
            }
            variables[t] = new int[count];
            exponents[t] = new int[count];
            for (int i = 0, j = 0; i < a.length; i++) {
                if (a[i] > 0) {
                    variables[t][j] = i;
                    exponents[t][j++] = a[i];
                    degrees[i] = Math.max(degrees[i], a[i]);
                    termDegrees[t] += a[i];
                }
            }
            total = Math.max(total, termDegrees[t]);
            Rational c = e.getValue();
            coefficients[t++] = c.numerator().multiply(lcm.divide(c.denominator()));
        }
        totalDegree = total;
    }

    /** The exact value at {@code point}, which gives every variable of the order a value. */
    Rational at(Map<String, Rational> point) {
        int d = order.size();
        Rational[] x = new Rational[d];
        BigInteger common = BigInteger.ONE;
        for (int i = 0; i < d; i++) {
            x[i] = point.get(order.get(i));
            if (degrees[i] > 0) {
                BigInteger q = x[i].denominator();
                common = common.divide(common.gcd(q)).multiply(q);
            }
        }
        BigInteger[][] num = new BigInteger[d][];
        for (int i = 0; i < d; i++) {
            if (degrees[i] > 0) {
                num[i] = powers(x[i].numerator().multiply(common.divide(x[i].denominator())), degrees[i]);
            }
        }
        BigInteger[] commonPowers = powers(common, totalDegree);
        BigInteger sum = BigInteger.ZERO;
        for (int t = 0; t < coefficients.length; t++) {
            BigInteger v = coefficients[t].multiply(commonPowers[totalDegree - termDegrees[t]]);
            for (int j = 0; j < variables[t].length; j++) {
                v = v.multiply(num[variables[t][j]][exponents[t][j]]);
            }
            sum = sum.add(v);
        }
        return Rational.of(sum, lcm.multiply(commonPowers[totalDegree]));
    }

    private static BigInteger[] powers(BigInteger x, int max) {
        BigInteger[] p = new BigInteger[max + 1];
        p[0] = BigInteger.ONE;
        for (int e = 1; e <= max; e++) {
            p[e] = p[e - 1].multiply(x);
        }
        return p;
    }
}
