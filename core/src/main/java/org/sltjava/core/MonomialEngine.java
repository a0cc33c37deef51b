package org.sltjava.core;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monomial rule: when, at the point, K = c u^a Q(u) and the weight is u^h R(u) with
 * Q(0), R(0) non-zero (u the coordinates centred at the point), then
 * lambda = min_j (h_j + 1) / a_j over the j with a_j > 0, and m is the number of j attaining the
 * minimum (Watanabe 2009, Algebraic Geometry and Statistical Learning Theory, Thm 6.1 and the
 * example after Def. 2.7; Z(n) factorises into one-dimensional integrals
 * of exp(-n u^(a_j)) |u|^(h_j)).
 *
 * <p>For a global question (no point) the rule applies when the same factorisation holds at the
 * origin with Q and R proven free of zeros on the whole box: then the zero set of K in the box is
 * the union of the coordinate hyperplanes {u_j = 0, a_j > 0} that meet the box, local lambda at a
 * zero w is the minimum over the coordinates vanishing at w, and the worst point is the one where
 * every coordinate whose range contains 0 is 0. Everything else is answered as unresolved.
 */
public final class MonomialEngine implements RlctEngine {

    /** The engine's name in results. */
    public static final String NAME = "monomial";

    /** Registered through {@link java.util.ServiceLoader}; use {@link RlctEngine#of(String)}. */
    public MonomialEngine() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public RlctResult analyse(Problem problem, Budget budget) {
        Certificate.Builder cert = Certificate.builder();
        List<String> vars = problem.parameters();
        Map<String, Rational> centre;
        Polynomial k;
        Polynomial w;
        if (problem.point().isPresent()) {
            centre = problem.point().get();
            cert.line("local question at " + Problem.formatPoint(centre) + "; put w = point + u");
            k = problem.k().translate(centre);
            w = problem.weight().translate(centre);
        } else {
            centre = new LinkedHashMap<>();
            for (String v : vars) {
                centre.put(v, Rational.ZERO);
            }
            cert.line("global question over the box " + problem.box() + "; u = w");
            k = problem.k();
            w = problem.weight();
        }
        Optional<Map<String, Integer>> kMono = k.monomialTimesUnitAtOrigin();
        if (kMono.isEmpty()) {
            return unresolved(cert.line("K(u) = " + k + " is not a monomial times a unit at u = 0"));
        }
        Map<String, Integer> a = kMono.get();
        Polynomial q = k.divideByMonomial(a);
        cert.line("K = " + monomial(a) + " * Q(u), Q(u) = " + q + ", Q(0) = " + q.constantTerm() + " != 0");
        Optional<Map<String, Integer>> wMono = w.monomialTimesUnitAtOrigin();
        if (wMono.isEmpty()) {
            return unresolved(cert.line("the weight " + w + " is not a monomial times a unit at u = 0"));
        }
        Map<String, Integer> h = wMono.get();
        Polynomial r = w.divideByMonomial(h);
        if (!h.isEmpty() || !r.isConstant()) {
            cert.line("weight = " + monomial(h) + " * R(u), R(u) = " + r + ", R(0) = " + r.constantTerm() + " != 0");
        }
        boolean global = problem.point().isEmpty();
        if (global) {
            Optional<String> notProven = provenFreeOfZeros("Q", q, problem.box())
                    .or(() -> provenFreeOfZeros("R", r, problem.box()));
            if (notProven.isPresent()) {
                return unresolved(cert.line(notProven.get()
                        + ", so the zero set of K in the box may have points the monomial rule does not see"));
            }
            cert.line("Q and R have no zero on the box (constant, or a positive interval bound of +-Q, +-R)");
        }
        int sign = q.constantTerm().signum();
        Pole pole = null;
        Map<String, Rational> ratios = new LinkedHashMap<>();
        Map<String, Rational> worst = new LinkedHashMap<>();
        for (String v : vars) {
            Interval range = problem.box().range(v);
            Rational c = centre.get(v);
            boolean vanishes = global ? range.contains(Rational.ZERO) : true;
            worst.put(v, vanishes ? Rational.ZERO : range.midpoint());
            int av = a.getOrDefault(v, 0);
            if (av == 0 || !vanishes) {
                continue;
            }
            boolean below = range.lo().compareTo(c) < 0;
            boolean above = c.compareTo(range.hi()) < 0;
            if (av % 2 == 1) {
                if (below && above) {
                    return RlctResult.error(NAME, "K changes sign near " + Problem.formatPoint(centre) + ": the factor " + v
                            + "^" + av + " has an odd exponent and " + v + " ranges on both sides of " + c);
                }
                sign *= above ? 1 : -1;
            }
            int hv = h.getOrDefault(v, 0);
            Pole coordinate = Pole.of(Rational.of(hv + 1L, av), 1);
            cert.line(v + ": (h + 1)/a = (" + hv + " + 1)/" + av + " = " + coordinate.lambda());
            ratios.put(v, coordinate.lambda());
            pole = pole == null ? coordinate : pole.product(coordinate);
        }
        if (sign < 0) {
            return RlctResult.error(NAME, "K is negative near " + Problem.formatPoint(centre) + " on the part of the box the prior allows");
        }
        if (pole == null) {
            return RlctResult.error(NAME, "non-realizable problem: no factor of K = " + monomial(a) + " * Q vanishes in the box "
                    + problem.box() + " and Q has no zero there");
        }
        if (global) {
            cert.line("the worst zero is u = (" + Problem.formatPoint(worst) + "): every coordinate whose range contains 0 vanishes there");
        }
        Rational lambda = pole.lambda();
        List<String> attaining = ratios.keySet().stream().filter(v -> ratios.get(v).equals(lambda)).toList();
        cert.line("lambda = min = " + lambda + ", attained by " + attaining + ", so m = " + pole.m()
                + " (monomial rule, Watanabe 2009: Z(n) is the product of the coordinates' one-dimensional integrals)");
        return pole.toResult(NAME, cert.build());
    }

    private static Optional<String> provenFreeOfZeros(String name, Polynomial p, Box box) {
        if (p.isConstant()) {
            return Optional.empty();
        }
        boolean proven = PositivityProver.provePositive(p, box, PositivityProver.DEFAULT_BUDGET).isPresent()
                || PositivityProver.provePositive(p.negate(), box, PositivityProver.DEFAULT_BUDGET).isPresent();
        return proven ? Optional.empty() : Optional.of("the factor " + name + " = " + p + " is not proven free of zeros on the box");
    }

    private static RlctResult unresolved(Certificate.Builder cert) {
        return RlctResult.unresolved(NAME, cert.build());
    }

    /** {@code x^2*y}, or {@code 1} for the empty monomial. */
    static String monomial(Map<String, Integer> exps) {
        if (exps.isEmpty()) {
            return "1";
        }
        Map<String, Integer> m = new HashMap<>(exps);
        return Polynomial.term(Rational.ONE, m).toString();
    }
}
