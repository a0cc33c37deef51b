package org.sltjava.tests.plane;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * Local questions in two variables whose (lambda, m) at 0 is known by construction: a normal form
 * with a closed-form answer, composed with a random analytic change of coordinates that fixes 0
 * and has an invertible linear part. Every change used is a composition of triangular polynomial
 * maps {@code (x, y) -> (x + r(y), y)}, {@code (x, y) -> (x, y + s(x))} and invertible rational
 * linear maps, so its Jacobian determinant is a non-zero constant: the pulled-back question has
 * the same local (lambda, m) (invariance under analytic isomorphisms, Watanabe 2009, ch. 2), and
 * the weight {@code |phi_1^a phi_2^b|} pulled back is kept a monomial by restricting the changes:
 * a weight in x alone only meets changes {@code (x, y) -> (c1 x, c2 y + d x + s(x))}, a weight in
 * both variables only diagonal scalings.
 *
 * <p>The normal forms and their closed forms (nu = (a + 1, b + 1) for the weight |x^a y^b|):
 * <ul>
 * <li>{@code x^(2i) y^(2j)}: the monomial rule, lambda = min over the exponents > 0 of
 * (a + 1)/(2i), (b + 1)/(2j), m = the number attaining it;</li>
 * <li>{@code x^(2i) + c x^i y^j + y^(2j)} with c in {0, 1, -1}: the quadratic form
 * {@code X^2 + c X Y + Y^2} is positive definite (c^2 < 4), so the only compact edge, from (2i, 0)
 * to (0, 2j), has a face polynomial without real zeros in the torus: non-degenerate, and t0 nu
 * lies inside that edge ({@code t0 (nu1/(2i) + nu2/(2j)) = 1}): lambda = (a + 1)/(2i) +
 * (b + 1)/(2j), m = 1 (Varchenko 1976);</li>
 * <li>{@code (y^p - x^q)^2}, p, q >= 2 coprime, weight |x^a|: f = y^p - x^q is non-degenerate
 * (its face polynomial has simple roots in the torus) with Newton distance rho = (a + 1)/q + 1/p
 * along nu = (a + 1, 1), and f vanishes in the open quadrants near 0: lambda = min(rho, 1)/2 with
 * m = 1 (rho = 1 is not generated); the single-square rule of Varchenko 1976 / the notes;</li>
 * <li>{@code (y^p - x^q)^2 + x^(2r)} with r > q and a unit weight: the weighted blow-up along
 * (p, q) gives the generic value (p + q)/(2pq) and at the two points of the divisor where
 * w^2 = 1 the chart problem {@code t^(2pq) (c w^2 + t^(2p(r - q)))} with weight t^(p + q - 1),
 * whose Newton distance (p + q)/(2pq) is attained on the non-compact face when
 * (r - q)(pq - p - q) > 0, true here: lambda = (p + q)/(2pq), m = 1.</li>
 * </ul>
 */
final class PlaneNormalForms {

    private static final List<String> VARS = List.of("x", "y");
    private static final int[][] COPRIME = {{2, 3}, {3, 2}, {2, 5}, {3, 4}, {4, 3}, {2, 7}, {3, 5}};

    /** A generated question with its known answer and how it was made. */
    record Case(Problem problem, Rational lambda, int m, String derivation) {
        @Override
        public String toString() {
            return problem + " (known: lambda = " + lambda + ", m = " + m + "; " + derivation + ")";
        }
    }

    private PlaneNormalForms() {
    }

    private static Polynomial x() {
        return Polynomial.variable("x");
    }

    private static Polynomial y() {
        return Polynomial.variable("y");
    }

    private static Polynomial mono(int i, int j) {
        return x().pow(i).multiply(y().pow(j));
    }

    /**
     * The case made from the seed. With {@code general}, a question with a unit weight gets the
     * general change (both triangular maps and a linear map, which mixes the variables and raises
     * the degree of K up to 56), and the cusp plus a higher term gets x^(2r) with r = q + 1 or
     * q + 2. Without, a question with a unit weight gets a triangular change keeping one variable
     * (like a question with a weight in one variable), and r = q + 1.
     */
    static Case of(long seed, boolean general) {
        SplittableRandom random = new SplittableRandom(seed);
        int family = random.nextInt(4);
        int a = 0;
        int b = 0;
        Polynomial k;
        Rational lambda;
        int m;
        String form;
        switch (family) {
            case 0 -> {
                int i = random.nextInt(4);
                int j = i == 0 ? 1 + random.nextInt(3) : random.nextInt(4);
                a = random.nextInt(3);
                b = random.nextInt(3);
                k = mono(2 * i, 2 * j);
                Rational lx = i == 0 ? null : Rational.of(a + 1, 2L * i);
                Rational ly = j == 0 ? null : Rational.of(b + 1, 2L * j);
                lambda = lx == null ? ly : ly == null ? lx : lx.min(ly);
                m = (lambda.equals(lx) ? 1 : 0) + (lambda.equals(ly) ? 1 : 0);
                form = "monomial x^" + 2 * i + " y^" + 2 * j;
            }
            case 1 -> {
                int i = 1 + random.nextInt(3);
                int j = 1 + random.nextInt(3);
                int c = random.nextInt(3) - 1;
                a = random.nextInt(3);
                b = random.nextInt(3);
                k = mono(2 * i, 0).add(mono(i, j).scale(Rational.of(c))).add(mono(0, 2 * j));
                lambda = Rational.of(a + 1, 2L * i).add(Rational.of(b + 1, 2L * j));
                m = 1;
                form = "non-degenerate x^" + 2 * i + " + " + c + " x^" + i + " y^" + j + " + y^" + 2 * j;
            }
            case 2 -> {
                int[] pq = COPRIME[random.nextInt(COPRIME.length)];
                int p = pq[0];
                int q = pq[1];
                Rational rho;
                do {
                    a = random.nextInt(4);
                    rho = Rational.of(a + 1, q).add(Rational.of(1, p));
                } while (rho.equals(Rational.ONE));
                k = y().pow(p).subtract(x().pow(q)).pow(2);
                lambda = rho.min(Rational.ONE).divide(Rational.of(2));
                m = 1;
                form = "single square (y^" + p + " - x^" + q + ")^2, rho = " + rho;
            }
            default -> {
                int[] pq = COPRIME[random.nextInt(3)];
                int p = pq[0];
                int q = pq[1];
                int higher = random.nextInt(2);
                int r = q + 1 + (general ? higher : 0);
                k = y().pow(p).subtract(x().pow(q)).pow(2).add(x().pow(2 * r));
                lambda = Rational.of(p + q, 2L * p * q);
                m = 1;
                form = "(y^" + p + " - x^" + q + ")^2 + x^" + 2 * r;
            }
        }
        Map<String, Polynomial> change;
        String changeText;
        if (a > 0 && b > 0) {
            change = Map.of("x", x().scale(nonZero(random)), "y", y().scale(nonZero(random)));
            changeText = "diagonal scaling";
        } else if (a > 0 || b > 0 || !general) {
            String keep = a > 0 ? "x" : "y";
            String other = a > 0 ? "y" : "x";
            Polynomial kv = Polynomial.variable(keep);
            Polynomial ov = Polynomial.variable(other);
            Polynomial image = ov.scale(nonZero(random)).add(kv.scale(small(random))).add(curve(random, keep));
            change = Map.of(keep, kv.scale(nonZero(random)), other, image);
            changeText = "triangular, keeping " + keep;
        } else {
            change = general(random);
            changeText = "triangular maps and an invertible linear map";
        }
        Polynomial pulled = k.substitute(change);
        Polynomial weight = mono(a, b);
        Problem problem = Problem.builder().parameters(VARS).loss(pulled).weight(weight).at("x", "0").at("y", "0").build();
        return new Case(problem, lambda, m, form + ", weight |x^" + a + " y^" + b + "|, change " + changeText + " "
                + change);
    }

    /** (x, y) -> L(x + r(y), y + s(x + r(y))): the two triangular maps, then an invertible linear map L. */
    private static Map<String, Polynomial> general(SplittableRandom random) {
        Polynomial first = x().add(curve(random, "y"));
        Polynomial second = y().add(curve(random, "x").substitute(Map.of("x", first)));
        Rational p;
        Rational q;
        Rational r;
        Rational s;
        do {
            p = small(random);
            q = small(random);
            r = small(random);
            s = small(random);
        } while (p.multiply(s).subtract(q.multiply(r)).isZero());
        return Map.of("x", first.scale(p).add(second.scale(q)), "y", first.scale(r).add(second.scale(s)));
    }

    /** c2 v^2 (+ c3 v^3 sometimes), possibly zero: the non-linear part of a triangular map. */
    private static Polynomial curve(SplittableRandom random, String v) {
        Polynomial t = Polynomial.variable(v);
        Polynomial out = t.pow(2).scale(small(random));
        if (random.nextInt(3) == 0) {
            out = out.add(t.pow(3).scale(small(random)));
        }
        return out;
    }

    private static Rational small(SplittableRandom random) {
        return Rational.of(random.nextInt(5) - 2, 1 + random.nextInt(2));
    }

    private static Rational nonZero(SplittableRandom random) {
        Rational c;
        do {
            c = small(random);
        } while (c.isZero());
        return c;
    }
}
