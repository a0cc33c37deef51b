package org.sltjava.examples.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.phases.PhaseTransitions;
import org.sltjava.core.phases.PhaseTransitions.Crossing;
import org.sltjava.core.phases.PhaseTransitions.Diagram;
import org.sltjava.plot.PhasesPlot;

/**
 * Guide, chapter 6: a phase transition. K = (1/1000) x^2 ((x - 1)^2 + 1/9) + (x - 5/6)^2 y^2 + y^4
 * has local minima at (0, 0) (level 0) and (5/6, 0) (level 1/10368). The guide derives
 * lambda = 1 and 3/4 (m = 1 each) and the crossing n, the root of n / 10368 = (1/4) log n near
 * 26388.
 */
public final class PhaseTransition {

    private PhaseTransition() {
    }

    public static void main(String[] args) {
        Problem p = Problem.builder().parameters("x", "y")
                .loss("1/1000*x^2*((x - 1)^2 + 1/9) + (x - 5/6)^2*y^2 + y^4")
                .box("x", "-1", "2").box("y", "-1", "1")
                .build();
        List<Map<String, Rational>> points = List.of(point(Rational.ZERO, Rational.ZERO), point(Rational.of(5, 6), Rational.ZERO));
        Diagram d = PhaseTransitions.analyse(p, points, RlctEngine.standard(), Budget.defaults());
        for (int i = 0; i < d.phases().size(); i++) {
            var phase = d.phases().get(i);
            System.out.println("phase " + (i + 1) + " at " + PhasesPlot.point(p, phase.point()) + ", K = " + phase.level() + ": "
                    + phase.local());
        }
        for (Crossing c : d.switches()) {
            System.out.println(String.format(Locale.ROOT, "crossing: n = %.3f, phase %d -> phase %d", c.n(), c.before() + 1,
                    c.after() + 1));
        }
    }

    private static Map<String, Rational> point(Rational x, Rational y) {
        Map<String, Rational> p = new LinkedHashMap<>();
        p.put("x", x);
        p.put("y", y);
        return p;
    }
}
