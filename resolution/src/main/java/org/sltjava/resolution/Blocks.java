package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sltjava.core.Box;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * The splits of a problem into blocks of parameters, with the weight a product of one factor per
 * block and the box a product of ranges. Sums: K is the sum of parts in disjoint blocks, so Z(n)
 * is the product of the blocks' Z(n) and lambda, m - 1 add up; parameters K does not contain
 * form a block of their own that only multiplies Z(n) by a constant. Products: K is the product
 * of factors in disjoint blocks, so the zeta function is the product of the blocks' zeta
 * functions.
 */
public final class Blocks {

    /** Integer points at which {@link #provenCoupled} evaluates. */
    private static final int COUPLING_POINTS = 3;

    /** Largest K (in terms) for which a zero is searched among the blocks' critical points. */
    private static final int MAX_TERMS_FOR_ZERO = 200;
    /** Largest block (in parameters) whose critical points are searched. */
    private static final int MAX_BLOCK_FOR_ZERO = 4;

    private Blocks() {
    }

    /**
     * One block: its problem; none for the parameters K does not contain, or, in a product, for
     * a factor without a zero in its box (or at the point).
     */
    public record Block(List<String> parameters, Optional<Question> problem) {
    }

    /**
     * The factors of K in disjoint blocks, K = c prod_b K_b(x_b) with c > 0, each K_b >= 0 on
     * its box, grouped from K's irreducible factors over Q by shared parameters; or empty when
     * K does not factor so or the weight does not factor over the blocks. A factor that does not
     * vanish at the point (local) or is proven positive on its box (global) comes back without a
     * problem: its zeta function has no pole. The factorisation of K comes from
     * {@code factoriser}, empty when K is not to be factored; K is not factored when it is
     * {@link #provenCoupled}.
     */
    public static Optional<List<Block>> ofProduct(Question p, Function<Polynomial, Optional<Map<Polynomial, Integer>>> factoriser) {
        List<String> vars = p.parameters();
        Polynomial k = p.k();
        if (k.termCount() < 2 || provenCoupled(k, vars)) {
            return Optional.empty();
        }
        Optional<Map<Polynomial, Integer>> factored = factoriser.apply(k);
        if (factored.isEmpty()) {
            return Optional.empty();
        }
        Map<Polynomial, Integer> factors = factored.get();
        List<List<String>> groups = new ArrayList<>();
        List<Polynomial> parts = new ArrayList<>();
        for (Map.Entry<Polynomial, Integer> f : factors.entrySet()) {
            Polynomial power = f.getKey().pow(f.getValue());
            List<String> fv = new ArrayList<>(f.getKey().variables());
            List<Integer> touching = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).stream().anyMatch(fv::contains)) {
                    touching.add(g);
                }
            }
            List<String> merged = new ArrayList<>(fv);
            Polynomial part = power;
            for (int t = touching.size() - 1; t >= 0; t--) {
                int g = touching.get(t);
                groups.get(g).stream().filter(v -> !merged.contains(v)).forEach(merged::add);
                part = part.multiply(parts.get(g));
                groups.remove(g);
                parts.remove(g);
            }
            groups.add(merged);
            parts.add(part);
        }
        List<String> free = vars.stream().filter(v -> groups.stream().noneMatch(g -> g.contains(v))).toList();
        if (groups.size() < 2) {
            return Optional.empty();
        }
        List<List<String>> all = new ArrayList<>(groups);
        if (!free.isEmpty()) {
            all.add(free);
        }
        Optional<List<Polynomial>> weights = factorOver(p.weight(), all, p.box());
        Optional<Map<String, Rational>> inside = positivePoint(k, p.box());
        if (weights.isEmpty() || inside.isEmpty()) {
            return Optional.empty();
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> g = groups.get(i);
            Polynomial part = parts.get(i);
            if (part.evaluate(inside.get()).signum() < 0) {
                part = part.negate();
            }
            if (p.point().isPresent() && !part.evaluate(p.point().get()).isZero()) {
                out.add(new Block(g, Optional.empty()));
                continue;
            }
            Question q = on(p, g, squaresOf(part, p.loss(), g, inside.get()), weights.get().get(i));
            out.add(new Block(g, p.isLocal() || !q.hasProvenNoZero() ? Optional.of(q) : Optional.empty()));
        }
        return Optional.of(out);
    }

    /**
     * Whether K is proven not to be a product of factors in two or more disjoint blocks of its
     * variables, without factoring it. If {@code K = A(u) B(v)} with x_i among the u and x_j among
     * the v, then {@code K_i = A_i B}, {@code K_j = A B_j}, {@code K_ij = A_i B_j}, so
     * {@code K K_ij - K_i K_j = 0} identically. Where that expression is not zero at some point,
     * x_i and x_j lie in one block of every such split; when these pairs join all of K's
     * variables, no split into two or more blocks exists. The expression is evaluated modulo the
     * prime of {@link ModularProofs} at a few integer points (a residue that is not zero proves the
     * rational value is not zero): with {@code t} a term's value there,
     * {@code S = sum t}, {@code S_i = sum e_i t}, {@code S_ij = sum e_i e_j t} (e the term's
     * exponents), {@code x_i x_j (K K_ij - K_i K_j) = S S_ij - S_i S_j}.
     */
    static boolean provenCoupled(Polynomial k, List<String> vars) {
        Map<Monomial, Rational> terms = k.termsOver(vars);
        if (!ModularProofs.integralAtPrime(terms)) {
            return false;
        }
        long prime = ModularProofs.PRIME;
        int n = vars.size();
        int[] parent = new int[n];
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        terms.keySet().forEach(m -> {
            for (int i = 0; i < n; i++) {
                used[i] |= m.get(i) > 0;
            }
        });
        for (int point = 0; point < COUPLING_POINTS; point++) {
            long s = 0;
            long[] si = new long[n];
            long[][] sij = new long[n][n];
            for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
                long v = ModularProofs.residue(t.getValue());
                for (int i = 0; i < n; i++) {
                    v = v * ModularProofs.power(2 + i + 3L * point, t.getKey().get(i)) % prime;
                }
                s = (s + v) % prime;
                for (int i = 0; i < n; i++) {
                    long vi = v * t.getKey().get(i) % prime;
                    si[i] = (si[i] + vi) % prime;
                    for (int j = i + 1; j < n; j++) {
                        sij[i][j] = (sij[i][j] + vi * t.getKey().get(j)) % prime;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (used[i] && used[j] && (s * sij[i][j] % prime - si[i] * si[j] % prime) % prime != 0) {
                        parent[root(parent, j)] = root(parent, i);
                    }
                }
            }
        }
        int component = -1;
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                if (component >= 0 && root(parent, i) != component) {
                    return false;
                }
                component = root(parent, i);
            }
        }
        return true;
    }

    /**
     * The factor as a sum of squares when the stated squares of K are products with a part on
     * the block: the distinct such parts (normalised), accepted only when the factor is exactly
     * a positive multiple of the sum of their squares; otherwise the expanded factor.
     */
    private static Loss squaresOf(Polynomial part, Loss loss, List<String> block, Map<String, Rational> at) {
        if (loss.squares().isPresent()) {
            Map<String, Polynomial> pin = new LinkedHashMap<>();
            at.forEach((v, x) -> {
                if (!block.contains(v)) {
                    pin.put(v, Polynomial.constant(x));
                }
            });
            List<Polynomial> us = new ArrayList<>();
            for (Polynomial f : loss.squares().get()) {
                Polynomial u = f.substitute(pin);
                if (u.isZero()) {
                    continue;
                }
                Rational lead = u.termsOver(block).values().iterator().next();
                u = u.scale(lead.reciprocal());
                if (!us.contains(u)) {
                    us.add(u);
                }
            }
            Polynomial sum = Polynomial.zero();
            for (Polynomial u : us) {
                sum = sum.add(u.multiply(u));
            }
            if (!sum.isZero()) {
                Map.Entry<Monomial, Rational> t = part.termsOver(block).entrySet().iterator().next();
                Rational c = sum.termsOver(block).get(t.getKey());
                if (c != null) {
                    Rational s = t.getValue().divide(c);
                    if (s.signum() > 0 && sum.scale(s).equals(part)) {
                        return Loss.sumOfSquares(s, us);
                    }
                }
            }
        }
        return Loss.of(part);
    }

    /**
     * The blocks of p, or empty when K couples every parameter (one block and no free parameter)
     * or the weight does not factor over the blocks. The search for a zero of K that makes the
     * blocks' losses non-negative ({@link #zeroOf}) stops at the deadline.
     */
    public static Optional<List<Block>> of(Question p, Deadline deadline) {
        List<String> vars = p.parameters();
        Polynomial k = p.k();
        List<List<String>> groups = components(k, vars);
        List<String> free = vars.stream().filter(v -> !k.variables().contains(v)).toList();
        if (groups.size() < 2 && free.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> all = new ArrayList<>(groups);
        if (!free.isEmpty()) {
            all.add(free);
        }
        Optional<List<Polynomial>> weights = factorOver(p.weight(), all, p.box());
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Rational>> anchor = p.point().isPresent() ? p.point() : zeroOf(p, groups, deadline);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> g = groups.get(i);
            Optional<Loss> loss = lossOn(p, g, anchor);
            if (loss.isEmpty()) {
                return Optional.empty();
            }
            out.add(new Block(g, Optional.of(on(p, g, loss.get(), weights.get().get(i)))));
        }
        if (!free.isEmpty()) {
            out.add(new Block(free, Optional.empty()));
        }
        return Optional.of(out);
    }

    /** The question of one block: its parameters, loss and weight, the box's ranges and the point's values on them. */
    private static Question on(Question p, List<String> block, Loss loss, Polynomial weight) {
        Map<String, Interval> ranges = new LinkedHashMap<>();
        block.forEach(v -> ranges.put(v, p.box().range(v)));
        Optional<Map<String, Rational>> point = p.point().map(at -> {
            Map<String, Rational> mine = new LinkedHashMap<>();
            block.forEach(v -> mine.put(v, at.get(v)));
            return mine;
        });
        return new Question(block, loss, weight, Box.of(ranges), point);
    }

    /** The connected components of the parameters of K, two parameters joined when a term of K contains both. */
    static List<List<String>> components(Polynomial k, List<String> vars) {
        int n = vars.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Monomial m : k.termsOver(vars).keySet()) {
            int first = -1;
            for (int j = 0; j < n; j++) {
                if (m.get(j) > 0) {
                    if (first < 0) {
                        first = j;
                    } else {
                        parent[root(parent, j)] = root(parent, first);
                    }
                }
            }
        }
        Map<Integer, List<String>> byRoot = new LinkedHashMap<>();
        Set<String> used = k.variables();
        for (int j = 0; j < n; j++) {
            if (used.contains(vars.get(j))) {
                byRoot.computeIfAbsent(root(parent, j), r -> new ArrayList<>()).add(vars.get(j));
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The part of the loss on one block: its squares when every stated square lies in one block,
     * else the terms of the expanded K on the block's parameters made non-negative with a zero
     * {@code anchor} of K in the box (the point of a local question, or one found by
     * {@link #zeroOf}): part - part(anchor), which is K with the other blocks pinned at the
     * anchor (K(anchor) = 0), non-negative on the block's box with a zero there. Without an anchor
     * the block is not stated.
     */
    private static Optional<Loss> lossOn(Question p, List<String> block, Optional<Map<String, Rational>> anchor) {
        Loss loss = p.loss();
        List<String> vars = p.parameters();
        if (loss.squares().isPresent()) {
            List<Polynomial> mine = new ArrayList<>();
            boolean separable = true;
            for (Polynomial f : loss.squares().get()) {
                boolean inside = block.containsAll(f.variables());
                boolean outside = f.variables().stream().noneMatch(block::contains);
                separable &= inside || outside;
                if (inside && !f.isZero()) {
                    mine.add(f);
                }
            }
            if (separable) {
                return Optional.of(Loss.sumOfSquares(loss.scale(), mine));
            }
        }
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        Polynomial k = partOn(loss.expanded(), vars, block);
        return Optional.of(Loss.of(k.subtract(Polynomial.constant(k.evaluate(anchor.get())))));
    }

    /** The terms of K whose first parameter (hence every parameter, the blocks being disjoint) lies in the block. */
    private static Polynomial partOn(Polynomial k, List<String> vars, List<String> block) {
        Map<Monomial, Rational> part = new LinkedHashMap<>();
        k.termsOver(vars).forEach((m, c) -> {
            boolean in = false;
            for (int j = 0; j < vars.size(); j++) {
                if (m.get(j) > 0) {
                    in = block.contains(vars.get(j));
                    break;
                }
            }
            if (in) {
                part.put(m, c);
            }
        });
        return Polynomial.fromTerms(vars, part);
    }

    /**
     * A rational zero of K in the box for the global split of an expanded K = c + sum_b P_b(x_b):
     * 0 when K(0) = 0 there; else for each block the candidate minimisers of P_b among the
     * rational points of the primes of its gradient ideal (zero-dimensional ones solved, the
     * others with their free coordinates at the middle of their ranges), the one with the least
     * P_b taken (for K of at most {@link #MAX_TERMS_FOR_ZERO} terms and blocks of at most
     * {@link #MAX_BLOCK_FOR_ZERO} parameters); a block that is a linear network's loss up to a
     * constant ({@link LinearNetwork#recogniseUpToConstant}) takes the network's zero inside the box
     * instead, where P_b = s ||W - C||^2 + const attains its least value. The assembled point
     * counts only when K vanishes there exactly.
     */
    private static Optional<Map<String, Rational>> zeroOf(Question p, List<List<String>> groups, Deadline deadline) {
        List<String> vars = p.parameters();
        Polynomial k = p.k();
        Map<String, Rational> zero = new LinkedHashMap<>();
        vars.forEach(v -> zero.put(v, Rational.ZERO));
        if (p.box().contains(zero) && k.evaluate(zero).isZero()) {
            return Optional.of(zero);
        }
        Map<String, Rational> anchor = new LinkedHashMap<>(zero);
        for (List<String> g : groups) {
            Polynomial part = partOn(k, vars, g);
            Optional<Map<String, Rational>> network = LinearNetwork.recogniseUpToConstant(g, part)
                    .flatMap(n -> n.interiorCanonicalZero(p.box()));
            if (network.isPresent()) {
                anchor.putAll(network.get());
                continue;
            }
            if (k.termCount() > MAX_TERMS_FOR_ZERO || g.size() > MAX_BLOCK_FOR_ZERO) {
                return Optional.empty();
            }
            Map<String, Rational> best = null;
            Rational least = null;
            for (Map<String, Rational> c : criticalPoints(part, g, p.box(), deadline)) {
                Rational value = part.evaluate(c);
                if (least == null || value.compareTo(least) < 0) {
                    least = value;
                    best = c;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            anchor.putAll(best);
        }
        return k.evaluate(anchor).isZero() ? Optional.of(anchor) : Optional.empty();
    }

    /** Rational critical points of the polynomial in the box (see {@link #zeroOf}). */
    private static List<Map<String, Rational>> criticalPoints(Polynomial f, List<String> block, Box box, Deadline deadline) {
        JasAlgebra alg = JasAlgebra.over(block, deadline);
        List<Polynomial> gradient = block.stream().map(f::derivative).toList();
        List<Map<String, Rational>> out = new ArrayList<>();
        for (JasAlgebra.Prime prime : alg.primesIfDecided(gradient).orElse(List.of())) {
            List<Polynomial> system = new ArrayList<>(prime.generators());
            Map<String, Polynomial> pin = new LinkedHashMap<>();
            for (String v : block) {
                if (pin.size() >= prime.dimension()) {
                    break;
                }
                pin.put(v, Polynomial.constant(box.range(v).midpoint()));
            }
            List<String> rest = block.stream().filter(v -> !pin.containsKey(v)).toList();
            List<Polynomial> restricted = system.stream().map(q -> q.substitute(pin)).filter(q -> !q.isZero()).toList();
            Optional<List<Map<String, Rational>>> sol = rest.isEmpty() ? Optional.of(List.of(new LinkedHashMap<>()))
                    : JasAlgebra.over(rest, deadline).rationalRealSolutions(restricted);
            if (rest.isEmpty() && restricted.stream().anyMatch(q -> !q.isZero())) {
                continue;
            }
            for (Map<String, Rational> s : sol.orElse(List.of())) {
                Map<String, Rational> point = new LinkedHashMap<>(s);
                pin.forEach((v, c) -> point.put(v, c.constantTerm()));
                if (box.ranges().entrySet().stream().filter(e -> point.containsKey(e.getKey()))
                        .allMatch(e -> e.getValue().contains(point.get(e.getKey())))) {
                    out.add(point);
                }
            }
        }
        return out;
    }

    /**
     * The weight as a product of one polynomial per group, each non-negative on its ranges, or
     * empty when it is not such a product. With a point p of the box where w(p) > 0, a product
     * w = prod w_i(x_i) satisfies prod_i w(x_i, p_rest) = w * w(p)^(groups - 1), which is checked
     * exactly; the factors are then w(x_i, p_rest) / w(p), the first one times w(p).
     */
    static Optional<List<Polynomial>> factorOver(Polynomial w, List<List<String>> groups, Box box) {
        if (w.isConstant()) {
            List<Polynomial> out = new ArrayList<>();
            out.add(w);
            for (int i = 1; i < groups.size(); i++) {
                out.add(Polynomial.one());
            }
            return Optional.of(out);
        }
        Optional<Map<String, Rational>> p = positivePoint(w, box);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Rational wp = w.evaluate(p.get());
        List<Polynomial> out = new ArrayList<>();
        Polynomial product = Polynomial.one();
        for (List<String> g : groups) {
            Map<String, Polynomial> pin = new LinkedHashMap<>();
            p.get().forEach((v, x) -> {
                if (!g.contains(v)) {
                    pin.put(v, Polynomial.constant(x));
                }
            });
            Polynomial f = w.substitute(pin).scale(wp.reciprocal());
            out.add(f);
            product = product.multiply(f);
        }
        if (!product.scale(wp).equals(w)) {
            return Optional.empty();
        }
        out.set(0, out.getFirst().scale(wp));
        return Optional.of(out);
    }

    /**
     * A rational point of the box where w > 0: the box's centre or one of a fixed list of interior
     * points whose coordinates are different fractions of their ranges (k/13, k = 1..12), so that
     * no symmetry of the box between two coordinates hides a point off the zeros of w.
     */
    private static Optional<Map<String, Rational>> positivePoint(Polynomial w, Box box) {
        List<String> vars = new ArrayList<>(box.ranges().keySet());
        for (int t = 0; t < 24; t++) {
            Map<String, Rational> p = new LinkedHashMap<>();
            for (int i = 0; i < vars.size(); i++) {
                Interval r = box.range(vars.get(i));
                Rational f = t == 0 ? Rational.of(1, 2) : Rational.of(1 + (5 * t + 7 * i + 3 * i * i) % 12, 13);
                p.put(vars.get(i), r.lo().add(r.width().multiply(f)));
            }
            if (w.evaluate(p).signum() > 0) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
