package org.sltjava.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.numeric.KernelProgram;

/**
 * The losses of the kernel benchmark, the same as the C reference's ({@code shared/bench/kernel.c}):
 * the cusp {@code (y^2 - x^3)^2} stated as a square and (for comparison) expanded, and
 * {@code ||BA||^2} as the sum of the squares of the entries of BA with B 3x1, A 1x3 (6 parameters)
 * and B 3x2, A 2x3 (12 parameters).
 */
public enum KernelCase {
    /** {@code (y^2 - x^3)^2}, the square kept. */
    CUSP("cusp (y^2-x^3)^2, square", Loss.sumOfSquares(List.of(PolynomialParser.parse("y^2 - x^3"))), List.of("x", "y")),
    /** {@code y^4 - 2x^3y^2 + x^6}: the cusp as an expanded polynomial. */
    CUSP_EXPANDED("cusp, expanded", Loss.of(PolynomialParser.parse("(y^2 - x^3)^2")), List.of("x", "y")),
    /** {@code ||BA||^2}, B 3x1, A 1x3. */
    RRR1("rrr ||BA||^2 B 3x1 A 1x3", reducedRank(3, 1, 3), reducedRankOrder(3, 1, 3)),
    /** {@code ||BA||^2}, B 3x2, A 2x3. */
    RRR2("rrr ||BA||^2 B 3x2 A 2x3", reducedRank(3, 2, 3), reducedRankOrder(3, 2, 3));

    /** Points per batch, as in the C reference: 4096 (with 12 coordinates the batch stays in the L2 cache). */
    public static final int BATCH = 4096;

    private final String title;
    private final Loss loss;
    private final List<String> order;

    KernelCase(String title, Loss loss, List<String> order) {
        this.title = title;
        this.loss = loss;
        this.order = order;
    }

    /** A short description for tables. */
    public String title() {
        return title;
    }

    /** The loss compiled over the case's parameter order. */
    public KernelProgram program() {
        return KernelProgram.of(loss, order);
    }

    /** {@link #BATCH} points drawn uniformly from [-1, 1]^d with a fixed seed, as structure of arrays. */
    public double[][] points() {
        SplittableRandom random = new SplittableRandom(12345);
        double[][] points = new double[order.size()][BATCH];
        for (double[] coordinate : points) {
            for (int j = 0; j < BATCH; j++) {
                coordinate[j] = random.nextDouble(-1, 1);
            }
        }
        return points;
    }

    /** Parameters b_ik (row-major) then a_kj, the C reference's layout. */
    private static List<String> reducedRankOrder(int m, int h, int n) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < h; k++) {
                order.add(String.format(Locale.ROOT, "b%d%d", i, k));
            }
        }
        for (int k = 0; k < h; k++) {
            for (int j = 0; j < n; j++) {
                order.add(String.format(Locale.ROOT, "a%d%d", k, j));
            }
        }
        return List.copyOf(order);
    }

    private static Loss reducedRank(int m, int h, int n) {
        List<Polynomial> entries = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Polynomial e = Polynomial.zero();
                for (int k = 0; k < h; k++) {
                    e = e.add(Polynomial.variable(String.format(Locale.ROOT, "b%d%d", i, k))
                            .multiply(Polynomial.variable(String.format(Locale.ROOT, "a%d%d", k, j))));
                }
                entries.add(e);
            }
        }
        return Loss.sumOfSquares(entries);
    }
}
