package org.sltjava.tests.resolve;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Problem;
import org.sltjava.tests.ExactAnswers;

/**
 * Local questions in three variables whose answer needs non-linear coordinates adapted to a
 * smooth curve of zeros (at the point itself or at a point of a blow-up's divisor), and a weighted
 * blow-up whose divisor carries a curve of zeros (issue 13). Each value is derived in a comment.
 */
class ZeroSetCoordinatesTest {

    private static Problem atOrigin(String k) {
        return Problem.builder().parameters("x", "y", "z").loss(k).box(-1, 1).at("x", "0").at("y", "0").at("z", "0").build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Blow up 0 (weights 1, 1, 1; K has order 4, generic value (2 + 1)/4 = 3/4). In the chart z = w_z,
                // x = z x', y = z y': K = z^4 ((x'^2 + y'^2 - 1)^2 + z^2 x'^6), weight z^2 (the Jacobian). The strict
                // transform vanishes on the divisor along the circle x'^2 + y'^2 = 1. With v = x'^2 + y'^2 - 1 (a
                // coordinate there): where x' != 0, K = z^4 (v^2 + c z^2) (c = x'^6 > 0), Newton in (z, v) with
                // nu = (3, 1): the edge (4, 2)-(6, 0) is met at t0 = 3/2 inside it: lambda = 2/3, m = 1; where x' = 0
                // (y' = +-1), in (x', v, z) K = z^4 v^2 + z^6 x'^6 with nu = (1, 1, 3): (t, t, 3t) reaches the edge
                // (0, 2, 4)-(6, 0, 6) first at t = 3/2, at its point 3/4 (0, 2, 4) + 1/4 (6, 0, 6) where all three
                // coordinates are tight, a face of codimension 2: lambda = 2/3, m = 2. Minimum 2/3 < 3/4, m = 2.
                Arguments.of(atOrigin("(x^2 + y^2 - z^2)^2 + x^6"), "2/3", 2),
                // u = z - x y, v = y - x^2: the map (x, y, z) -> (x, v, u) is polynomial with Jacobian 1, and
                // K = u^4 + x^2 v^2, a disjoint sum: (1/4, m = 1) + (1/2, m = 2) = 3/4, m = 1 + 2 - 1 = 2.
                Arguments.of(atOrigin("(z - x*y)^4 + (y - x^2)^2*x^2"), "3/4", 2),
                // u = y - x^2 (Jacobian 1) gives (u^2 - 2 z^2)^2 + x^6, and the linear change a = u - sqrt2 z,
                // b = u + sqrt2 z (invertible, irrational) gives a^2 b^2 + x^6, a disjoint sum: (1/2, m = 2) + (1/6, m = 1)
                // = 2/3, m = 2. The engine gets there through the weighted blow-up along (2, 3, 3), whose divisor has
                // the irrational zeros x = 0, z = +-1/sqrt2 in the chart y, answered in coordinates adapted to the line
                // of zeros x = 0, z^2 = 1/2 through them.
                Arguments.of(atOrigin("((y - x^2)^2 - 2*z^2)^2 + x^6"), "2/3", 2),
                // f1 = x y - z^3 and f2 = x^2 - 3 y^2 are quasi-homogeneous of degree 6 for the weights (3, 3, 2), so K
                // has degree 12 and the weighted blow-up along (3, 3, 2) has the generic value |a|/D = 8/12 = 2/3, m = 1.
                // On the divisor the strict transform vanishes only where f1 = f2 = 0 with z != 0 (z = 0 forces x = y = 0):
                // in the chart z = 1, x = +-sqrt3 y and x y = 1, points where the Jacobian of (f1, f2) in (x, y),
                // [[y, x], [2x, -6y]], has determinant -6y^2 - 2x^2 != 0: K = u^12 |v|^2 there with the Jacobian
                // u^7, lambda = min(8/12, 2/2) = 2/3 without a tie. So 2/3, m = 1.
                Arguments.of(atOrigin("(x*y - z^3)^2 + (x^2 - 3*y^2)^2"), "2/3", 1));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answeredExactly(Problem p, String lambda, int m) {
        ExactAnswers.assertExact(p, lambda, m);
    }
}
