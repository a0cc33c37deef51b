package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * Facts about the factorisation of a polynomial over Q proven without factoring it, from
 * univariate specialisations reduced modulo the prime {@value #PRIME}: that it has no repeated
 * factor, and that it is no constant times a power {@code G^g} with {@code g >= 3}. Factoring a
 * two-variable K of degree 50 to 130 takes JAS seconds to minutes; these tests take milliseconds.
 * Each test only ever answers yes when it is proven; a no (no specialisation among the few tried
 * was decisive) proves nothing.
 *
 * <p>The common step (Gauss's lemma over the local ring {@code Z_(P)}, P the prime): let p have no
 * denominator divisible by P, v one of its variables, and f the univariate polynomial in v got by
 * giving the other variables small integer values and reducing modulo P, kept only when its degree
 * is p's degree in v. If {@code p = c G^g H} over Q, G may be taken primitive over {@code Z_(P)}
 * (its coefficients P-integral, not all divisible by P) and then, products of primitive
 * polynomials being primitive, {@code c H} is P-integral; reducing gives
 * {@code f = cbar Gbar_z^g Hbar_z}, and since f keeps p's degree in v, {@code Gbar_z} keeps G's:
 * {@code deg Gbar_z = deg_v G}.
 */
public final class ModularProofs {

    /** A prime below 2^31, so that products of residues fit in a long (shared with {@link Blocks#provenCoupled}). */
    static final long PRIME = 2147483647L;

    /** Values tried for the other variables (the z of the class comment). */
    private static final int SPECIALISATIONS = 8;

    private ModularProofs() {
    }

    /**
     * Whether p is proven squarefree over Q. With {@code H = 1} and {@code g = 2} in the class
     * comment: if {@code p = G^2 H} with G of positive degree in v, then {@code Gbar_z} has positive
     * degree and divides both f and f', which then have a non-constant gcd over F_P. So
     * {@code gcd(f, f') = 1} for some specialisation proves that no repeated factor of p has
     * positive degree in v; proven for every variable of p, p has no repeated factor at all.
     */
    public static boolean provenSquarefree(Polynomial p, List<String> vars, Deadline deadline) {
        Map<Monomial, Rational> terms = p.termsOver(vars);
        if (!integralAtPrime(terms)) {
            return false;
        }
        for (int v = 0; v < vars.size(); v++) {
            if (!decidedIn(terms, v, deadline, (f, degree) -> gcdDegree(f, derivative(f)) == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether p is proven not to be a constant times {@code G^g} for any {@code g >= 3} (so that
     * the gcd of the multiplicities of its irreducible factors is 1 or 2). With {@code H = 1} in the
     * class comment: if {@code p = c G^g}, then {@code f = cbar Gbar_z^g} with {@code cbar != 0}
     * (f is not zero) and {@code deg Gbar_z = deg f / g >= 1}, and {@code Gbar_z^(g - 1)} divides f
     * and {@code f' = g cbar Gbar_z^(g - 1) Gbar_z'}, so
     * {@code deg gcd(f, f') >= (g - 1) deg f / g >= 2 deg f / 3}. A specialisation in any variable of
     * p with {@code 3 deg gcd(f, f') < 2 deg f} proves it (for {@code p = c F^2} with F squarefree the
     * gcd has typically degree {@code deg f / 2}).
     */
    public static boolean provenNoPowerAboveTwo(Polynomial p, List<String> vars, Deadline deadline) {
        Map<Monomial, Rational> terms = p.termsOver(vars);
        if (p.isConstant() || !integralAtPrime(terms)) {
            return false;
        }
        for (int v = 0; v < vars.size(); v++) {
            if (decidedIn(terms, v, deadline, (f, degree) -> degree > 0 && 3 * gcdDegree(f, derivative(f)) < 2 * degree)) {
                return true;
            }
        }
        return false;
    }

    /** A test of one univariate specialisation f of p's degree in the variable. */
    private interface Decisive {
        boolean test(long[] f, int degree);
    }

    /** Whether no coefficient has a denominator divisible by the prime (so that every term has a residue). */
    static boolean integralAtPrime(Map<Monomial, Rational> terms) {
        BigInteger prime = BigInteger.valueOf(PRIME);
        return terms.values().stream().noneMatch(c -> c.denominator().mod(prime).signum() == 0);
    }

    /**
     * Whether the test holds for some specialisation in the variable of index v that keeps p's
     * degree in it (the other variable of index w set to z + w, z = 1 ... {@value #SPECIALISATIONS});
     * true at once when p does not contain the variable.
     */
    private static boolean decidedIn(Map<Monomial, Rational> terms, int v, Deadline deadline, Decisive test) {
        int degree = terms.keySet().stream().mapToInt(m -> m.get(v)).max().orElse(0);
        if (degree == 0) {
            return true;
        }
        for (long z = 1; z <= SPECIALISATIONS; z++) {
            deadline.check();
            long[] f = new long[degree + 1];
            for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
                long c = residue(t.getValue());
                for (int w = 0; w < t.getKey().size(); w++) {
                    if (w != v) {
                        c = c * power(z + w, t.getKey().get(w)) % PRIME;
                    }
                }
                int k = t.getKey().get(v);
                f[k] = (f[k] + c) % PRIME;
            }
            if (f[degree] != 0 && test.test(f, degree)) {
                return true;
            }
        }
        return false;
    }

    /** b^e modulo the prime. */
    static long power(long b, int e) {
        long result = 1;
        long base = b % PRIME;
        for (int k = e; k > 0; k >>= 1) {
            if ((k & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }

    /** A rational's residue modulo {@value #PRIME} (its denominator not divisible by it), in [0, PRIME). */
    static long residue(Rational c) {
        BigInteger prime = BigInteger.valueOf(PRIME);
        return c.numerator().mod(prime).multiply(c.denominator().modInverse(prime)).mod(prime).longValue();
    }

    /** The formal derivative of a residue array (low degree first). */
    private static long[] derivative(long[] f) {
        long[] d = new long[Math.max(f.length - 1, 1)];
        for (int k = 1; k < f.length; k++) {
            d[k - 1] = f[k] * k % PRIME;
        }
        return d;
    }

    /** The degree of gcd(a, b) over F_P (Euclid's algorithm on residue arrays, low degree first); -1 when both are zero. */
    private static int gcdDegree(long[] a, long[] b) {
        long[] u = a.clone();
        long[] w = b.clone();
        int du = top(u);
        int dw = top(w);
        while (dw >= 0) {
            long inverse = BigInteger.valueOf(w[dw]).modInverse(BigInteger.valueOf(PRIME)).longValue();
            while (du >= dw) {
                long factor = u[du] * inverse % PRIME;
                for (int k = 0; k <= dw; k++) {
                    int i = du - dw + k;
                    u[i] = Math.floorMod(u[i] - factor * w[k] % PRIME, PRIME);
                }
                du = top(u);
            }
            long[] swap = u;
            u = w;
            w = swap;
            int d = du;
            du = dw;
            dw = d;
        }
        return du;
    }

    /** The index of the highest non-zero residue; -1 for the zero polynomial. */
    private static int top(long[] a) {
        int d = a.length - 1;
        while (d >= 0 && a[d] == 0) {
            d--;
        }
        return d;
    }
}
