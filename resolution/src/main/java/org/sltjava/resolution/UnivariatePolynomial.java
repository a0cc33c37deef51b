package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Rational;

/**
 * A dense polynomial in one variable with exact rational coefficients, with the operations that
 * decide real roots exactly: derivative, Euclidean division, greatest common divisor, the Sturm
 * count of distinct roots in {@code (0, infinity)} or an open interval, and the isolation of the
 * real roots in disjoint rational intervals by Sturm bisection.
 */
public final class UnivariatePolynomial {

    private static final UnivariatePolynomial ZERO = new UnivariatePolynomial(new Rational[0]);

    /** Coefficients by ascending power; the last one is non-zero (empty for zero). */
    private final Rational[] coefficients;

    private UnivariatePolynomial(Rational[] coefficients) {
        this.coefficients = coefficients;
    }

    /** The polynomial {@code sum c_i t^i} from coefficients by ascending power. */
    public static UnivariatePolynomial of(Rational... coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].isZero()) {
            n--;
        }
        return n == 0 ? ZERO : new UnivariatePolynomial(Arrays.copyOf(coefficients, n));
    }

    /** The polynomial {@code sum c_k t^k} from a map power to coefficient (powers >= 0, repeated powers add). */
    public static UnivariatePolynomial ofTerms(Map<Integer, Rational> terms) {
        int max = terms.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        Rational[] c = new Rational[max + 1];
        Arrays.fill(c, Rational.ZERO);
        terms.forEach((k, v) -> c[k] = c[k].add(v));
        return of(c);
    }

    /** Degree; -1 for the zero polynomial. */
    public int degree() {
        return coefficients.length - 1;
    }

    public boolean isZero() {
        return coefficients.length == 0;
    }

    /** Coefficient of {@code t^i} (zero beyond the degree). */
    public Rational coefficient(int i) {
        return i < coefficients.length ? coefficients[i] : Rational.ZERO;
    }

    /** The derivative. */
    public UnivariatePolynomial derivative() {
        if (coefficients.length <= 1) {
            return ZERO;
        }
        Rational[] d = new Rational[coefficients.length - 1];
        for (int i = 1; i < coefficients.length; i++) {
            d[i - 1] = coefficients[i].multiply(i);
        }
        return of(d);
    }

    /** The difference {@code this - other}. */
    public UnivariatePolynomial subtract(UnivariatePolynomial other) {
        Rational[] c = new Rational[Math.max(coefficients.length, other.coefficients.length)];
        for (int i = 0; i < c.length; i++) {
            c[i] = coefficient(i).subtract(other.coefficient(i));
        }
        return of(c);
    }

    /** The remainder of Euclidean division by a non-zero divisor. */
    public UnivariatePolynomial remainder(UnivariatePolynomial divisor) {
        Rational[] r = coefficients.clone();
        divide(r, divisor);
        return of(Arrays.copyOf(r, Math.min(r.length, divisor.degree())));
    }

    /** The quotient of Euclidean division by a non-zero divisor. */
    public UnivariatePolynomial quotient(UnivariatePolynomial divisor) {
        return of(divide(coefficients.clone(), divisor));
    }

    /** Divides {@code r} in place, leaving the remainder in its low coefficients; returns the quotient. */
    private static Rational[] divide(Rational[] r, UnivariatePolynomial divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        int dd = divisor.degree();
        Rational[] q = new Rational[Math.max(r.length - dd, 0)];
        Arrays.fill(q, Rational.ZERO);
        Rational lead = divisor.coefficients[dd];
        for (int top = r.length - 1; top >= dd; top--) {
            if (r[top].isZero()) {
                continue;
            }
            Rational f = r[top].divide(lead);
            q[top - dd] = f;
            for (int i = 0; i <= dd; i++) {
                r[top - dd + i] = r[top - dd + i].subtract(f.multiply(divisor.coefficients[i]));
            }
        }
        return q;
    }

    /** The value at {@code x} (Horner's scheme, exact). */
    public Rational valueAt(Rational x) {
        Rational v = Rational.ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            v = v.multiply(x).add(coefficients[i]);
        }
        return v;
    }

    /** The polynomial with the same roots, each simple: {@code p / gcd(p, p')}, monic (zero for zero). */
    public UnivariatePolynomial squarefreePart() {
        if (degree() <= 0) {
            return monic();
        }
        return quotient(gcd(derivative())).monic();
    }

    /** A greatest common divisor, normalised to leading coefficient one (zero when both are zero). */
    public UnivariatePolynomial gcd(UnivariatePolynomial other) {
        UnivariatePolynomial a = this;
        UnivariatePolynomial b = other;
        while (!b.isZero()) {
            UnivariatePolynomial r = a.remainder(b);
            a = b;
            b = r;
        }
        return a.monic();
    }

    private UnivariatePolynomial monic() {
        if (isZero()) {
            return this;
        }
        Rational lead = coefficients[coefficients.length - 1];
        Rational[] c = new Rational[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = coefficients[i].divide(lead);
        }
        return new UnivariatePolynomial(c);
    }

    /** This polynomial divided by the largest power of {@code t} that divides it. */
    public UnivariatePolynomial withoutZeroRoot() {
        int k = 0;
        while (k < coefficients.length && coefficients[k].isZero()) {
            k++;
        }
        return k == 0 ? this : of(Arrays.copyOfRange(coefficients, k, coefficients.length));
    }

    /**
     * The number of distinct real roots in {@code (0, infinity)}, by Sturm's theorem: the sign
     * changes of the Sturm sequence at {@code 0+} minus those at {@code +infinity}. A root at
     * zero is not counted. Exact.
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public int positiveRootCount() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial vanishes everywhere");
        }
        List<UnivariatePolynomial> sturm = sturmSequence(withoutZeroRoot());
        return signChanges(sturm, true) - signChanges(sturm, false);
    }

    private static List<UnivariatePolynomial> sturmSequence(UnivariatePolynomial p) {
        List<UnivariatePolynomial> seq = new ArrayList<>();
        seq.add(p);
        UnivariatePolynomial next = p.derivative();
        while (!next.isZero()) {
            seq.add(next);
            UnivariatePolynomial r = seq.get(seq.size() - 2).remainder(next);
            next = r.negate();
        }
        return seq;
    }

    /** Sign changes at {@code 0+} (the lowest non-zero coefficient decides) or at {@code +infinity} (the leading one). */
    private static int signChanges(List<UnivariatePolynomial> seq, boolean atZero) {
        int changes = 0;
        int last = 0;
        for (UnivariatePolynomial q : seq) {
            int s = atZero ? q.lowestSign() : q.coefficients[q.coefficients.length - 1].signum();
            if (s != 0) {
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }

    /** Sign of the polynomial just right of zero. */
    private int lowestSign() {
        for (Rational c : coefficients) {
            if (!c.isZero()) {
                return c.signum();
            }
        }
        return 0;
    }

    /** The polynomial {@code p(-t)}: its positive roots are the negatives of this one's negative roots. */
    public UnivariatePolynomial negateArgument() {
        Rational[] c = coefficients.clone();
        for (int i = 1; i < c.length; i += 2) {
            c[i] = c[i].negate();
        }
        return new UnivariatePolynomial(c);
    }

    /**
     * The number of distinct real roots in the open interval {@code (lo, hi)}, exact: the roots
     * {@code y = (lo + hi t)/(1 + t)} correspond one to one to the positive roots {@code t} of
     * {@code (1 + t)^n p((lo + hi t)/(1 + t))}, counted by {@link #positiveRootCount()}.
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public int rootCountIn(Rational lo, Rational hi) {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial vanishes everywhere");
        }
        int n = degree();
        Rational[] total = new Rational[n + 1];
        Arrays.fill(total, Rational.ZERO);
        for (int k = 0; k <= n; k++) {
            Rational[] term = {coefficients[k]};
            for (int i = 0; i < k; i++) {
                term = times(term, lo, hi);
            }
            for (int i = k; i < n; i++) {
                term = times(term, Rational.ONE, Rational.ONE);
            }
            for (int i = 0; i < term.length; i++) {
                total[i] = total[i].add(term[i]);
            }
        }
        UnivariatePolynomial q = of(total);
        return q.isZero() ? 0 : q.positiveRootCount();
    }

    /**
     * A rational interval around exactly one real root of a polynomial: the root itself when
     * {@code lo == hi} (a rational root), otherwise the only root in the open interval
     * {@code (lo, hi)} (an end may be another, rational, root).
     */
    public record RootInterval(Rational lo, Rational hi) {

        /** Whether the interval is the rational root itself. */
        public boolean isExact() {
            return lo.equals(hi);
        }

        @Override
        public String toString() {
            return isExact() ? lo.toString() : "(" + lo + ", " + hi + ")";
        }
    }

    /**
     * The distinct real roots in increasing order, each in its own {@link RootInterval}: Sturm
     * counts on the open interval {@code (-B, B)} with Cauchy's bound
     * {@code B = 1 + max |c_i / c_n|} (every root has {@code |t| < B}), bisected at rational
     * midpoints until each part holds one root; a midpoint that is a root is kept exactly (the
     * bisections end: the roots are distinct, so their separation is positive).
     *
     * @throws ArithmeticException for the zero polynomial
     */
    public List<RootInterval> realRoots() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial vanishes everywhere");
        }
        UnivariatePolynomial p = squarefreePart();
        if (p.degree() == 0) {
            return List.of();
        }
        Rational bound = Rational.ZERO;
        Rational lead = p.coefficients[p.degree()];
        for (int i = 0; i < p.degree(); i++) {
            bound = bound.max(p.coefficients[i].divide(lead).abs());
        }
        bound = bound.add(Rational.ONE);
        List<RootInterval> out = new ArrayList<>();
        p.isolate(bound.negate(), bound, p.rootCountIn(bound.negate(), bound), out);
        return out;
    }

    private void isolate(Rational lo, Rational hi, int count, List<RootInterval> out) {
        if (count == 0) {
            return;
        }
        if (count == 1) {
            out.add(new RootInterval(lo, hi));
            return;
        }
        Rational mid = lo.add(hi).multiply(Rational.HALF);
        int left = rootCountIn(lo, mid);
        boolean atMid = valueAt(mid).isZero();
        isolate(lo, mid, left, out);
        if (atMid) {
            out.add(new RootInterval(mid, mid));
        }
        isolate(mid, hi, count - left - (atMid ? 1 : 0), out);
    }

    /**
     * The half of an isolating interval of one of this polynomial's roots that holds the root, or
     * the midpoint itself when it is the root: the half whose ends' values have opposite signs
     * (the intermediate value theorem), else the one with a positive Sturm count (a root of even
     * multiplicity, or an end that is another root).
     */
    public RootInterval bisect(RootInterval root) {
        if (root.isExact()) {
            return root;
        }
        Rational mid = root.lo().add(root.hi()).multiply(Rational.HALF);
        int atMid = valueAt(mid).signum();
        if (atMid == 0) {
            return new RootInterval(mid, mid);
        }
        int atLo = valueAt(root.lo()).signum();
        int atHi = valueAt(root.hi()).signum();
        boolean left = atLo == -atMid || atHi != -atMid && rootCountIn(root.lo(), mid) > 0;
        return left ? new RootInterval(root.lo(), mid) : new RootInterval(mid, root.hi());
    }

    /**
     * Whether this polynomial vanishes at the root that {@code root} isolates, for a divisor of
     * the polynomial that root belongs to (such as a gcd with it): its roots in the open interval
     * can only be that root.
     */
    public boolean vanishesAt(RootInterval root) {
        if (root.isExact() || isZero()) {
            return valueAt(root.lo()).isZero();
        }
        return degree() > 0 && rootCountIn(root.lo(), root.hi()) > 0;
    }

    /** {@code c(t) * (a + b t)} on coefficient arrays. */
    private static Rational[] times(Rational[] c, Rational a, Rational b) {
        Rational[] out = new Rational[c.length + 1];
        Arrays.fill(out, Rational.ZERO);
        for (int i = 0; i < c.length; i++) {
            out[i] = out[i].add(c[i].multiply(a));
            out[i + 1] = out[i + 1].add(c[i].multiply(b));
        }
        return out;
    }

    public UnivariatePolynomial negate() {
        Rational[] c = new Rational[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = coefficients[i].negate();
        }
        return new UnivariatePolynomial(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnivariatePolynomial u && Arrays.equals(coefficients, u.coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    /** {@code 1 - 2*t + t^2}, or {@code 0}. */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < coefficients.length; i++) {
            Rational c = coefficients[i];
            if (c.isZero()) {
                continue;
            }
            if (sb.isEmpty()) {
                sb.append(c.signum() < 0 ? "-" : "");
            } else {
                sb.append(c.signum() < 0 ? " - " : " + ");
            }
            Rational a = c.abs();
            String power = i == 0 ? "" : i == 1 ? "t" : "t^" + i;
            if (i == 0) {
                sb.append(a);
            } else if (a.equals(Rational.ONE)) {
                sb.append(power);
            } else {
                sb.append(a).append('*').append(power);
            }
        }
        return sb.toString();
    }
}
