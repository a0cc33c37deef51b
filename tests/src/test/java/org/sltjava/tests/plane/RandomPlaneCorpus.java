package org.sltjava.tests.plane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * A random corpus of global questions in two variables over the box [-1, 1]^2 with the uniform
 * prior: sums and products of squares of random polynomials of degree at most 4 whose real zeros
 * meet the box. Each instance is a deterministic function of its seed ({@link SplittableRandom}).
 *
 * <p><b>How a polynomial is made.</b> A point {@code a} of the open box is drawn with coordinates
 * {@code p/q}, {@code q} in {1, 2, 3, 4, 5} and {@code |p| < q} (so 0 is common). A polynomial of
 * order {@code k} at {@code a} and total degree at most {@code D} (1 <= k <= D <= 4) is a random
 * combination, with small rational coefficients (integers in [-3, 3] over 1 or 2), of the
 * monomials {@code (x - a1)^i (y - a2)^j} with {@code k <= i + j <= D}, at least one of them of
 * degree k. It vanishes at {@code a} because every monomial does, so its zero set meets the box
 * at the interior point {@code a}; order 1 is a regular point of its zero curve, order 2 and 3 a
 * singular point (a node, cusp, tacnode, isolated point, ... as the random lowest part makes it).
 *
 * <p><b>Families</b> (drawn with equal probability; K is stated either as its squares or as the
 * expanded polynomial, with probability 1/2 each):
 * <ul>
 * <li>{@code SQUARE}: {@code K = f^2}, f of degree 2 to 4 through a;</li>
 * <li>{@code SUM_OF_TWO}, {@code SUM_OF_THREE}: {@code K = f_1^2 + ... + f_s^2}, all through the
 *     same point a (so K vanishes at a; its zero set is the common zero set of the f_i), degrees
 *     1 to 4 (at most 3 for three squares);</li>
 * <li>{@code PRODUCT_OF_SQUARES}: {@code K = f^2 g^2}, f through a and g through another point b,
 *     degrees adding up to at most 5;</li>
 * <li>{@code SQUARE_OF_PRODUCT}: {@code K = (f g)^2}, f and g through the same point a, so their
 *     curves meet there (degrees adding up to at most 5);</li>
 * <li>{@code SQUARE_TIMES_SUM}: {@code K = f^2 (g^2 + h^2)} stated as the squares
 *     {@code (f g)^2 + (f h)^2}: f through a, g and h through a common point b.</li>
 * </ul>
 *
 * <p>Each instance carries what its construction tells about it: the interior zeros it was built
 * with, the factors that divide every square (with the interior point where each vanishes), and
 * the polynomials whose squares add up to K.
 */
final class RandomPlaneCorpus {

    static final List<String> VARS = List.of("x", "y");

    /** How an instance's K is put together. */
    enum Family {
        SQUARE, SUM_OF_TWO, SUM_OF_THREE, PRODUCT_OF_SQUARES, SQUARE_OF_PRODUCT, SQUARE_TIMES_SUM
    }

    /** A factor dividing every square of K, vanishing at the interior point {@code zero}. */
    record CommonFactor(Polynomial factor, Map<String, Rational> zero) {
    }

    /**
     * One question of the corpus.
     *
     * @param seed          the seed it was made from
     * @param family        its family
     * @param problem       the global question over [-1, 1]^2
     * @param roots         polynomials g_j with {@code K = sum g_j^2}
     * @param zeros         interior points of the box where K vanishes by construction
     * @param commonFactors factors dividing every g_j, each with an interior zero
     * @param description   how it was made, for failure messages and reports
     */
    record Instance(long seed, Family family, Problem problem, List<Polynomial> roots, List<Map<String, Rational>> zeros,
                    List<CommonFactor> commonFactors, String description) {
        @Override
        public String toString() {
            return "seed " + seed + " " + family + ": K = " + problem.k() + " (" + description + ")";
        }
    }

    private RandomPlaneCorpus() {
    }

    /** The instance made from {@code seed}, of a family drawn from it. */
    static Instance of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return of(seed, Family.values()[random.nextInt(Family.values().length)], random);
    }

    /** The instance of {@code family} made from {@code seed}. */
    static Instance of(long seed, Family family) {
        return of(seed, family, new SplittableRandom(seed));
    }

    private static Instance of(long seed, Family family, SplittableRandom random) {
        boolean expanded = random.nextBoolean();
        Map<String, Rational> a = point(random);
        List<Polynomial> roots = new ArrayList<>();
        List<Map<String, Rational>> zeros = new ArrayList<>(List.of(a));
        List<CommonFactor> common = new ArrayList<>();
        StringBuilder how = new StringBuilder();
        switch (family) {
            case SQUARE -> {
                Polynomial f = through(random, a, 2 + random.nextInt(3), how);
                roots.add(f);
                common.add(new CommonFactor(f, a));
            }
            case SUM_OF_TWO, SUM_OF_THREE -> {
                int count = family == Family.SUM_OF_TWO ? 2 : 3;
                for (int i = 0; i < count; i++) {
                    roots.add(through(random, a, 1 + random.nextInt(count == 2 ? 4 : 3), how));
                }
            }
            case PRODUCT_OF_SQUARES -> {
                Map<String, Rational> b = point(random);
                int df = 1 + random.nextInt(4);
                Polynomial f = through(random, a, df, how);
                Polynomial g = through(random, b, 1 + random.nextInt(5 - df), how);
                roots.add(f.multiply(g));
                zeros.add(b);
                common.add(new CommonFactor(f, a));
                common.add(new CommonFactor(g, b));
            }
            case SQUARE_OF_PRODUCT -> {
                int df = 1 + random.nextInt(3);
                Polynomial f = through(random, a, df, how);
                Polynomial g = through(random, a, 1 + random.nextInt(5 - df), how);
                roots.add(f.multiply(g));
                common.add(new CommonFactor(f, a));
                common.add(new CommonFactor(g, a));
            }
            case SQUARE_TIMES_SUM -> {
                Map<String, Rational> b = point(random);
                Polynomial f = through(random, a, 1 + random.nextInt(2), how);
                Polynomial g = through(random, b, 1 + random.nextInt(2), how);
                Polynomial h = through(random, b, 1 + random.nextInt(2), how);
                roots.add(f.multiply(g));
                roots.add(f.multiply(h));
                zeros.add(b);
                common.add(new CommonFactor(f, a));
            }
        }
        Loss sum = Loss.sumOfSquares(roots);
        Loss loss = expanded ? Loss.of(sum.expanded()) : sum;
        Problem problem = Problem.builder().parameters(VARS).loss(loss).box(-1, 1).build();
        how.append(expanded ? "stated expanded" : "stated as squares");
        return new Instance(seed, family, problem, List.copyOf(roots), List.copyOf(zeros), List.copyOf(common),
                how.toString());
    }

    /** A point of the open box with small denominators. */
    private static Map<String, Rational> point(SplittableRandom random) {
        Map<String, Rational> p = new LinkedHashMap<>();
        for (String v : VARS) {
            int q = 1 + random.nextInt(5);
            p.put(v, Rational.of(random.nextInt(-(q - 1), q), q));
        }
        return p;
    }

    /**
     * A random polynomial of total degree at most {@code degree} vanishing at {@code a}, of order
     * 1 (probability 1/2), 2 or 3 there (not above the degree); appends "f of degree D, order k at
     * a; " to {@code how}.
     */
    private static Polynomial through(SplittableRandom random, Map<String, Rational> a, int degree, StringBuilder how) {
        int order = Math.min(degree, random.nextBoolean() ? 1 : 2 + random.nextInt(2));
        Polynomial u = Polynomial.variable("x").subtract(Polynomial.constant(a.get("x")));
        Polynomial v = Polynomial.variable("y").subtract(Polynomial.constant(a.get("y")));
        Polynomial f;
        do {
            f = Polynomial.zero();
            for (int total = order; total <= degree; total++) {
                for (int i = 0; i <= total; i++) {
                    if (total == order || random.nextInt(3) > 0) {
                        f = f.add(u.pow(i).multiply(v.pow(total - i)).scale(coefficient(random)));
                    }
                }
            }
        } while (lowestPartVanishes(f, a, order));
        how.append("f of degree ").append(f.totalDegree()).append(", order ").append(order).append(" at ")
                .append(Problem.formatPoint(a)).append("; ");
        return f;
    }

    private static boolean lowestPartVanishes(Polynomial f, Map<String, Rational> a, int order) {
        return f.isZero() || orderAt(f, a) != order;
    }

    /** The order of {@code f} at {@code a}: the least total degree of its Taylor expansion there. */
    static int orderAt(Polynomial f, Map<String, Rational> a) {
        return f.translate(a).termsOver(VARS).keySet().stream().mapToInt(Monomial::degree).min().orElseThrow();
    }

    private static Rational coefficient(SplittableRandom random) {
        return Rational.of(random.nextInt(-3, 4), 1 + random.nextInt(2));
    }
}
