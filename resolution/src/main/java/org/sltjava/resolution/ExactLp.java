package org.sltjava.resolution;

import java.util.Arrays;
import org.sltjava.core.Rational;

/**
 * An exact linear program in equality form, maximise {@code c.x} subject to {@code A x = b},
 * {@code x >= 0}, solved by the two-phase simplex method with Bland's rule over {@link Rational}s.
 *
 * <p>Bland's rule (smallest eligible index enters and leaves) guarantees termination without
 * any tolerance; every quantity is exact. The solution carries a dual vector {@code w} with
 * {@code A^T w >= c} and {@code b.w = c.x}; {@link #verify} checks both against the program's
 * data before an optimum is returned.
 */
public final class ExactLp {

    /** How the program ended. */
    public enum Outcome {
        /** An optimal solution was found. */
        OPTIMAL,
        /** No {@code x >= 0} satisfies {@code A x = b}. */
        INFEASIBLE,
        /** The objective is unbounded above. */
        UNBOUNDED
    }

    /**
     * The result of a program: the outcome and, when optimal, the value, a basic optimal
     * {@code x} and an optimal dual {@code w}.
     */
    public record Solution(Outcome outcome, Rational value, Rational[] x, Rational[] dual) {

        /** Whether an optimum was found. */
        public boolean isOptimal() {
            return outcome == Outcome.OPTIMAL;
        }
    }

    private final int rows;
    private final int cols;
    private final Rational[][] tableau;
    private final int[] basis;
    private final boolean[] flipped;
    private final Deadline deadline;

    private ExactLp(Rational[][] a, Rational[] b, Deadline deadline) {
        this.deadline = deadline;
        rows = a.length;
        cols = rows == 0 ? 0 : a[0].length;
        tableau = new Rational[rows][cols + rows + 1];
        basis = new int[rows];
        flipped = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            if (a[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + a[i].length + " entries, expected " + cols);
            }
            flipped[i] = b[i].signum() < 0;
            for (int j = 0; j < cols; j++) {
                tableau[i][j] = flipped[i] ? a[i][j].negate() : a[i][j];
            }
            for (int k = 0; k < rows; k++) {
                tableau[i][cols + k] = k == i ? Rational.ONE : Rational.ZERO;
            }
            tableau[i][cols + rows] = flipped[i] ? b[i].negate() : b[i];
            basis[i] = cols + i;
        }
    }

    /**
     * Maximises {@code c.x} subject to {@code A x = b}, {@code x >= 0}. The arrays are not
     * modified.
     *
     * @param a the constraint matrix, one row per constraint, every row of length {@code c.length}
     * @param b the right-hand side, one entry per row (any sign)
     * @param c the objective
     */
    public static Solution maximize(Rational[][] a, Rational[] b, Rational[] c) {
        return maximize(a, b, c, Deadline.none());
    }

    /** {@link #maximize(Rational[][], Rational[], Rational[])}, stopping at the deadline between two pivots. */
    static Solution maximize(Rational[][] a, Rational[] b, Rational[] c, Deadline deadline) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " rows but " + b.length + " right-hand sides");
        }
        Solution s = new ExactLp(a, b, deadline).solve(c);
        if (s.isOptimal()) {
            verify(a, b, c, s);
        }
        return s;
    }

    /**
     * Checks an optimal solution against the program from the original data, independently of
     * the tableau that produced it: {@code x >= 0} and {@code A x = b} (primal feasible),
     * {@code A^T w >= c} (dual feasible) and {@code c.x = b.w = value}, which by weak duality
     * makes both optimal. {@link #maximize} runs it on every optimum it returns.
     *
     * @throws IllegalStateException naming the first condition that fails
     */
    public static void verify(Rational[][] a, Rational[] b, Rational[] c, Solution s) {
        Rational[] x = s.x();
        Rational[] w = s.dual();
        if (x.length != c.length || w.length != b.length) {
            throw new IllegalStateException("LP solution of the wrong shape: " + x.length + " primal and " + w.length
                    + " dual entries for " + c.length + " columns and " + b.length + " rows");
        }
        for (int j = 0; j < x.length; j++) {
            if (x[j].signum() < 0) {
                throw new IllegalStateException("LP primal solution is negative at column " + j + ": " + x[j]);
            }
        }
        for (int i = 0; i < b.length; i++) {
            Rational row = Rational.ZERO;
            for (int j = 0; j < x.length; j++) {
                if (!x[j].isZero()) {
                    row = row.add(a[i][j].multiply(x[j]));
                }
            }
            if (!row.equals(b[i])) {
                throw new IllegalStateException("LP primal solution violates row " + i + ": " + row + " != " + b[i]);
            }
        }
        Rational primal = Rational.ZERO;
        for (int j = 0; j < c.length; j++) {
            Rational column = Rational.ZERO;
            for (int i = 0; i < b.length; i++) {
                column = column.add(a[i][j].multiply(w[i]));
            }
            if (column.compareTo(c[j]) < 0) {
                throw new IllegalStateException("LP dual solution violates column " + j + ": " + column + " < " + c[j]);
            }
            primal = primal.add(c[j].multiply(x[j]));
        }
        Rational dual = Rational.ZERO;
        for (int i = 0; i < b.length; i++) {
            dual = dual.add(b[i].multiply(w[i]));
        }
        if (!primal.equals(s.value()) || !dual.equals(s.value())) {
            throw new IllegalStateException("LP objective values disagree: reported " + s.value() + ", primal c.x = "
                    + primal + ", dual b.w = " + dual);
        }
    }

    private Solution solve(Rational[] c) {
        Rational[] phaseOne = new Rational[cols + rows];
        Arrays.fill(phaseOne, 0, cols, Rational.ZERO);
        Arrays.fill(phaseOne, cols, cols + rows, Rational.MINUS_ONE);
        run(phaseOne, cols + rows);
        if (objective(phaseOne).signum() < 0) {
            return new Solution(Outcome.INFEASIBLE, null, null, null);
        }
        driveOutArtificials();
        Rational[] phaseTwo = new Rational[cols + rows];
        for (int j = 0; j < cols; j++) {
            phaseTwo[j] = c[j];
        }
        Arrays.fill(phaseTwo, cols, cols + rows, Rational.ZERO);
        if (!run(phaseTwo, cols)) {
            return new Solution(Outcome.UNBOUNDED, null, null, null);
        }
        Rational[] x = new Rational[cols];
        Arrays.fill(x, Rational.ZERO);
        for (int i = 0; i < rows; i++) {
            if (basis[i] < cols) {
                x[basis[i]] = tableau[i][cols + rows];
            }
        }
        Rational[] dual = new Rational[rows];
        for (int k = 0; k < rows; k++) {
            Rational w = Rational.ZERO;
            for (int i = 0; i < rows; i++) {
                Rational cb = phaseTwo[basis[i]];
                if (!cb.isZero()) {
                    w = w.add(cb.multiply(tableau[i][cols + k]));
                }
            }
            dual[k] = flipped[k] ? w.negate() : w;
        }
        return new Solution(Outcome.OPTIMAL, objective(phaseTwo), x, dual);
    }

    private Rational objective(Rational[] cost) {
        Rational v = Rational.ZERO;
        for (int i = 0; i < rows; i++) {
            Rational cb = cost[basis[i]];
            if (!cb.isZero()) {
                v = v.add(cb.multiply(tableau[i][cols + rows]));
            }
        }
        return v;
    }

    /** Simplex iterations with Bland's rule over the first {@code enterable} columns; false when unbounded. */
    private boolean run(Rational[] cost, int enterable) {
        while (true) {
            deadline.check();
            int entering = -1;
            for (int j = 0; j < enterable && entering < 0; j++) {
                if (!isBasic(j) && reducedCost(cost, j).signum() > 0) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            Rational best = null;
            for (int i = 0; i < rows; i++) {
                Rational e = tableau[i][entering];
                if (e.signum() > 0) {
                    Rational ratio = tableau[i][cols + rows].divide(e);
                    int cmp = best == null ? -1 : ratio.compareTo(best);
                    if (cmp < 0 || (cmp == 0 && basis[i] < basis[leaving])) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(leaving, entering);
        }
    }

    private boolean isBasic(int j) {
        for (int b : basis) {
            if (b == j) {
                return true;
            }
        }
        return false;
    }

    private Rational reducedCost(Rational[] cost, int j) {
        Rational r = cost[j];
        for (int i = 0; i < rows; i++) {
            Rational cb = cost[basis[i]];
            Rational t = tableau[i][j];
            if (!cb.isZero() && !t.isZero()) {
                r = r.subtract(cb.multiply(t));
            }
        }
        return r;
    }

    /** After phase one, replaces artificial basic variables (all at zero) by original columns where possible. */
    private void driveOutArtificials() {
        for (int i = 0; i < rows; i++) {
            if (basis[i] >= cols) {
                for (int j = 0; j < cols; j++) {
                    if (!tableau[i][j].isZero() && !isBasic(j)) {
                        pivot(i, j);
                        break;
                    }
                }
            }
        }
    }

    private void pivot(int row, int col) {
        Rational[] pr = tableau[row];
        Rational p = pr[col];
        if (!p.equals(Rational.ONE)) {
            for (int j = 0; j < pr.length; j++) {
                if (!pr[j].isZero()) {
                    pr[j] = pr[j].divide(p);
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            if (i == row) {
                continue;
            }
            Rational f = tableau[i][col];
            if (f.isZero()) {
                continue;
            }
            Rational[] r = tableau[i];
            for (int j = 0; j < r.length; j++) {
                if (!pr[j].isZero()) {
                    r[j] = r[j].subtract(f.multiply(pr[j]));
                }
            }
        }
        basis[row] = col;
    }
}
