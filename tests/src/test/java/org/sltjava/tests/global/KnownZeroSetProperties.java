package org.sltjava.tests.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * Random sums of squares in 2 to 4 variables whose zero sets are known by construction, global
 * over [-1, 1]^d (issue 12). With a in (-1/2, 1/2)^d, an invertible integer matrix A and
 * {@code v = A (w - a)}, the map {@code Phi(w)_i = v_i + q_i(v_(i+1), ..., v_d)} (q_i quadratic
 * without constant or linear term) is a polynomial automorphism with Phi(a) = 0 and an
 * invertible Jacobian everywhere. {@code K = sum_(i <= c) Phi_i^2} vanishes exactly on
 * {@code Phi_1 = ... = Phi_c = 0}, a smooth submanifold of codimension c through a (inside the
 * open box) on which the Jacobian of the squares has rank c: Morse-Bott, lambda = c/2, m = 1
 * (points on the boundary have no smaller lambda). For a union, K is multiplied by
 * {@code |B (w - b)|^2} for a second point b (B invertible) not on the first zero set
 * (checked exactly: some Phi_i(b) != 0), written as the squares {@code Phi_i g_j}: near b the
 * first factor is a positive unit and b is a regular point, (d/2, 1); on the first zero set the
 * second factor is a positive unit: the minimum is (c/2, 1) (both 1 when c = d, m = 1).
 * Stated as squares or as the expanded text. Never wrong; at least 90% exact for one component,
 * for unions in the plane, and for unions in 3 and 4 variables.
 */
@Tag("slow")
class KnownZeroSetProperties {

    /** A problem with its known global (lambda, m). */
    record Known(Problem problem, Rational lambda, int m) {
    }

    private static Rational[][] invertible(int d, SplittableRandom random) {
        while (true) {
            Rational[][] a = new Rational[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a[i][j] = Rational.of(i == j ? 1 + random.nextInt(3) : random.nextInt(-1, 2));
                }
            }
            if (!RationalMatrix.determinant(a).isZero()) {
                return a;
            }
        }
    }

    private static Map<String, Rational> point(List<String> vars, SplittableRandom random) {
        Map<String, Rational> a = new LinkedHashMap<>();
        int[] dens = {3, 4, 5, 7};
        for (String v : vars) {
            int den = dens[random.nextInt(dens.length)];
            a.put(v, Rational.of(random.nextInt(-(den - 1) / 2, (den - 1) / 2 + 1), den));
        }
        return a;
    }

    /** The linear forms {@code A (w - a)}. */
    private static List<Polynomial> linear(Rational[][] a, Map<String, Rational> at, List<String> vars) {
        List<Polynomial> out = new ArrayList<>();
        for (Rational[] row : a) {
            Polynomial f = Polynomial.zero();
            for (int j = 0; j < vars.size(); j++) {
                Polynomial shifted = Polynomial.variable(vars.get(j)).subtract(Polynomial.constant(at.get(vars.get(j))));
                f = f.add(shifted.scale(row[j]));
            }
            out.add(f);
        }
        return out;
    }

    static Known instance(long seed, int d, boolean union, boolean expanded) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> vars = List.of("x", "y", "z", "t").subList(0, d);
        int c = 1 + random.nextInt(d);
        Map<String, Rational> a = point(vars, random);
        List<Polynomial> v = linear(invertible(d, random), a, vars);
        List<Polynomial> phi = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            Polynomial f = v.get(i);
            for (int j = i + 1; j < d; j++) {
                for (int k = j; k < d; k++) {
                    int coefficient = random.nextInt(4) == 0 ? random.nextInt(-2, 3) : 0;
                    f = f.add(v.get(j).multiply(v.get(k)).scale(Rational.of(coefficient)));
                }
            }
            phi.add(f);
        }
        List<Polynomial> squares = phi;
        if (union) {
            Map<String, Rational> b = point(vars, random);
            if (phi.stream().anyMatch(f -> !f.evaluate(b).isZero())) {
                List<Polynomial> g = linear(invertible(d, random), b, vars);
                squares = new ArrayList<>();
                for (Polynomial f : phi) {
                    for (Polynomial h : g) {
                        squares.add(f.multiply(h));
                    }
                }
            }
        }
        Loss loss = Loss.sumOfSquares(squares);
        Problem p = Problem.builder().parameters(vars).loss(expanded ? Loss.of(loss.expanded()) : loss).box(-1, 1).build();
        return new Known(p, Rational.of(c, 2), 1);
    }

    /**
     * Answers the instance and checks it against the known value: an exact answer must equal it,
     * an upper bound must not lie below it. Returns whether the answer was exact.
     */
    private static boolean answeredRight(long seed, int d, boolean union, boolean expanded, List<String> missed) {
        Known k = instance(seed, d, union, expanded);
        RlctResult r = RlctEngine.standard().analyse(k.problem());
        if (r.isExact()) {
            assertEquals(k.lambda(), r.lambda().orElseThrow(), () -> k + "\n" + r.certificate().text());
            assertEquals(k.m(), r.m().orElseThrow(), () -> k + "\n" + r.certificate().text());
            return true;
        }
        missed.add(k.problem() + ": " + r);
        r.lambdaUpper().ifPresent(u -> assertTrue(u.compareTo(k.lambda()) >= 0, () -> k + ": bound " + u));
        return false;
    }

    /** One smooth component (a point, a curve, a surface) in 2 to 4 variables, and unions in the plane: at least 90% exact. */
    @Test
    void smoothZeroSetsAreNeverWrongAndMostlyExact() {
        int[] counts = new int[2];
        List<String> missed = new ArrayList<>();
        qt().withFixedSeed(20261203L).withExamples(50)
                .forAll(longs().all(), integers().between(2, 4), integers().between(0, 3))
                .checkAssert((seed, d, shape) -> {
                    boolean union = shape >= 2 && d == 2;
                    counts[0]++;
                    counts[1] += answeredRight(seed, d, union, shape % 2 == 1, missed) ? 1 : 0;
                });
        System.out.println("smooth zero sets and unions in the plane: " + counts[1] + " of " + counts[0] + " exact");
        assertTrue(counts[1] >= 0.9 * counts[0], () -> counts[1] + " of " + counts[0] + " exact; missed: " + missed);
    }

    /**
     * Unions of a smooth component and a regular point in 3 and 4 variables: never wrong, and at
     * least 90% exact. The two factors are non-negative with disjoint zero sets, so the global
     * answer is the smaller of the two components' (the rule of disjoint zero sets); the stated
     * squares are split as a grid of products without factorising K, the expanded text through
     * its factors over Q, whose factorisation (JAS) or whose quartic part's own decomposition may
     * run past the default budget in some of the expanded cases.
     */
    @Test
    void unionsInThreeAndFourVariablesAreNeverWrongAndMostlyExact() {
        int[] counts = new int[2];
        List<String> missed = new ArrayList<>();
        qt().withFixedSeed(20261203L).withExamples(40)
                .forAll(longs().all(), integers().between(3, 4), integers().between(0, 1))
                .checkAssert((seed, d, expanded) -> {
                    counts[0]++;
                    counts[1] += answeredRight(seed, d, true, expanded == 1, missed) ? 1 : 0;
                });
        System.out.println("unions in 3 and 4 variables: " + counts[1] + " of " + counts[0] + " exact");
        assertTrue(counts[1] >= 0.9 * counts[0], () -> counts[1] + " of " + counts[0] + " exact; missed: " + missed);
    }
}
