package org.sltjava.tests.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.sltjava.core.MonomialEngine;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;
import org.sltjava.resolution.NewtonEngine;

/**
 * Structural rules of learning coefficients (each a theorem; see the maths notes and Watanabe
 * 2009) checked on random problems that the Newton engine answers exactly.
 *
 * <p>The random losses are "blocks": a positive combination of even monomials (strongly
 * non-degenerate in every orthant, since every face polynomial has positive coefficients) or
 * the positive definite form {@code p^2 - c p q + q^2} with {@code 0 < c < 2} times such a
 * combination, whose mixed-sign edge needs the Sturm proof. Each block has its own variables and
 * a random monomial weight.
 */
class NewtonEngineProperties {

    private static final NewtonEngine NEWTON = new NewtonEngine();

    /** A loss on named variables with a weight monomial. */
    private record Block(List<String> vars, Polynomial k, Map<String, Integer> weight) {

        Polynomial weightPolynomial() {
            return Polynomial.term(Rational.ONE, weight);
        }

        @Override
        public String toString() {
            return "K = " + k + ", weight " + weightPolynomial() + " over " + vars;
        }
    }

    private static Gen<Block> blocks(String prefix) {
        return blocks(prefix, false);
    }

    /**
     * Random blocks over the variables prefix1, prefix2; with {@code definite}, also the form
     * times a positive combination. Products of two such forms are left out: their face
     * polynomials are products of two mixed-sign factors, which the cheap proofs do not decide.
     */
    private static Gen<Block> blocks(String prefix, boolean definite) {
        Gen<Integer> size = Generate.range(1, 2);
        return size.flatMap(n -> {
            List<String> vars = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                vars.add(prefix + i);
            }
            Gen<int[]> exps = Generate.intArrays(Generate.constant(n), Generate.range(0, 2));
            Gen<Polynomial> term = exps.zip(Generate.range(1, 3), (e, c) -> {
                Map<String, Integer> m = new HashMap<>();
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    m.put(vars.get(i), 2 * e[i]);
                    any |= e[i] > 0;
                }
                if (!any) {
                    m.put(vars.getFirst(), 2);
                }
                return Polynomial.term(Rational.of(c), m);
            });
            Gen<Polynomial> positive = term.zip(term, term, Generate.range(1, 3), (a, b, c, count) ->
                    count == 1 ? a : count == 2 ? a.add(b) : a.add(b).add(c));
            Gen<Polynomial> loss = n == 1 || !definite ? positive : positive.zip(Generate.booleans(), (p, form) -> form
                    ? PolynomialParser.parse(vars.get(0) + "^2 - " + vars.get(0) + "*" + vars.get(1) + " + " + vars.get(1) + "^2")
                            .multiply(p)
                    : p);
            Gen<int[]> h = Generate.intArrays(Generate.constant(n), Generate.range(0, 2));
            return loss.zip(h, (k, hs) -> {
                Map<String, Integer> w = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    if (hs[i] > 0) {
                        w.put(vars.get(i), hs[i]);
                    }
                }
                return new Block(vars, k, w);
            });
        });
    }

    private static RlctResult analyse(List<String> vars, Polynomial k, Polynomial weight) {
        Problem.Builder b = Problem.builder().parameters(vars).loss(k).weight(weight);
        for (String v : vars) {
            b.at(v, "0");
        }
        return NEWTON.analyse(b.build());
    }

    private static RlctResult analyse(Block block) {
        return analyse(block.vars(), block.k(), block.weightPolynomial());
    }

    private static List<String> union(Block a, Block b) {
        List<String> vars = new ArrayList<>(a.vars());
        vars.addAll(b.vars());
        return vars;
    }

    private static RlctResult exact(RlctResult r, Object what) {
        assertEquals(Status.EXACT, r.status(), () -> what + "\n" + r.certificate());
        return r;
    }

    /** Z(n) of K1(u) + K2(v) factorises: lambda adds, m = m1 + m2 - 1. */
    @Test
    void disjointSumAddsLambda() {
        qt().withExamples(40).forAll(blocks("a", true), blocks("b", true)).checkAssert((a, b) -> {
            RlctResult ra = exact(analyse(a), a);
            RlctResult rb = exact(analyse(b), b);
            RlctResult sum = exact(analyse(union(a, b), a.k().add(b.k()), a.weightPolynomial().multiply(b.weightPolynomial())),
                    a + " + " + b);
            assertEquals(ra.lambda().orElseThrow().add(rb.lambda().orElseThrow()), sum.lambda().orElseThrow(), a + " + " + b);
            assertEquals(ra.m().orElseThrow() + rb.m().orElseThrow() - 1, sum.m().orElseThrow(), a + " + " + b);
        });
    }

    /** The zeta function of K1(u) K2(v) factorises: lambda is the minimum, multiplicities add on a tie. */
    @Test
    void disjointProductTakesTheMinimum() {
        qt().withExamples(40).forAll(blocks("a"), blocks("b")).checkAssert((a, b) -> {
            RlctResult ra = exact(analyse(a), a);
            RlctResult rb = exact(analyse(b), b);
            RlctResult prod = exact(analyse(union(a, b), a.k().multiply(b.k()),
                    a.weightPolynomial().multiply(b.weightPolynomial())), a + " * " + b);
            Rational la = ra.lambda().orElseThrow();
            Rational lb = rb.lambda().orElseThrow();
            int cmp = la.compareTo(lb);
            int m = cmp < 0 ? ra.m().orElseThrow() : cmp > 0 ? rb.m().orElseThrow() : ra.m().orElseThrow() + rb.m().orElseThrow();
            assertEquals(la.min(lb), prod.lambda().orElseThrow(), a + " * " + b);
            assertEquals(m, prod.m().orElseThrow(), a + " * " + b);
        });
    }

    /** K^k has lambda/k and the same m (the zeta function of K^k is that of K at k z). */
    @Test
    void powerDividesLambda() {
        qt().withExamples(30).forAll(blocks("a", true), Generate.range(2, 3)).checkAssert((a, power) -> {
            RlctResult r = exact(analyse(a), a);
            RlctResult rp = exact(analyse(a.vars(), a.k().pow(power), a.weightPolynomial()), a + " ^ " + power);
            assertEquals(r.lambda().orElseThrow().divide(Rational.of(power)), rp.lambda().orElseThrow(), a + " ^ " + power);
            assertEquals(r.m().orElseThrow(), rp.m().orElseThrow(), a + " ^ " + power);
        });
    }

    /** A permutation of the parameters and a rescaling w_i -> c w_i (c != 0) are analytic isomorphisms. */
    @Test
    void permutingAndScalingVariablesChangesNothing() {
        Gen<Integer> scale = Generate.range(-3, 2).map(c -> c >= 0 ? c + 1 : c);
        qt().withExamples(30).forAll(blocks("a"), blocks("b"), scale).checkAssert((a, b, c) -> {
            Polynomial k = a.k().multiply(b.k()).add(a.k());
            Polynomial w = a.weightPolynomial().multiply(b.weightPolynomial());
            RlctResult r = exact(analyse(union(a, b), k, w), k);
            List<String> reversed = new ArrayList<>(union(a, b)).reversed();
            RlctResult rr = analyse(reversed, k, w);
            String first = reversed.getFirst();
            Map<String, Polynomial> sub = Map.of(first, Polynomial.variable(first).scale(Rational.of(c, 2)));
            RlctResult rs = analyse(reversed, k.substitute(sub), w.substitute(sub));
            for (RlctResult other : List.of(rr, rs)) {
                assertEquals(Status.EXACT, other.status(), k::toString);
                assertEquals(r.lambda(), other.lambda(), k::toString);
                assertEquals(r.m(), other.m(), k::toString);
            }
        });
    }

    /**
     * Newton's answer is never below an exact answer found another way: here the monomial rule
     * (Watanabe 2009) on K = monomial * unit, where the unit is 1 plus a positive even polynomial.
     */
    @Test
    void neverBelowTheMonomialRule() {
        qt().withExamples(30).forAll(blocks("a"), Generate.intArrays(Generate.constant(2), Generate.range(0, 3)))
                .checkAssert((a, e) -> {
                    List<String> vars = List.of("x", "y");
                    Map<String, Integer> mono = new HashMap<>();
                    mono.put("x", 2 * e[0] + 2);
                    mono.put("y", 2 * e[1]);
                    Polynomial unit = Polynomial.one().add(a.k().substitute(Map.of(a.vars().getFirst(), Polynomial.variable("x"))));
                    List<String> all = new ArrayList<>(vars);
                    all.addAll(a.vars());
                    all.remove(a.vars().getFirst());
                    Polynomial k = Polynomial.term(Rational.ONE, mono).multiply(unit);
                    Problem.Builder b = Problem.builder().parameters(all).loss(k);
                    all.forEach(v -> b.at(v, "0"));
                    Problem p = b.build();
                    RlctResult monomial = new MonomialEngine().analyse(p);
                    RlctResult newton = NEWTON.analyse(p);
                    if (monomial.isExact()) {
                        assertTrue(newton.lambdaUpper().orElseThrow().compareTo(monomial.lambda().orElseThrow()) >= 0, p::toString);
                        if (newton.isExact()) {
                            assertEquals(monomial.lambda(), newton.lambda(), p::toString);
                            assertEquals(monomial.m(), newton.m(), p::toString);
                        }
                    }
                });
    }
}
