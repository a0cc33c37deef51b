package org.sltjava.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.phases.PhaseTransitions;
import org.sltjava.core.phases.PhaseTransitions.Crossing;
import org.sltjava.core.phases.PhaseTransitions.Diagram;
import org.sltjava.core.phases.PhaseTransitions.Phase;

/**
 * Bayesian phase transitions: each phase's leading-order free energy
 * F_i(n) = n K_i + lambda_i log n - (m_i - 1) log log n against log n (phases with an exact local
 * answer only), and a marker at each predicted crossing n where the preferred phase switches
 * ({@link PhaseTransitions}; the O(1) terms are ignored, as the caption says).
 */
public final class PhasesPlot {

    private static final Color[] COLOURS = {Charts.BLUE, Charts.ORANGE, Charts.GREEN, Charts.PURPLE, Charts.GREY};
    private static final int SAMPLES = 200;

    private PhasesPlot() {
    }

    /** The figure for the candidate phases (points of the problem's box; its own point is ignored). */
    public static Figure of(Problem problem, List<Map<String, Rational>> points, Budget budget) {
        return of(PhaseTransitions.analyse(problem, points, RlctEngine.standard(), budget), problem);
    }

    /** The figure for an analysed diagram of the problem. */
    public static Figure of(Diagram diagram, Problem problem) {
        double last = diagram.switches().isEmpty() ? 10 : Math.log(diagram.switches().getLast().n());
        double right = Math.max(10, 1.3 * last);
        double left = 1.05;
        double[] logN = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            logN[s] = left + (right - left) * s / (SAMPLES - 1);
        }
        List<Mark> marks = new ArrayList<>();
        List<Charts.Key> keys = new ArrayList<>();
        List<String> caption = new ArrayList<>();
        caption.add("K = " + problem.loss() + ", box " + problem.box());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < diagram.phases().size(); i++) {
            Phase p = diagram.phases().get(i);
            caption.add("phase " + (i + 1) + " at " + point(problem, p.point()) + ": K = " + p.level() + ", " + p.local());
            if (!p.local().isExact()) {
                continue;
            }
            double[] f = new double[SAMPLES];
            for (int s = 0; s < SAMPLES; s++) {
                f[s] = p.freeEnergy(Math.exp(logN[s]));
            }
            lo = Math.min(lo, Charts.min(f));
            hi = Math.max(hi, Charts.max(f));
            Color c = COLOURS[i % COLOURS.length];
            String formula = (p.level().isZero() ? "" : p.level() + " n + ") + p.local().lambda().orElseThrow() + " log n"
                    + (p.local().m().orElseThrow() > 1 ? " - " + (p.local().m().orElseThrow() - 1) + " log log n" : "");
            marks.add(Mark.line("phase-" + (i + 1), "F_" + (i + 1) + "(n) = " + formula, logN, f, c, 2f, false));
            keys.add(new Charts.Key("phase " + (i + 1) + ": " + formula, c, false));
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        double[] yRange = Charts.range(lo, hi, 0.05);
        int k = 1;
        for (Crossing c : diagram.switches()) {
            double x = Math.log(c.n());
            double y = diagram.phases().get(c.after()).freeEnergy(c.n());
            String ref = "n = " + Charts.number(c.n()) + ": phase " + (c.before() + 1) + " -> phase " + (c.after() + 1);
            marks.add(Mark.line("crossing-line-" + k, ref, new double[] {x, x}, yRange, Charts.RED, 1f, true));
            marks.add(Mark.dots("crossing-" + k, ref, new double[] {x}, new double[] {y}, Charts.RED, 5));
            caption.add("crossing " + k++ + ": " + ref + " (leading order, O(1) terms ignored)");
        }
        if (diagram.switches().isEmpty()) {
            caption.add("no switch of the preferred phase for e < n < e^700 among the phases with exact answers");
        } else {
            keys.add(new Charts.Key("predicted crossing", Charts.RED, true));
        }
        return new Figure("Phase free energies F_i(n) = n K_i + lambda_i log n - (m_i - 1) log log n",
                List.of(Charts.xy(null, "log n", new double[] {left, right}, "F_i(n)", yRange, marks, keys)),
                1, caption);
    }

    /** The point in the order of the problem's parameters ({@code x=5/6, y=0}), whatever the map's order. */
    public static String point(Problem problem, Map<String, Rational> point) {
        Map<String, Rational> ordered = new LinkedHashMap<>();
        problem.parameters().forEach(v -> ordered.put(v, point.get(v)));
        return Problem.formatPoint(ordered);
    }
}
