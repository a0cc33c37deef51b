package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * A real root rho of a polynomial F over a number field Q(c) that need not lie in Q(c), and the
 * field {@code Q(c, rho) = Q(gamma)} that holds it, by a primitive element
 * {@code gamma = rho + k c} with a positive integer k (Trager 1976). {@code N_k(z) = Res_theta(mu(theta), F(z - k theta))}
 * has as roots the sums {@code rho' + k c'} over the conjugates c' of c and the roots rho' of F
 * at c'; when it is squarefree those sums are distinct, so for {@code gamma = rho + k c} the
 * polynomials {@code mu(theta)} and {@code F(gamma - k theta)} (in theta, over Q(gamma)) have the
 * one common root c: their gcd over Q(gamma) is {@code theta - A(gamma)}, giving c = A(gamma)
 * and rho = gamma - k A(gamma). gamma's minimal polynomial is the irreducible factor over Q of
 * N_k with a root in an enclosure of {@code rho + k c} (intervals of rho and c refined until
 * the enclosure holds one root of N_k). Every claim is checked exactly in the new field before
 * it is used: {@code mu(A) = 0}, {@code F(A, rho) = 0}, and A and rho lie in the isolating
 * intervals of c (for mu) and rho (for the norm of F, whose roots include F's), so A is c and
 * rho the root meant, not conjugates. Elements of Q(c) map into Q(gamma) by {@code theta -> A};
 * the new field's generator is written with the same symbol.
 */
final class PlaneFieldExtension {

    /** The multipliers k tried for the primitive element rho + k c. */
    private static final int MAX_K = 8;

    private final PlaneNumberField field;
    private final UnivariatePolynomial image;
    private final UnivariatePolynomial root;
    private final int k;

    private PlaneFieldExtension(PlaneNumberField field, UnivariatePolynomial image, UnivariatePolynomial root, int k) {
        this.field = field;
        this.image = image;
        this.root = root;
        this.k = k;
    }

    /** The new field and how c and rho lie in it, for a certificate. */
    String describe() {
        String s = field.symbol();
        return "rho and c lie in Q(gamma), gamma = rho + " + k + " c (a primitive element, Trager 1976), written " + s
                + " from here: " + field.describe() + ", c = " + field.asPolynomial(image) + ", rho = " + field.asPolynomial(root);
    }

    /** The field Q(gamma) = Q(c, rho). */
    PlaneNumberField field() {
        return field;
    }

    /** rho as an element of Q(gamma). */
    UnivariatePolynomial root() {
        return root;
    }

    /**
     * The positive real roots at c of a squarefree polynomial F over Q(c), each with the field
     * that holds it: Q(c) itself for a rational root (the identity embedding), else Q(gamma). The
     * roots are those of F's norm over Q (isolated by Sturm bisection) where a Sturm count of F
     * over Q(c) finds one.
     */
    static List<PlaneFieldExtension> positiveRoots(PlaneNumberField base, List<UnivariatePolynomial> f, Deadline deadline) {
        UnivariatePolynomial norm = base.norm(f).withoutZeroRoot();
        List<PlaneFieldExtension> out = new ArrayList<>();
        for (UnivariatePolynomial.RootInterval i : PlaneChartAlgebra.positiveRoots(norm)) {
            UnivariatePolynomial.RootInterval at = i;
            while (!at.isExact() && (norm.valueAt(at.lo()).isZero() || norm.valueAt(at.hi()).isZero())) {
                at = norm.bisect(at);
            }
            if (at.isExact()) {
                if (base.valueAt(f, UnivariatePolynomial.of(at.lo())).isZero()) {
                    out.add(rational(base, at.lo()));
                }
            } else if (base.rootCountIn(f, at.lo(), at.hi()) == 1) {
                out.add(of(base, f, norm, at, deadline));
            }
        }
        return out;
    }

    /** A rational root: Q(c) itself, theta mapped to itself. */
    private static PlaneFieldExtension rational(PlaneNumberField base, Rational r) {
        return new PlaneFieldExtension(base, UnivariatePolynomial.of(Rational.ZERO, Rational.ONE), UnivariatePolynomial.of(r), 0);
    }

    /** The extension by the root of F at c in the interval (an isolating interval of a root of F's norm). */
    private static PlaneFieldExtension of(PlaneNumberField base, List<UnivariatePolynomial> f, UnivariatePolynomial norm,
            UnivariatePolynomial.RootInterval rho, Deadline deadline) {
        UnivariatePolynomial mu = base.minimalPolynomial();
        for (int k = 1; k <= MAX_K; k++) {
            UnivariatePolynomial n = base.norm(shifted(base, f, k));
            if (n.gcd(n.derivative()).degree() > 0) {
                continue;
            }
            UnivariatePolynomial.RootInterval c = base.rootInterval();
            UnivariatePolynomial.RootInterval r = rho;
            Rational lo = r.lo().add(c.lo().multiply(Rational.of(k)));
            Rational hi = r.hi().add(c.hi().multiply(Rational.of(k)));
            while (n.valueAt(lo).isZero() || n.valueAt(hi).isZero() || n.rootCountIn(lo, hi) != 1) {
                deadline.check();
                r = norm.bisect(r);
                c = mu.bisect(c);
                if (r.isExact()) {
                    return rational(base, r.lo());
                }
                lo = r.lo().add(c.lo().multiply(Rational.of(k)));
                hi = r.hi().add(c.hi().multiply(Rational.of(k)));
            }
            UnivariatePolynomial p = minimalFactor(n, lo, hi, deadline);
            if (p.degree() < 2) {
                continue;
            }
            PlaneNumberField next = PlaneNumberField.of(p, new UnivariatePolynomial.RootInterval(lo, hi), base.symbol(), deadline);
            List<UnivariatePolynomial> g = next.gcd(constants(mu), inGamma(next, f, k));
            if (g.size() != 2) {
                throw new PlaneResolution.Declined("the primitive element rho + " + k + " c of a root of " + f + " over "
                        + base.describe() + " did not separate the conjugates");
            }
            UnivariatePolynomial a = g.get(0).negate();
            UnivariatePolynomial gamma = next.reduce(UnivariatePolynomial.of(Rational.ZERO, Rational.ONE));
            UnivariatePolynomial rootInNext = next.reduce(gamma.subtract(PlaneNumberField.scale(a, Rational.of(k))));
            PlaneFieldExtension e = new PlaneFieldExtension(next, a, rootInNext, k);
            if (!next.valueAt(constants(mu), a).isZero() || !next.valueAt(e.embed(f), rootInNext).isZero()
                    || !e.inside(a, c) || !e.inside(rootInNext, r)) {
                throw new PlaneResolution.Declined("the primitive element of a root of " + f + " over " + base.describe()
                        + " failed its check");
            }
            return e;
        }
        throw new PlaneResolution.Declined("no primitive element rho + k c (k <= " + MAX_K + ") for a root of " + f + " over "
                + base.describe());
    }

    /** Whether the element lies in the open interval, decided exactly in the new field. */
    private boolean inside(UnivariatePolynomial e, UnivariatePolynomial.RootInterval i) {
        return field.signum(e.subtract(UnivariatePolynomial.of(i.lo()))) > 0 && field.signum(UnivariatePolynomial.of(i.hi()).subtract(e)) > 0;
    }

    /** The irreducible factor over Q of n with a root in (lo, hi), where n has exactly one. */
    private static UnivariatePolynomial minimalFactor(UnivariatePolynomial n, Rational lo, Rational hi, Deadline deadline) {
        String t = "t";
        Polynomial p = Polynomial.zero();
        for (int i = 0; i <= n.degree(); i++) {
            p = p.add(Polynomial.term(n.coefficient(i), Map.of(t, i)));
        }
        for (Polynomial f : JasAlgebra.over(List.of(t), deadline).factors(p).keySet()) {
            UnivariatePolynomial u = JasAlgebra.univariate(f, t);
            if (u.rootCountIn(lo, hi) == 1) {
                return u;
            }
        }
        throw new PlaneResolution.Declined("no factor of " + n + " has the root in (" + lo + ", " + hi + ")");
    }

    /** {@code F(z - k theta)} over Q(c), in z. */
    private static List<UnivariatePolynomial> shifted(PlaneNumberField base, List<UnivariatePolynomial> f, int k) {
        UnivariatePolynomial minusKTheta = base.reduce(UnivariatePolynomial.of(Rational.ZERO, Rational.of(-k)));
        List<UnivariatePolynomial> out = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            out.add(UnivariatePolynomial.of());
        }
        for (int m = 0; m < f.size(); m++) {
            List<UnivariatePolynomial> powers = new ArrayList<>(List.of(f.get(m)));
            for (int j = 1; j <= m; j++) {
                powers.add(base.multiply(powers.getLast(), minusKTheta));
            }
            BigInteger binomial = BigInteger.ONE;
            for (int j = 0; j <= m; j++) {
                out.set(j, out.get(j).subtract(PlaneNumberField.scale(powers.get(m - j), Rational.of(binomial)).negate()));
                binomial = binomial.multiply(BigInteger.valueOf(m - j)).divide(BigInteger.valueOf(j + 1));
            }
        }
        return PlaneNumberField.trim(out);
    }

    /**
     * {@code F(gamma - k theta)} as a polynomial in theta over Q(gamma): the term
     * {@code a theta^e z^m} of F gives {@code a theta^e sum_j C(m, j) gamma^(m - j) (-k theta)^j}.
     */
    private static List<UnivariatePolynomial> inGamma(PlaneNumberField next, List<UnivariatePolynomial> f, int k) {
        Map<Integer, UnivariatePolynomial> byTheta = new HashMap<>();
        for (int m = 0; m < f.size(); m++) {
            UnivariatePolynomial a = f.get(m);
            BigInteger binomial = BigInteger.ONE;
            for (int j = 0; j <= m; j++) {
                Rational scale = Rational.of(binomial).multiply(Rational.of(-k).pow(j));
                UnivariatePolynomial gammaPower = UnivariatePolynomial.ofTerms(Map.of(m - j, scale));
                for (int e = 0; e <= a.degree(); e++) {
                    if (!a.coefficient(e).isZero()) {
                        byTheta.merge(e + j, PlaneNumberField.scale(gammaPower, a.coefficient(e)), (u, v) -> u.subtract(v.negate()));
                    }
                }
                binomial = binomial.multiply(BigInteger.valueOf(m - j)).divide(BigInteger.valueOf(j + 1));
            }
        }
        int top = byTheta.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<UnivariatePolynomial> out = new ArrayList<>();
        for (int e = 0; e <= top; e++) {
            out.add(next.reduce(byTheta.getOrDefault(e, UnivariatePolynomial.of())));
        }
        return PlaneNumberField.trim(out);
    }

    /** A polynomial over Q as one over a field (constant elements). */
    private static List<UnivariatePolynomial> constants(UnivariatePolynomial p) {
        List<UnivariatePolynomial> out = new ArrayList<>();
        for (int i = 0; i <= p.degree(); i++) {
            out.add(UnivariatePolynomial.of(p.coefficient(i)));
        }
        return out;
    }

    /** An element of Q(c) as one of Q(gamma): {@code e(A)}. */
    UnivariatePolynomial embed(UnivariatePolynomial e) {
        UnivariatePolynomial out = UnivariatePolynomial.of();
        for (int i = e.degree(); i >= 0; i--) {
            out = field.multiply(out, image).subtract(UnivariatePolynomial.of(e.coefficient(i)).negate());
        }
        return field.reduce(out);
    }

    /** A polynomial over Q(c) as one over Q(gamma), coefficient by coefficient. */
    List<UnivariatePolynomial> embed(List<UnivariatePolynomial> f) {
        return PlaneNumberField.trim(f.stream().map(this::embed).toList());
    }

    /** A polynomial in the plane's variables and theta (over Q(c)) as one over Q(gamma). */
    Polynomial embed(Polynomial p, List<String> vars) {
        List<String> order = new ArrayList<>(vars);
        order.add(field.symbol());
        Map<List<Integer>, Map<Integer, Rational>> elements = new HashMap<>();
        p.termsOver(order).forEach((m, c) -> elements.computeIfAbsent(List.of(m.get(0), m.get(1)), x -> new HashMap<>())
                .merge(m.get(2), c, Rational::add));
        Map<Monomial, Rational> out = new HashMap<>();
        elements.forEach((xy, e) -> {
            UnivariatePolynomial v = embed(UnivariatePolynomial.ofTerms(e));
            for (int u = 0; u <= v.degree(); u++) {
                if (!v.coefficient(u).isZero()) {
                    out.put(Monomial.of(xy.get(0), xy.get(1), u), v.coefficient(u));
                }
            }
        });
        return Polynomial.fromTerms(order, out);
    }
}
