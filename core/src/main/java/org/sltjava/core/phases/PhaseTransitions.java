package org.sltjava.core.phases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Interval;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * Bayesian phase transitions between candidate phases (local minima w_i of K, at loss levels
 * K_i = K(w_i)). Each phase's local learning coefficient comes from the local problem K - K_i at
 * w_i on a small box around it; the free energy of the posterior restricted to phase i is, to
 * leading order, F_i(n) = n K_i + lambda_i log n - (m_i - 1) log log n + O(1) (Watanabe 2009,
 * Main Formula II, applied to each phase), so the preferred phase at sample size n is the one with
 * the smallest F_i(n), and the posterior switches where two of them cross.
 *
 * <p>Crossings are roots of F_i - F_j in n > e (where log log n is defined), found by bisection in
 * log n; they are numeric values of the leading-order asymptotics (the O(1) terms are ignored) and
 * are reported as such.
 */
public final class PhaseTransitions {

    /** One phase: its point, level, local answer (exact or not) and the box its local problem used. */
    public record Phase(Map<String, Rational> point, Rational level, RlctResult local, Map<String, Interval> localBox) {

        /** F_i(n) to leading order; defined only for an exact local answer. */
        public double freeEnergy(double n) {
            double lambda = local.lambda().orElseThrow().doubleValue();
            int m = local.m().orElseThrow();
            return n * level.doubleValue() + lambda * Math.log(n) - (m - 1) * Math.log(Math.log(n));
        }
    }

    /** A sample size at which the preferred phase changes from {@code before} to {@code after} (indices into the phases). */
    public record Crossing(int before, int after, double n) {
    }

    /** The phases and the sequence of switches of the preferred phase as n grows. */
    public record Diagram(List<Phase> phases, List<Crossing> switches) {
    }

    private static final double LOG_N_MAX = 700;

    private PhaseTransitions() {
    }

    /**
     * Analyses each candidate point of {@code problem} (whose point is ignored) with {@code engine}.
     *
     * @throws InvalidInputException when fewer than two points are given or a point is not a local
     *     minimum at any scale the checks try
     */
    public static Diagram analyse(Problem problem, List<Map<String, Rational>> points, RlctEngine engine, Budget budget) {
        if (points.size() < 2) {
            throw new InvalidInputException("phases need at least two candidate points, got " + points.size());
        }
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            phases.add(phase(problem, points, i, engine, budget));
        }
        return new Diagram(phases, switches(phases));
    }

    private static Phase phase(Problem problem, List<Map<String, Rational>> points, int i, RlctEngine engine, Budget budget) {
        Map<String, Rational> w = points.get(i);
        Rational level;
        try {
            level = problem.loss().evaluate(w);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phase " + (i + 1) + ": " + e.getMessage());
        }
        Rational radius = null;
        for (int j = 0; j < points.size(); j++) {
            if (j != i) {
                Rational d = maxDistance(w, points.get(j), problem.parameters()).multiply(Rational.HALF);
                if (d.isZero()) {
                    throw new InvalidInputException("phases " + (i + 1) + " and " + (j + 1) + " are the same point");
                }
                radius = radius == null ? d : radius.min(d);
            }
        }
        InvalidInputException last = null;
        for (int halvings = 0; halvings < 8; halvings++) {
            Map<String, Interval> box = new LinkedHashMap<>();
            for (String v : problem.parameters()) {
                Interval range = problem.box().range(v);
                Rational c = w.get(v);
                if (c == null || !range.contains(c)) {
                    throw new InvalidInputException("phase " + (i + 1) + ": the point must give a value inside the box for '" + v + "'");
                }
                box.put(v, Interval.of(range.lo().max(c.subtract(radius)), range.hi().min(c.add(radius))));
            }
            try {
                Problem.Builder b = Problem.builder().parameters(problem.parameters())
                        .loss(Loss.of(problem.k().subtract(Polynomial.constant(level))))
                        .weight(problem.weight()).at(w);
                box.forEach(b::box);
                RlctResult r = engine.analyse(b.build(), budget);
                Map<String, Rational> point = new LinkedHashMap<>();
                problem.parameters().forEach(v -> point.put(v, w.get(v)));
                return new Phase(Collections.unmodifiableMap(point), level, r, Collections.unmodifiableMap(box));
            } catch (InvalidInputException e) {
                last = e;
                radius = radius.multiply(Rational.HALF);
            }
        }
        throw new InvalidInputException("phase " + (i + 1) + " at " + Problem.formatPoint(w)
                + " is not a local minimum of K at any scale tried: " + last.getMessage());
    }

    private static Rational maxDistance(Map<String, Rational> a, Map<String, Rational> b, List<String> vars) {
        Rational d = Rational.ZERO;
        for (String v : vars) {
            d = d.max(a.get(v).subtract(b.get(v)).abs());
        }
        return d;
    }

    /** The switches of the preferred phase among the phases with exact local answers. */
    private static List<Crossing> switches(List<Phase> phases) {
        List<Integer> exact = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).local().isExact()) {
                exact.add(i);
            }
        }
        List<Crossing> out = new ArrayList<>();
        if (exact.size() < 2) {
            return out;
        }
        double t = 1.0 + 1e-9;
        int current = best(phases, exact, Math.exp(t));
        while (true) {
            Optional<Crossing> next = Optional.empty();
            for (int j : exact) {
                if (j == current) {
                    continue;
                }
                Optional<Double> root = firstRoot(phases.get(current), phases.get(j), t);
                if (root.isPresent() && (next.isEmpty() || root.get() < Math.log(next.get().n()))) {
                    next = Optional.of(new Crossing(current, j, Math.exp(root.get())));
                }
            }
            if (next.isEmpty()) {
                return out;
            }
            out.add(next.get());
            current = next.get().after();
            t = Math.log(next.get().n()) + 1e-9;
        }
    }

    private static int best(List<Phase> phases, List<Integer> candidates, double n) {
        int best = candidates.getFirst();
        for (int i : candidates) {
            if (phases.get(i).freeEnergy(n) < phases.get(best).freeEnergy(n)) {
                best = i;
            }
        }
        return best;
    }

    /** The first t = log n > from where F_b - F_a changes sign from positive to negative (b becomes better), by scan and bisection. */
    private static Optional<Double> firstRoot(Phase a, Phase b, double from) {
        double step = 0.01;
        double lo = from;
        double gLo = b.freeEnergy(Math.exp(lo)) - a.freeEnergy(Math.exp(lo));
        for (double hi = from + step; hi <= LOG_N_MAX; hi += step) {
            double gHi = b.freeEnergy(Math.exp(hi)) - a.freeEnergy(Math.exp(hi));
            if (gLo >= 0 && gHi < 0) {
                double l = lo;
                double h = hi;
                for (int k = 0; k < 200; k++) {
                    double mid = 0.5 * (l + h);
                    if (b.freeEnergy(Math.exp(mid)) - a.freeEnergy(Math.exp(mid)) >= 0) {
                        l = mid;
                    } else {
                        h = mid;
                    }
                }
                return Optional.of(0.5 * (l + h));
            }
            lo = hi;
            gLo = gHi;
            step = Math.min(1.0, step * 1.05);
        }
        return Optional.empty();
    }
}
