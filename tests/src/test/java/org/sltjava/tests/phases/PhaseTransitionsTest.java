package org.sltjava.tests.phases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.phases.PhaseTransitions;
import org.sltjava.core.phases.PhaseTransitions.Crossing;
import org.sltjava.core.phases.PhaseTransitions.Diagram;

/**
 * A two-minimum example worked by hand. K = a Kx(x) + (x - 5/6)^2 y^2 + y^4 with
 * Kx = x^2 ((x - 1)^2 + 1/9) and a = 1/1000. Kx' = 2x (2x^2 - 3x + 10/9) vanishes at 0, 2/3 and
 * 5/6; Kx'' = 12x^2 - 12x + 20/9 is 20/9 at 0 and 5/9 at 5/6, so both are local minima.
 * <ul>
 *   <li>Phase A, (0, 0): level 0; K = (10a/9) x^2 + (25/36) y^2 + ..., a regular point in two
 *       variables: lambda = 1, m = 1.</li>
 *   <li>Phase B, (5/6, 0): level a Kx(5/6) = a (25/36)(5/36) = 1/10368; K - K_B = (5a/18) u^2 + u^2 y^2 + y^4 + ...
 *       with u = x - 5/6, Newton polygon with vertices (2, 0), (0, 4): lambda = 1/2 + 1/4 = 3/4, m = 1.</li>
 * </ul>
 * F_A(n) = log n and F_B(n) = n/10368 + (3/4) log n; B is preferred while n/10368 < (1/4) log n,
 * which fails first at the root n* of n = 2592 log n: iterating n <- 2592 log n from 2592 gives
 * 20373, 25718, 26322, 26382, 26388, ... so n* is about 26388.
 */
class PhaseTransitionsTest {

    private static final String K = "1/1000*x^2*((x - 1)^2 + 1/9) + (x - 5/6)^2*y^2 + y^4";

    private static Map<String, Rational> point(String x, String y) {
        return Map.of("x", Rational.parse(x), "y", Rational.parse(y));
    }

    @Test
    void theSimplerButHigherPhaseWinsUntilTheCrossing() {
        Problem p = Problem.builder().parameters("x", "y").loss(K).box("x", "-1", "2").build();
        Diagram d = PhaseTransitions.analyse(p, List.of(point("0", "0"), point("5/6", "0")), RlctEngine.standard(), Budget.defaults());

        assertEquals(Rational.ZERO, d.phases().get(0).level());
        assertEquals(Rational.of(1, 10368), d.phases().get(1).level());
        assertEquals(Rational.ONE, d.phases().get(0).local().lambda().orElseThrow());
        assertEquals(Rational.of(3, 4), d.phases().get(1).local().lambda().orElseThrow());
        assertEquals(1, d.phases().get(1).local().m().orElseThrow());

        assertEquals(1, d.switches().size());
        Crossing c = d.switches().getFirst();
        assertEquals(1, c.before());
        assertEquals(0, c.after());
        // The defining equation n/10368 = (1/4) log n holds at the reported n, and n agrees with the hand iteration.
        assertEquals(c.n() / 10368, 0.25 * Math.log(c.n()), 1e-9);
        assertEquals(26388, c.n(), 1.0);
    }

    /**
     * A phase's point lists its coordinates in the order of the parameters, whatever the order of
     * the map it was given in, so that printed and plotted phases are the same on every run. With
     * ten parameters an order left to hashing (Map.copyOf's is salted per JVM) matches the
     * parameters' order by chance with probability 1/10!. The local answers are not the point
     * here, so a tiny budget suffices.
     */
    @Test
    void aPhasePointKeepsTheParametersOrder() {
        List<String> names = List.of("k", "j", "i", "h", "g", "f", "e", "d", "c", "b");
        String k = String.join(" + ", names.stream().map(v -> v + "^2*(" + v + " - 1)^2").toList());
        Problem p = Problem.builder().parameters(names.toArray(String[]::new)).loss(k).build();
        Map<String, Rational> zeros = new HashMap<>();
        Map<String, Rational> ones = new TreeMap<>();
        names.forEach(v -> {
            zeros.put(v, Rational.ZERO);
            ones.put(v, Rational.ONE);
        });
        Diagram d = PhaseTransitions.analyse(p, List.of(zeros, ones), RlctEngine.of("newton"), Budget.of(Duration.ofSeconds(2), 6, 2000));
        for (PhaseTransitions.Phase phase : d.phases()) {
            assertEquals(names, List.copyOf(phase.point().keySet()));
            assertEquals(names, List.copyOf(phase.localBox().keySet()));
        }
    }

    @Test
    void aPointThatIsNotALocalMinimumIsRefused() {
        // x = 2/3 is a local maximum of Kx: K - K(2/3, 0) is negative on both sides along x at every scale.
        Problem p = Problem.builder().parameters("x", "y").loss(K).box("x", "-1", "2").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhaseTransitions.analyse(p,
                List.of(point("0", "0"), point("2/3", "0")), RlctEngine.standard(), Budget.defaults()));
        assertTrue(e.getMessage().contains("phase 2") && e.getMessage().contains("not a local minimum"), e.getMessage());
    }
}
