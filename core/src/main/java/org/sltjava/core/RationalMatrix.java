package org.sltjava.core;

/**
 * Exact linear algebra on small rational matrices, by fraction-valued Gaussian elimination: the
 * rank (Jacobians and Hessians at a point, face dimensions, model matrices), the determinant
 * (changes of coordinates) and products. The arguments are never modified.
 */
public final class RationalMatrix {

    private RationalMatrix() {
    }

    /** The rank of a matrix whose rows all have {@code columns} entries. */
    public static int rank(Rational[][] matrix, int columns) {
        Rational[][] a = copy(matrix);
        int rank = 0;
        for (int c = 0; c < columns && rank < a.length; c++) {
            int p = pivot(a, rank, c);
            if (p < 0) {
                continue;
            }
            swap(a, p, rank);
            eliminateBelow(a, rank, c, columns);
            rank++;
        }
        return rank;
    }

    /** The rank of a matrix (its column count taken from the first row; 0 for no rows). */
    public static int rank(Rational[][] matrix) {
        return matrix.length == 0 ? 0 : rank(matrix, matrix[0].length);
    }

    /** The determinant of a square matrix. */
    public static Rational determinant(Rational[][] matrix) {
        int n = matrix.length;
        Rational[][] a = copy(matrix);
        Rational det = Rational.ONE;
        for (int c = 0; c < n; c++) {
            int p = pivot(a, c, c);
            if (p < 0) {
                return Rational.ZERO;
            }
            if (p != c) {
                swap(a, p, c);
                det = det.negate();
            }
            det = det.multiply(a[c][c]);
            eliminateBelow(a, c, c, n);
        }
        return det;
    }

    /** The product of two matrices (left's column count equal to right's row count). */
    public static Rational[][] multiply(Rational[][] left, Rational[][] right) {
        Rational[][] r = new Rational[left.length][right[0].length];
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < right[0].length; j++) {
                Rational s = Rational.ZERO;
                for (int k = 0; k < right.length; k++) {
                    s = s.add(left[i][k].multiply(right[k][j]));
                }
                r[i][j] = s;
            }
        }
        return r;
    }

    private static Rational[][] copy(Rational[][] matrix) {
        Rational[][] a = new Rational[matrix.length][];
        for (int i = 0; i < a.length; i++) {
            a[i] = matrix[i].clone();
        }
        return a;
    }

    private static int pivot(Rational[][] a, int from, int column) {
        for (int r = from; r < a.length; r++) {
            if (!a[r][column].isZero()) {
                return r;
            }
        }
        return -1;
    }

    private static void swap(Rational[][] a, int i, int j) {
        Rational[] t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void eliminateBelow(Rational[][] a, int row, int column, int columns) {
        for (int r = row + 1; r < a.length; r++) {
            if (a[r][column].isZero()) {
                continue;
            }
            Rational f = a[r][column].divide(a[row][column]);
            for (int k = column; k < columns; k++) {
                a[r][k] = a[r][k].subtract(f.multiply(a[row][k]));
            }
        }
    }
}
