package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sltjava.core.Box;
import org.sltjava.core.Interval;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * Real zeros inside the open box that need not have rational coordinates, exhibited on slices:
 * all but k coordinates are fixed at rational points inside their open ranges (eighths of the
 * ranges, then generic thirteenths) and the remaining
 * system in k variables is solved exactly (a greatest common divisor and Sturm counts for k = 1,
 * {@link RealSolutions} for k > 1). A zero found on a slice is a zero of the whole system.
 */
final class RealZeroWitness {

    /** Most slices tried in one search, shared evenly among the choices of free variables. */
    private static final int MAX_SLICES = 120;
    /**
     * Slices tried after the eighths when these were fewer than two per choice of free variables
     * (many parameters), with fixed coordinates at different thirteenths of their ranges (no
     * symmetry between coordinates, no centre), the choices of free variables in turn.
     */
    private static final int GENERIC_SLICES = 40;
    /** The fixed coordinates' values, in eighths of their range, the centre first. */
    private static final int[] EIGHTHS = {4, 2, 6, 1, 3, 5, 7};

    private RealZeroWitness() {
    }

    /**
     * A common real zero of {@code fs} inside the open box, searched on slices of dimension
     * {@code k} (the codimension of their zero set, so that a slice meets it in points).
     */
    static Optional<String> inOpenBox(List<Polynomial> fs, List<String> vars, Box box, int k, Deadline deadline) {
        return inOpenBox(fs, vars, box, k, List.of(), deadline);
    }

    /**
     * A common real zero of {@code fs} inside the open box, as {@link #inOpenBox(List, List, Box, int, Deadline)},
     * that is a common zero of none of the systems in {@code avoid} (decided exactly at the zero:
     * greatest common divisors on a line, {@link RealAlgebraicPoint#vanishes} otherwise).
     */
    static Optional<String> inOpenBox(List<Polynomial> fs, List<String> vars, Box box, int k, List<List<Polynomial>> avoid,
            Deadline deadline) {
        return search(vars, box, k, deadline, (fixed, free) -> {
            Map<String, Polynomial> sub = constants(fixed);
            List<Polynomial> restricted = new ArrayList<>();
            for (Polynomial f : fs) {
                Polynomial r = f.substitute(sub);
                if (r.isConstant() && !r.isZero()) {
                    return Optional.empty();
                }
                if (!r.isZero()) {
                    restricted.add(r);
                }
            }
            String at = fixed.isEmpty() ? "" : "on the slice " + Problem.formatPoint(fixed) + " ";
            if (restricted.isEmpty()) {
                return avoid.isEmpty() ? Optional.of(at + "every polynomial vanishes identically") : Optional.empty();
            }
            if (free.size() == 1) {
                String y = free.getFirst();
                UnivariatePolynomial gcd = gcdOn(restricted, y);
                if (!avoid.isEmpty() && gcd.degree() > 0) {
                    gcd = gcd.squarefreePart();
                    for (List<Polynomial> system : avoid) {
                        gcd = gcd.quotient(gcd.gcd(gcdOn(system.stream().map(f -> f.substitute(sub)).toList(), y)));
                    }
                }
                Interval range = box.range(y);
                int roots = gcd.degree() > 0 ? gcd.rootCountIn(range.lo(), range.hi()) : 0;
                return roots == 0 ? Optional.empty() : Optional.of(at + "the greatest common divisor " + gcd + " (in " + y
                        + ") has " + roots + " root(s) with " + y + " inside " + range + " (Sturm sequence)"
                        + (avoid.isEmpty() ? "" : ", none of them a common zero of " + avoid.size() + " excluded system(s)"));
            }
            Optional<RealSolutions> sol = RealSolutions.of(restricted, free, deadline);
            if (sol.isEmpty()) {
                return Optional.empty();
            }
            for (RealAlgebraicPoint point : sol.get().points()) {
                if (point.locate(box) == RealAlgebraicPoint.Location.INSIDE
                        && avoid.stream().allMatch(system -> system.stream().anyMatch(f -> !point.vanishes(f.substitute(sub))))) {
                    return Optional.of(at + "the system has the real solution " + point.tightened()
                            + " inside the open box by interval enclosures of its coordinates (" + sol.get().describe() + ")");
                }
            }
            return Optional.empty();
        });
    }

    /** The greatest common divisor of the polynomials (each in y alone) as univariate polynomials in y. */
    private static UnivariatePolynomial gcdOn(List<Polynomial> fs, String y) {
        UnivariatePolynomial gcd = UnivariatePolynomial.of();
        for (Polynomial f : fs) {
            gcd = gcd.gcd(JasAlgebra.univariate(f, y));
        }
        return gcd;
    }

    /**
     * A zero of g inside the open box on a line parallel to an axis y where {@code dg/dy} does
     * not vanish (a smooth point of {g = 0}) and none of {@code others} vanishes: a root in the
     * open range of the squarefree part of {@code q = g} on the line that divides neither
     * {@code q'} nor any other polynomial there, counted by Sturm sequences.
     */
    static Optional<String> smoothPointOf(Polynomial g, List<Polynomial> others, List<String> vars, Box box,
            Deadline deadline) {
        return search(vars, box, 1, deadline, (fixed, free) -> {
            String y = free.getFirst();
            Map<String, Polynomial> sub = constants(fixed);
            UnivariatePolynomial q = JasAlgebra.univariate(g.substitute(sub), y);
            if (q.degree() < 1) {
                return Optional.empty();
            }
            UnivariatePolynomial simple = q.squarefreePart();
            simple = simple.quotient(simple.gcd(q.derivative()));
            for (Polynomial o : others) {
                simple = simple.quotient(simple.gcd(JasAlgebra.univariate(o.substitute(sub), y)));
            }
            Interval range = box.range(y);
            int roots = simple.degree() > 0 ? simple.rootCountIn(range.lo(), range.hi()) : 0;
            return roots == 0 ? Optional.empty() : Optional.of("on the line " + Problem.formatPoint(fixed) + " it has " + roots
                    + " simple zero(s) with " + y + " inside " + range + " on no other component (roots of " + simple
                    + ", Sturm sequence): smooth points, since the derivative in " + y + " does not vanish there");
        });
    }

    /** Tries slices with {@code k} free variables until {@code onSlice} exhibits a zero. */
    private static Optional<String> search(List<String> vars, Box box, int k, Deadline deadline,
            BiFunction<Map<String, Rational>, List<String>, Optional<String>> onSlice) {
        if (k < 1 || k > vars.size()) {
            return Optional.empty();
        }
        List<List<String>> choices = subsets(vars, k);
        int perChoice = Math.max(1, MAX_SLICES / choices.size());
        for (List<String> free : choices) {
            List<String> fixed = new ArrayList<>(vars);
            fixed.removeAll(free);
            int combinations = (int) Math.min(perChoice, Math.pow(EIGHTHS.length, fixed.size()));
            for (int c = 0; c < combinations; c++) {
                deadline.check();
                Map<String, Rational> values = new LinkedHashMap<>();
                int code = c;
                for (String x : fixed) {
                    Interval range = box.range(x);
                    values.put(x, range.lo().add(range.width().multiply(Rational.of(EIGHTHS[code % EIGHTHS.length], 8))));
                    code /= EIGHTHS.length;
                }
                Optional<String> found = onSlice.apply(values, free);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (int c = 0; 2 * choices.size() > MAX_SLICES && c < GENERIC_SLICES; c++) {
            List<String> free = choices.get(c % choices.size());
            Map<String, Rational> values = new LinkedHashMap<>();
            int i = 0;
            for (String x : vars) {
                if (!free.contains(x)) {
                    Interval range = box.range(x);
                    values.put(x, range.lo().add(range.width().multiply(Rational.of(1 + (5 * c + 7 * i + 3 * i * i) % 12, 13))));
                }
                i++;
            }
            deadline.check();
            Optional<String> found = onSlice.apply(values, free);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Map<String, Polynomial> constants(Map<String, Rational> values) {
        Map<String, Polynomial> out = new LinkedHashMap<>();
        values.forEach((x, v) -> out.put(x, Polynomial.constant(v)));
        return out;
    }

    /** The k-element subsets of the variables, the last variables first. */
    private static List<List<String>> subsets(List<String> vars, int k) {
        List<List<String>> out = new ArrayList<>();
        collect(vars, k, vars.size() - 1, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<String> vars, int k, int from, List<String> chosen, List<List<String>> out) {
        if (chosen.size() == k) {
            out.add(List.copyOf(chosen.reversed()));
            return;
        }
        for (int i = from; i >= 0; i--) {
            chosen.add(vars.get(i));
            collect(vars, k, i - 1, chosen, out);
            chosen.removeLast();
        }
    }
}
