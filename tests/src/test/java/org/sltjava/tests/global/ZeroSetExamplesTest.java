package org.sltjava.tests.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.catalog.CatalogEntry;
import org.sltjava.core.catalog.ReducedRankRegression;
import org.sltjava.core.model.ModelFamilies;
import org.sltjava.tests.ExactAnswers;

/**
 * The global questions of issue 12 ("must be exact"), each from the expanded text and from stated
 * squares, answered by {@link RlctEngine#standard()} with the default budget. Each expected value
 * is derived in a comment from the zero set: global lambda is the minimum of the local ones over
 * the zeros in the box, m the largest m among the minimisers.
 */
class ZeroSetExamplesTest {

    private static Problem text(String k, String lo, String hi, String... vars) {
        return Problem.builder().parameters(vars).loss(k).box(lo, hi).build();
    }

    private static Problem squares(String scale, List<String> fs, String lo, String hi, String... vars) {
        List<Polynomial> ps = fs.stream().map(PolynomialParser::parse).toList();
        return Problem.builder().parameters(vars).loss(Loss.sumOfSquares(Rational.parse(scale), ps)).box(lo, hi).build();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        // One regular zero off the origin: 3x - 2 = 5y + 1 = 0 at (2/3, -1/5), inside [-1, 1]^2; the Jacobian of the
        // squares [[3, 0], [0, 5]] is invertible, so K ~ |w - a|^2 there: lambda = 2/2 = 1, m = 1.
        out.add(Arguments.of(text("(3*x - 2)^2 + (5*y + 1)^2", "-1", "1", "x", "y"), "1", 1));
        out.add(Arguments.of(squares("1", List.of("3*x - 2", "5*y + 1"), "-1", "1", "x", "y"), "1", 1));
        // The curve z = x y, y = x^2 (that is y = x^2, z = x^3) is smooth; the Jacobian of (z - x y, y - x^2),
        // [[-y, -x, 1], [-2x, 1, 0]], has rank 2 everywhere (the last two columns): Morse-Bott of codimension 2,
        // lambda = 2/2 = 1, m = 1 (the curve passes through the open box at the origin).
        out.add(Arguments.of(text("(z - x*y)^2 + (y - x^2)^2", "-1", "1", "x", "y", "z"), "1", 1));
        out.add(Arguments.of(squares("1", List.of("z - x*y", "y - x^2"), "-1", "1", "x", "y", "z"), "1", 1));
        // Zeros: the origin (x^2 + y^2 = 0) and (1/3, -1/2) (the second factor). At the origin the second factor is
        // 1 + 1 = 2 > 0, K ~ x^2 + y^2: lambda = 1, m = 1. At (1/3, -1/2) the first factor is 1/9 + 1/4 > 0, and
        // K ~ u^4 + v^2 with u = 3x - 1, v = 2y + 1 (a disjoint sum): lambda = 1/4 + 1/2 = 3/4, m = 1 + 1 - 1 = 1.
        // The minimum: 3/4, m = 1. As squares: (x^2 + y^2)(p^2 + q^2) = (x p)^2 + (x q)^2 + (y p)^2 + (y q)^2.
        out.add(Arguments.of(text("(x^2 + y^2)*((3*x - 1)^4 + (2*y + 1)^2)", "-1", "1", "x", "y"), "3/4", 1));
        out.add(Arguments.of(squares("1", List.of("x*(3*x - 1)^2", "x*(2*y + 1)", "y*(3*x - 1)^2", "y*(2*y + 1)"), "-1", "1",
                "x", "y"), "3/4", 1));
        // Zeros: x = y = +-sqrt 2, inside [-2, 2]^2; the Jacobian [[2x, 0], [-1, 1]] has determinant 2x != 0 there:
        // two regular points, lambda = 2/2 = 1, m = 1.
        out.add(Arguments.of(text("(x^2 - 2)^2 + (y - x)^2", "-2", "2", "x", "y"), "1", 1));
        out.add(Arguments.of(squares("1", List.of("x^2 - 2", "y - x"), "-2", "2", "x", "y"), "1", 1));
        // The unit circle and the line x = y, both smooth, cross at +-(1/sqrt 2, 1/sqrt 2) with independent gradients
        // (2x, 2y) and (1, -1) (x + y != 0): K = (u v)^2 times a unit there, lambda = 1/2, m = 2 (monomial rule); at
        // the other zeros K = u^2 times a unit, lambda = 1/2, m = 1. The minimum: 1/2 with the largest m, 2.
        out.add(Arguments.of(text("((x^2 + y^2 - 1)*(x - y))^2", "-2", "2", "x", "y"), "1/2", 2));
        out.add(Arguments.of(squares("1", List.of("(x^2 + y^2 - 1)*(x - y)"), "-2", "2", "x", "y"), "1/2", 2));
        // Blocks {x, y} and {z} on a product box. ((x - 1/2) y)^2: the lines x = 1/2 and y = 0 cross normally at
        // (1/2, 0): lambda = 1/2, m = 2 (monomial rule after translation). (z + 1/3)^2: a simple zero, 1/2, m = 1.
        // Disjoint sum: lambda = 1/2 + 1/2 = 1, m = 2 + 1 - 1 = 2.
        out.add(Arguments.of(text("((x - 1/2)*y)^2 + (z + 1/3)^2", "-1", "1", "x", "y", "z"), "1", 2));
        out.add(Arguments.of(squares("1", List.of("(x - 1/2)*y", "z + 1/3"), "-1", "1", "x", "y", "z"), "1", 2));
        // The regression y = a b x + c x^2 with x ~ N(0, 1), truth a = b = 0, c = 1: K = E[(a b x + (c - 1) x^2)^2]/2
        // = (a^2 b^2 E x^2 + 2 a b (c - 1) E x^3 + (c - 1)^2 E x^4)/2 = a^2 b^2/2 + 3 (c - 1)^2/2. Blocks {a, b}:
        // (a b)^2, the monomial rule: lambda = min(1/2, 1/2) = 1/2, m = 2; {c}: a simple zero at 1, 1/2, m = 1. Sum:
        // lambda = 1, m = 2. Squares: 3 (c - 1)^2 = (c - 1)^2 + (c - 1)^2 + (c - 1)^2, with the scale 1/2.
        out.add(Arguments.of(text("a^2*b^2/2 + 3*(c - 1)^2/2", "-2", "2", "a", "b", "c"), "1", 2));
        out.add(Arguments.of(squares("1/2", List.of("a*b", "c - 1", "c - 1", "c - 1"), "-2", "2", "a", "b", "c"), "1", 2));
        // Reduced-rank regression M = N = 2, H = r = 1 with the true matrix [[1/2, 1/4], [1/4, 1/8]] (rank 1):
        // Aoyagi and Watanabe (2005), case 1 (N + r = M + H = 3, H + r = 2 <= M + N = 4), M + H + N + r = 6 even:
        // lambda = (2 (H + r)(M + N) - (M - N)^2 - (H + r)^2)/8 = (16 - 0 - 4)/8 = 3/2, m = 1.
        Rational[][] truth = {{Rational.of(1, 2), Rational.of(1, 4)}, {Rational.of(1, 4), Rational.of(1, 8)}};
        Problem rrr = ModelFamilies.reducedRankRegression(2, 2, 1, truth).problem().box(-2, 2).build();
        out.add(Arguments.of(rrr, "3/2", 1));
        out.add(Arguments.of(Problem.builder().parameters(rrr.parameters()).loss(rrr.k()).box(-2, 2).build(), "3/2", 1));
        // Four irrational zeros that no coordinate separates: (1 - 2y^2)^2 + (y^2 - 3z^2)^2 vanishes where y^2 = 1/2
        // and z^2 = 1/6, at (+-1/sqrt 2, +-1/sqrt 6) in the open box, two points on each line y = const or z = const.
        // The Jacobian of the squares, [[-4y, 0], [2y, -6z]], has determinant 24 y z != 0 there: four regular points,
        // lambda = 2/2 = 1, m = 1. Expanded: 5y^4 - 6y^2z^2 + 9z^4 - 4y^2 + 1.
        out.add(Arguments.of(text("5*y^4 - 6*y^2*z^2 + 9*z^4 - 4*y^2 + 1", "-1", "1", "y", "z"), "1", 1));
        out.add(Arguments.of(squares("1", List.of("1 - 2*y^2", "y^2 - 3*z^2"), "-1", "1", "y", "z"), "1", 1));
        // Five parameters stated expanded: (x^2 + y^2 - 1/2)^2 + (u - x)^2 + (v - y)^2 + (w - x y)^2 vanishes on the
        // circle x^2 + y^2 = 1/2 lifted by u = x, v = y, w = x y, inside the open box (|x|, |y| < 3/4, |x y| <= 1/4),
        // so no zero lies on a face (each face is settled by interval arithmetic). The gradients 2(x, y, 0, 0, 0), du - dx,
        // dv - dy, dw - y dx - x dy are independent on it: a smooth curve of codimension 4 along which K is Morse-Bott,
        // lambda = 4/2 = 2, m = 1.
        out.add(Arguments.of(text("u^2 - 2*u*x + v^2 - 2*v*y + w^2 - 2*w*x*y + x^4 + 3*x^2*y^2 + y^4 + 1/4", "-1", "1", "u", "v",
                "w", "x", "y"), "2", 1));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answeredExactly(Problem p, String lambda, int m) {
        ExactAnswers.assertExact(p, lambda, m);
    }

    /**
     * Reduced-rank regression with a full-rank truth (H = r) whose entries are all non-zero, M, N <= 3, H <= 2,
     * built with {@link ModelFamilies#reducedRankRegression}: the published (lambda, m) of Aoyagi and Watanabe
     * (2005) as the catalogue states them. The truth is the sum of r outer products u_k v_k^T with positive
     * entries and independent u_k, so its rank is r.
     */
    static Stream<Arguments> reducedRank() {
        List<Arguments> out = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            for (int n = 1; n <= 3; n++) {
                for (int h = 1; h <= Math.min(2, Math.min(m, n)); h++) {
                    Rational[][] truth = new Rational[m][n];
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            Rational v = Rational.of(1, (i + 1) * (j + 2));
                            truth[i][j] = h == 2 ? v.add(Rational.of((i + 1) * (i + 1), j + 3)) : v;
                        }
                    }
                    CatalogEntry published = ReducedRankRegression.entry(m, n, h, h);
                    Problem p = ModelFamilies.reducedRankRegression(m, n, h, truth).problem().box(-2, 2).build();
                    out.add(Arguments.of(m + "x" + n + ", H = r = " + h, p, published.lambda(), published.m()));
                }
            }
        }
        return out.stream();
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("reducedRank")
    void reducedRankRegressionWithAFullRankTruth(String name, Problem p, Rational lambda, int m) {
        RlctResult r = RlctEngine.standard().analyse(p);
        assertTrue(r.isExact(), () -> name + ": " + r + "\n" + r.certificate().text());
        assertEquals(lambda, r.lambda().orElseThrow(), name);
        assertEquals(m, r.m().orElseThrow(), name);
    }
}
