package org.sltjava.tests.global;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Loss;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctResult;
import org.sltjava.tests.ExactAnswers;

/**
 * Products of non-negative factors whose zero sets do not meet, global over [-1, 1]^d, from the
 * expanded text and from stated squares (the grid of products f_i g_j). Near a zero of one factor
 * the other is a positive unit, so the local answer is that factor's; the global answer is the
 * minimum over the zeros, the largest m among the minimisers: multiplicities are not added as in
 * a product over disjoint parameters, since no point is a zero of both factors.
 */
class DisjointZeroSetsTest {

    private static Problem text(String k, String... vars) {
        return Problem.builder().parameters(vars).loss(k).box(-1, 1).build();
    }

    private static Problem squares(List<String> fs, String... vars) {
        return Problem.builder().parameters(vars).loss(Loss.sumOfSquares(fs.stream().map(PolynomialParser::parse).toList()))
                .box(-1, 1).build();
    }

    static Stream<Arguments> cases() {
        // Two regular points (1/2, 0) and (-1/2, 0): at each K = unit * |w - a|^2 (the other factor is 1 there), so
        // lambda = 2/2 = 1, m = 1 at both, and globally 1, m = 1 (not 2: the points are different).
        // Squares: ((x - 1/2)^2 + y^2)((x + 1/2)^2 + y^2) = sum of (a b)^2 over a in {x - 1/2, y}, b in {x + 1/2, y}.
        Arguments twoPoints = Arguments.of(text("((x - 1/2)^2 + y^2)*((x + 1/2)^2 + y^2)", "x", "y"), "1", 1);
        Arguments twoPointsSquares = Arguments.of(squares(List.of("(x - 1/2)*(x + 1/2)", "(x - 1/2)*y", "y*(x + 1/2)", "y*y"),
                "x", "y"), "1", 1);
        // The twisted cubic y = x^2, z = x^3 (Jacobian of (z - x y, y - x^2) of rank 2 everywhere: Morse-Bott of
        // codimension 2, lambda = 1, m = 1, through the origin) and the point (1/2, -1/2, 0), not on it
        // (y - x^2 = -3/4): a regular point of the second factor, lambda = 3/2. The minimum: 1, m = 1.
        String curve = "((z - x*y)^2 + (y - x^2)^2)*((x - 1/2)^2 + (y + 1/2)^2 + z^2)";
        Arguments curveAndPoint = Arguments.of(text(curve, "x", "y", "z"), "1", 1);
        Arguments curveAndPointSquares = Arguments.of(squares(List.of("(z - x*y)*(x - 1/2)", "(z - x*y)*(y + 1/2)",
                "(z - x*y)*z", "(y - x^2)*(x - 1/2)", "(y - x^2)*(y + 1/2)", "(y - x^2)*z"), "x", "y", "z"), "1", 1);
        // The lines x = 1/2 and y = 0 cross normally at (1/2, 0): ((x - 1/2) y)^2 has lambda = 1/2, m = 2 there
        // (monomial rule; 1/2, m = 1 elsewhere on the lines). The point (-1/2, 1/2) is on neither line:
        // ((x + 1/2)^2 + (y - 1/2)^2)^2 ~ |w - b|^4 has lambda = 2/4 = 1/2, m = 1. A tie at 1/2: the largest m, 2.
        Arguments tie = Arguments.of(text("((x - 1/2)*y)^2*((x + 1/2)^2 + (y - 1/2)^2)^2", "x", "y"), "1/2", 2);
        return Stream.of(twoPoints, twoPointsSquares, curveAndPoint, curveAndPointSquares, tie);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answeredExactly(Problem p, String lambda, int m) {
        RlctResult r = ExactAnswers.assertExact(p, lambda, m);
        assertTrue(r.certificate().text().contains("[disjoint-zero-sets]"), () -> "settled by another rule:\n" + r.certificate().text());
    }
}
