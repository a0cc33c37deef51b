package org.sltjava.tests.resolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Rational;
import org.sltjava.resolution.ExactLp;
import org.sltjava.resolution.Face;
import org.sltjava.resolution.NewtonPolyhedron;

/**
 * The exact checks that stand between the simplex method and the Newton engine: every optimum of
 * {@link ExactLp} is verified against the program's data ({@link ExactLp#verify}), and every face
 * {@link NewtonPolyhedron} returns is verified to be exposed by its normal
 * ({@link NewtonPolyhedron#verifyExposes}). Corrupted solutions and normals must be refused.
 */
class ExactLpVerificationTest {

    private static Rational r(long n) {
        return Rational.of(n);
    }

    private static Rational r(long n, long d) {
        return Rational.of(n, d);
    }

    /**
     * Newton's LP for K = x^2 + y^4 and nu = (1, 1) with slack columns: maximise mu1 + mu2 subject
     * to 2 mu1 + s1 = 1, 4 mu2 + s2 = 1. The constraints are separate, so mu = (1/2, 1/4), s = 0,
     * value 3/4; the dual, minimise w1 + w2 with 2 w1 >= 1, 4 w2 >= 1, w >= 0, gives w = (1/2, 1/4).
     */
    private static final Rational[][] A = {{r(2), r(0), r(1), r(0)}, {r(0), r(4), r(0), r(1)}};
    private static final Rational[] B = {r(1), r(1)};
    private static final Rational[] C = {r(1), r(1), r(0), r(0)};

    @Test
    void theOptimumIsTheDerivedOneAndPassesTheCheck() {
        ExactLp.Solution s = ExactLp.maximize(A, B, C);
        assertEquals(r(3, 4), s.value());
        assertArrayEquals(new Rational[] {r(1, 2), r(1, 4), r(0), r(0)}, s.x());
        assertArrayEquals(new Rational[] {r(1, 2), r(1, 4)}, s.dual());
        assertDoesNotThrow(() -> ExactLp.verify(A, B, C, s));
    }

    @Test
    void corruptedSolutionsAreRefused() {
        ExactLp.Solution s = ExactLp.maximize(A, B, C);
        Rational[] negative = {r(1, 2), r(1, 2), r(0), r(-1)};
        Rational[] infeasible = {r(1), r(1, 4), r(0), r(0)};
        Rational[] suboptimal = {r(0), r(0), r(1), r(1)};
        Rational[] dualInfeasible = {r(1, 4), r(1, 2)};
        List<ExactLp.Solution> corrupted = List.of(
                // mu2 = 1/2 balanced by a negative slack: A x = b holds, x >= 0 does not.
                new ExactLp.Solution(ExactLp.Outcome.OPTIMAL, s.value(), negative, s.dual()),
                // 2 mu1 = 2 > 1: the first row fails.
                new ExactLp.Solution(ExactLp.Outcome.OPTIMAL, s.value(), infeasible, s.dual()),
                // mu = 0 is feasible, but its objective 0 is not the reported 3/4.
                new ExactLp.Solution(ExactLp.Outcome.OPTIMAL, s.value(), suboptimal, s.dual()),
                // 2 w1 = 1/2 < 1: the dual constraint of mu1 fails.
                new ExactLp.Solution(ExactLp.Outcome.OPTIMAL, s.value(), s.x(), dualInfeasible),
                // the right primal and dual with a wrong value.
                new ExactLp.Solution(ExactLp.Outcome.OPTIMAL, r(1), s.x(), s.dual()));
        for (ExactLp.Solution bad : corrupted) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExactLp.verify(A, B, C, bad));
            assertTrue(e.getMessage().startsWith("LP "), e.getMessage());
        }
    }

    /**
     * K = x^2 y^4 with nu = (1, 1): Gamma = (2, 4) + R^2_{>=0} and t (1, 1) is in it from t = 4 on;
     * the hit point (4, 4) has first coordinate above 2, so the principal face is the unbounded
     * {(2, 4)} + cone{e1}, exposed by y = (0, 1) at level 4 (y vanishes exactly on the direction e1).
     */
    @Test
    void anUnboundedPrincipalFaceIsExposedExactlyByItsNormal() {
        NewtonPolyhedron gamma = NewtonPolyhedron.of(2, List.of(new int[] {2, 4}));
        Face principal = gamma.distance(new int[] {1, 1}).principalFace();
        assertEquals(new TreeSet<>(List.of(0)), principal.members());
        assertEquals(new TreeSet<>(List.of(0)), principal.rays());
        SortedSet<Integer> members = principal.members();
        SortedSet<Integer> rays = principal.rays();
        assertDoesNotThrow(() -> gamma.verifyExposes(new Rational[] {r(0), r(1)}, r(4), members, rays));
        // (1, 1) exposes the vertex alone: e1 is not a direction of its face.
        assertThrows(IllegalStateException.class, () -> gamma.verifyExposes(new Rational[] {r(1), r(1)}, r(6), members, rays));
        // (0, 1) exposes the ray too, so it does not expose the bare vertex.
        assertThrows(IllegalStateException.class,
                () -> gamma.verifyExposes(new Rational[] {r(0), r(1)}, r(4), members, new TreeSet<>()));
        // The minimum of <(0, 1), .> over Gamma is 4, not 3.
        assertThrows(IllegalStateException.class, () -> gamma.verifyExposes(new Rational[] {r(0), r(1)}, r(3), members, rays));
        // (0, -1) is unbounded below on Gamma.
        assertThrows(IllegalStateException.class, () -> gamma.verifyExposes(new Rational[] {r(0), r(-1)}, r(-4), members, rays));
    }

    /**
     * K = x^2 + y^4: the hit point of nu = (1, 1) is t0 (1, 1) = (4/3, 4/3), inside the segment from
     * (2, 0) to (0, 4), a compact face exposed by (2, 1) at level 4; (1, 1) at level 2 touches
     * (2, 0) only.
     */
    @Test
    void aCompactFaceNeedsAPositiveNormalThatTouchesEveryMember() {
        NewtonPolyhedron gamma = NewtonPolyhedron.of(2, List.of(new int[] {2, 0}, new int[] {0, 4}));
        Face principal = gamma.distance(new int[] {1, 1}).principalFace();
        assertTrue(principal.isCompact());
        assertEquals(new TreeSet<>(List.of(0, 1)), principal.members());
        SortedSet<Integer> members = principal.members();
        SortedSet<Integer> rays = principal.rays();
        assertDoesNotThrow(() -> gamma.verifyExposes(new Rational[] {r(2), r(1)}, r(4), members, rays));
        assertThrows(IllegalStateException.class, () -> gamma.verifyExposes(new Rational[] {r(1), r(1)}, r(2), members, rays));
    }
}
