package org.sltjava.core.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.sltjava.core.Box;
import org.sltjava.core.Interval;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;

/**
 * A seeded, reproducible source of problems with known (lambda, m), for property suites in any
 * test framework.
 *
 * <p>Problems are built from monomial blocks by disjoint sums, disjoint products and powers; each
 * rule is exact for the global question over a product box whose ranges contain 0, and for the
 * local question at 0, because the partition function (sums) or the zeta function (monomials,
 * products, powers) factorises over a product box (Watanabe 2009, Algebraic Geometry and
 * Statistical Learning Theory, ch. 2 and 6; Lin 2011, PhD thesis, ch. 4):
 * <ul>
 *   <li>monomial c w^(2k) with weight |w^h| on ranges containing 0: lambda = min (h_j+1)/(2 k_j), m = #argmin;</li>
 *   <li>K1(u) + K2(v): lambda1 + lambda2, m1 + m2 - 1;</li>
 *   <li>K1(u) K2(v): min(lambda1, lambda2), m of the smaller, m1 + m2 on a tie;</li>
 *   <li>K^k: lambda / k, the same m.</li>
 * </ul>
 * Every K built so is non-negative on all of R^d, so with {@link Size#changeOfCoordinates()} the
 * generator may also return the local question at the origin for K o T (and weight o T) with T a
 * random invertible rational linear or triangular map: local (lambda, m) are invariant under
 * analytic changes of coordinates (Watanabe 2009, ch. 2), the Jacobian |det T| being a positive
 * constant.
 */
public final class KnownProblemGenerator {

    /** Size controls: number of variables, largest half-exponent of a monomial, depth of composition. */
    public record Size(int maxVars, int maxHalfExponent, int maxDepth, boolean changeOfCoordinates) {

        /** Checks the bounds. */
        public Size {
            if (maxVars < 1 || maxHalfExponent < 1 || maxDepth < 0) {
                throw new IllegalArgumentException("size needs maxVars >= 1, maxHalfExponent >= 1, maxDepth >= 0");
            }
        }

        /** Up to 4 variables, exponents up to 6, depth 2, with changes of coordinates. */
        public static Size small() {
            return new Size(4, 3, 2, true);
        }
    }

    private record Block(List<String> vars, Polynomial k, Polynomial weight, Rational lambda, int m, List<String> steps) {
    }

    /** Powers are taken only of blocks up to this degree, to keep generated polynomials small. */
    private static final int MAX_DEGREE_TO_RAISE = 6;

    private final SplittableRandom random;
    private final Size size;

    private KnownProblemGenerator(long seed, Size size) {
        this.random = new SplittableRandom(seed);
        this.size = size;
    }

    /** A generator whose sequence of problems depends only on the seed and the size. */
    public static KnownProblemGenerator of(long seed, Size size) {
        return new KnownProblemGenerator(seed, size);
    }

    /** The next problem of the sequence. */
    public KnownProblem next() {
        int d = 1 + random.nextInt(size.maxVars());
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            names.add("w" + i);
        }
        Block b = block(names, size.maxDepth());
        if (size.changeOfCoordinates() && d >= 2 && random.nextInt(3) == 0) {
            Optional<KnownProblem> changed = changeCoordinates(b);
            if (changed.isPresent()) {
                return changed.get();
            }
        }
        Map<String, Interval> box = new LinkedHashMap<>();
        for (String v : b.vars()) {
            box.put(v, randomRangeContainingZero());
        }
        Problem.Builder pb = Problem.builder().parameters(b.vars()).loss(b.k()).weight(b.weight());
        box.forEach(pb::box);
        List<String> steps = new ArrayList<>(b.steps());
        steps.add("global question over the box " + Box.of(box) + ": every rule above is exact on a product box whose ranges contain 0");
        return new KnownProblem(pb.build(), b.lambda(), b.m(), steps);
    }

    private Block block(List<String> vars, int depth) {
        int choice = depth == 0 ? 0 : random.nextInt(4);
        if (choice == 1 && vars.size() >= 2) {
            int cut = 1 + random.nextInt(vars.size() - 1);
            Block a = block(vars.subList(0, cut), depth - 1);
            Block c = block(vars.subList(cut, vars.size()), depth - 1);
            return sum(a, c);
        }
        if (choice == 2 && vars.size() >= 2) {
            int cut = 1 + random.nextInt(vars.size() - 1);
            Block a = block(vars.subList(0, cut), depth - 1);
            Block c = block(vars.subList(cut, vars.size()), depth - 1);
            return product(a, c);
        }
        if (choice == 3) {
            Block base = block(vars, depth - 1);
            return base.k().totalDegree() <= MAX_DEGREE_TO_RAISE ? power(base, 2 + random.nextInt(2)) : base;
        }
        return monomial(vars);
    }

    private Block monomial(List<String> vars) {
        Polynomial k = Polynomial.constant(Rational.of(1 + random.nextInt(4), 1 + random.nextInt(3)));
        Polynomial w = Polynomial.one();
        Rational lambda = null;
        int m = 0;
        int nonZero = 0;
        StringBuilder terms = new StringBuilder();
        for (int j = 0; j < vars.size(); j++) {
            boolean last = j == vars.size() - 1;
            int half = nonZero == 0 && last ? 1 + random.nextInt(size.maxHalfExponent())
                    : random.nextInt(size.maxHalfExponent() + 1);
            int h = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            Polynomial v = Polynomial.variable(vars.get(j));
            k = k.multiply(v.pow(2 * half));
            w = w.multiply(v.pow(h));
            if (half == 0) {
                continue;
            }
            nonZero++;
            Rational r = Rational.of(h + 1L, 2L * half);
            terms.append(terms.isEmpty() ? "" : ", ").append(vars.get(j)).append(": (").append(h).append("+1)/").append(2 * half)
                    .append(" = ").append(r);
            int c = lambda == null ? -1 : r.compareTo(lambda);
            if (c < 0) {
                lambda = r;
                m = 1;
            } else if (c == 0) {
                m++;
            }
        }
        String step = "monomial " + k + " with weight |" + w + "|: " + terms + "; lambda = " + lambda + ", m = " + m
                + " (monomial rule)";
        return new Block(List.copyOf(vars), k, w, lambda, m, List.of(step));
    }

    private static Block sum(Block a, Block b) {
        Rational lambda = a.lambda().add(b.lambda());
        int m = a.m() + b.m() - 1;
        return combine(a, b, a.k().add(b.k()), lambda, m,
                "disjoint sum: lambda = " + a.lambda() + " + " + b.lambda() + " = " + lambda + ", m = " + a.m() + " + " + b.m()
                        + " - 1 = " + m + " (Z(n) factorises)");
    }

    private static Block product(Block a, Block b) {
        int c = a.lambda().compareTo(b.lambda());
        Rational lambda = a.lambda().min(b.lambda());
        int m = c < 0 ? a.m() : c > 0 ? b.m() : a.m() + b.m();
        return combine(a, b, a.k().multiply(b.k()), lambda, m,
                "disjoint product: lambda = min(" + a.lambda() + ", " + b.lambda() + ") = " + lambda + ", m = " + m
                        + (c == 0 ? " (a tie: orders of the pole add)" : "") + " (the zeta function factorises)");
    }

    private static Block combine(Block a, Block b, Polynomial k, Rational lambda, int m, String step) {
        List<String> vars = new ArrayList<>(a.vars());
        vars.addAll(b.vars());
        List<String> steps = new ArrayList<>();
        a.steps().forEach(s -> steps.add("  " + s));
        b.steps().forEach(s -> steps.add("  " + s));
        steps.add(step);
        return new Block(vars, k, a.weight().multiply(b.weight()), lambda, m, steps);
    }

    private static Block power(Block a, int k) {
        Rational lambda = a.lambda().divide(Rational.of(k));
        List<String> steps = new ArrayList<>();
        a.steps().forEach(s -> steps.add("  " + s));
        steps.add("power " + k + ": lambda = (" + a.lambda() + ")/" + k + " = " + lambda + ", m = " + a.m()
                + " (zeta_K^k(z) = zeta_K(kz))");
        return new Block(a.vars(), a.k().pow(k), a.weight(), lambda, a.m(), steps);
    }

    /**
     * The local question at 0 after a random linear or triangular change, or empty when K o T
     * expands past the parser's limit on terms (then the block is asked globally instead).
     */
    private Optional<KnownProblem> changeCoordinates(Block b) {
        List<String> vars = b.vars();
        int d = vars.size();
        Rational[][] t;
        boolean triangular = random.nextBoolean();
        do {
            t = new Rational[d][d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    boolean allowed = !triangular || j <= i;
                    t[i][j] = !allowed ? Rational.ZERO
                            : i == j ? Rational.of(1 + random.nextInt(3), 1 + random.nextInt(2))
                            : random.nextInt(2) == 0 ? Rational.ZERO : Rational.of(random.nextInt(5) - 2, 1 + random.nextInt(2));
                }
            }
        } while (RationalMatrix.determinant(t).isZero());
        Map<String, Polynomial> sub = new HashMap<>();
        StringBuilder map = new StringBuilder();
        for (int i = 0; i < d; i++) {
            Polynomial row = Polynomial.zero();
            for (int j = 0; j < d; j++) {
                row = row.add(Polynomial.variable(vars.get(j)).scale(t[i][j]));
            }
            sub.put(vars.get(i), row);
            map.append(map.isEmpty() ? "" : ", ").append(vars.get(i)).append(" -> ").append(row);
        }
        Polynomial k = b.k().substitute(sub);
        if (k.termCount() > PolynomialParser.MAX_TERMS) {
            return Optional.empty();
        }
        Polynomial w = b.weight().substitute(sub);
        Problem.Builder pb = Problem.builder().parameters(vars).loss(k).weight(w);
        for (String v : vars) {
            pb.at(v, Rational.ZERO);
        }
        List<String> steps = new ArrayList<>(b.steps());
        steps.add("the rules above hold as well for the local question at 0 (the same factorisations over a small box around 0)");
        steps.add((triangular ? "triangular" : "linear") + " change of coordinates " + map + " (det = " + RationalMatrix.determinant(t)
                + " != 0): local lambda and m at 0 are invariant, the Jacobian being a positive constant");
        return Optional.of(new KnownProblem(pb.build(), b.lambda(), b.m(), steps));
    }

    private Interval randomRangeContainingZero() {
        Rational[] lows = {Rational.MINUS_ONE, Rational.of(-1, 2), Rational.ZERO, Rational.of(-2)};
        Rational[] highs = {Rational.ONE, Rational.HALF, Rational.of(2)};
        return Interval.of(lows[random.nextInt(lows.length)], highs[random.nextInt(highs.length)]);
    }
}
