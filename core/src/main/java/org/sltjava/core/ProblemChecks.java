package org.sltjava.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The checks a problem passes before any engine sees it: K vanishes at the point of a local
 * question; K is not negative at any sampled rational point of the box (exact evaluation); and
 * for a global question, K is not proven positive on the whole box (a non-realizable problem).
 * Sampling is deterministic so that the same problem is always accepted or refused alike, and
 * its work is capped by the size of K (fewer points and sub-boxes for larger polynomials), so
 * that validating even the largest accepted K stays well under a second.
 */
final class ProblemChecks {

    /** Grid points (at most) evaluated exactly. */
    private static final int GRID_POINTS = 256;
    /** Random rational points evaluated exactly, from a fixed seed. */
    private static final int RANDOM_POINTS = 256;
    private static final long SEED = 0x5A17_1A4BL;
    /** The fewest points evaluated, whatever the size of K. */
    private static final int MIN_POINTS = 16;
    /** Exponents (points times terms times variables) read by all exact evaluations together. */
    private static final long EVALUATION_WORK = 2_000_000L;
    /** Exponents (sub-boxes times terms times variables) read by the positivity proof. */
    private static final long PROOF_WORK = 50_000_000L;

    private ProblemChecks() {
    }

    static void check(Problem p) {
        Loss loss = p.loss();
        checkSize(p);
        if (p.k().isZero()) {
            throw new InvalidInputException("K is identically zero: every parameter fits exactly, Z(n) does not depend on n"
                    + " and lambda = 0; state a loss that vanishes only on the true parameters");
        }
        if (p.point().isPresent()) {
            Map<String, Rational> at = p.point().get();
            Rational k = loss.evaluate(at);
            if (!k.isZero()) {
                throw new InvalidInputException("K does not vanish at the point " + Problem.formatPoint(at) + ": K = " + k
                        + " there, and a local learning coefficient is asked at a zero of K");
            }
        }
        Rational min = null;
        Map<String, Rational> argmin = null;
        long size = Math.max(1L, (long) p.k().termCount() * Math.max(1, p.dimension()));
        ExactEvaluator kAt = new ExactEvaluator(p.k(), p.parameters());
        for (Map<String, Rational> x : samples(p, (int) Math.clamp(EVALUATION_WORK / size, MIN_POINTS, GRID_POINTS + RANDOM_POINTS))) {
            Rational k = kAt.at(x);
            if (k.signum() < 0) {
                throw new InvalidInputException("K is negative at " + Problem.formatPoint(x) + " (K = " + k
                        + "): a loss must be >= 0 on the whole box " + p.box());
            }
            if (min == null || k.compareTo(min) < 0) {
                min = k;
                argmin = x;
            }
        }
        if (p.point().isEmpty() && min != null && min.signum() > 0) {
            Optional<Rational> bound = PositivityProver.provePositive(p.k(), p.box(),
                    (int) Math.clamp(PROOF_WORK / size, 64, PositivityProver.DEFAULT_BUDGET));
            if (bound.isPresent()) {
                throw new InvalidInputException("non-realizable problem: K does not vanish on the box " + p.box()
                        + " (interval arithmetic proves K >= " + bound.get().doubleValue() + " there; the smallest value sampled is K = "
                        + min + " at " + Problem.formatPoint(argmin) + "). The learning coefficient is defined where min K = 0.");
            }
        }
        if (p.parameters().isEmpty() && !p.k().isZero()) {
            throw new InvalidInputException("non-realizable problem: K is the non-zero constant " + p.k());
        }
    }

    /** Refuses a problem over the size limits of the parser (a K built in code is held to them too). */
    private static void checkSize(Problem p) {
        if (p.dimension() > PolynomialParser.MAX_VARIABLES) {
            throw new InvalidInputException("the problem has " + p.dimension() + " parameters, over the limit "
                    + PolynomialParser.MAX_VARIABLES + " (PolynomialParser.MAX_VARIABLES)");
        }
        if (p.k().termCount() > PolynomialParser.MAX_TERMS) {
            throw new InvalidInputException("K has " + p.k().termCount() + " terms, over the limit "
                    + PolynomialParser.MAX_TERMS + " (PolynomialParser.MAX_TERMS)");
        }
    }

    /**
     * Deterministic rational sample points of the box, at most {@code limit}: a coarse grid of
     * special values, then random fractions.
     */
    private static List<Map<String, Rational>> samples(Problem p, int limit) {
        List<String> vars = p.parameters();
        List<Map<String, Rational>> out = new ArrayList<>();
        if (vars.isEmpty()) {
            out.add(Map.of());
            return out;
        }
        List<List<Rational>> candidates = new ArrayList<>();
        for (String v : vars) {
            candidates.add(specialValues(p.box().range(v)));
        }
        int perAxis = Math.max(1, (int) Math.floor(Math.pow(Math.min(GRID_POINTS, limit / 2), 1.0 / vars.size())));
        int[] idx = new int[vars.size()];
        while (true) {
            Map<String, Rational> x = new LinkedHashMap<>();
            for (int i = 0; i < idx.length; i++) {
                x.put(vars.get(i), candidates.get(i).get(idx[i]));
            }
            out.add(x);
            int i = 0;
            while (i < idx.length && ++idx[i] >= Math.min(perAxis, candidates.get(i).size())) {
                idx[i++] = 0;
            }
            if (i == idx.length) {
                break;
            }
        }
        SplittableRandom rng = new SplittableRandom(SEED);
        int random = Math.min(RANDOM_POINTS, Math.max(0, limit - out.size()));
        for (int s = 0; s < random; s++) {
            Map<String, Rational> x = new LinkedHashMap<>();
            for (int i = 0; i < vars.size(); i++) {
                Interval r = p.box().range(vars.get(i));
                List<Rational> c = candidates.get(i);
                Rational v = rng.nextInt(4) == 0
                        ? c.get(rng.nextInt(c.size()))
                        : r.lo().add(r.width().multiply(Rational.of(rng.nextInt(65), 64)));
                x.put(vars.get(i), v);
            }
            out.add(x);
        }
        return out;
    }

    /** Zero (when inside), the ends, the midpoint and the eighths of the range, in that order. */
    private static List<Rational> specialValues(Interval r) {
        List<Rational> c = new ArrayList<>();
        if (r.contains(Rational.ZERO)) {
            c.add(Rational.ZERO);
        }
        c.add(r.lo());
        c.add(r.hi());
        for (int k : new int[] {4, 2, 6, 1, 3, 5, 7}) {
            Rational v = r.lo().add(r.width().multiply(Rational.of(k, 8)));
            if (!c.contains(v)) {
                c.add(v);
            }
        }
        return c;
    }
}
