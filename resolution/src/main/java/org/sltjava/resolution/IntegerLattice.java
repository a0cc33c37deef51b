package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;

/**
 * Integer-lattice algebra for the face proofs: bases of the lattice spanned by exponent vectors
 * (echelon forms and their pivots), coordinates in a basis, primitive vectors and multiples. Pure
 * functions of integer arrays.
 */
final class IntegerLattice {

    private IntegerLattice() {
    }

    /**
     * A basis of the lattice spanned by integer vectors of length {@code d}: some of the vectors
     * themselves when they generate it (so that the vertices of a simplex give the coordinate
     * monomials and {@code g} stays of low degree), else the echelon basis of
     * {@link #echelonBasis}. The vectors chosen greedily are independent and span a sublattice of
     * full rank; its index is the ratio of the products of the pivots of the two echelon bases
     * (both triangular on the same pivot columns), so it is the whole lattice exactly when the
     * products agree.
     */
    static int[][] latticeBasis(List<int[]> vectors, int d) {
        int[][] echelon = echelonBasis(vectors, d);
        List<int[]> chosen = new ArrayList<>();
        for (int[] v : vectors) {
            List<int[]> more = new ArrayList<>(chosen);
            more.add(v);
            if (rank(more, d) > chosen.size()) {
                chosen.add(v.clone());
            }
        }
        return pivotProduct(echelonBasis(chosen, d)) == pivotProduct(echelon) ? chosen.toArray(int[][]::new) : echelon;
    }

    private static int rank(List<int[]> rows, int d) {
        Rational[][] m = new Rational[rows.size()][d];
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < d; i++) {
                m[r][i] = Rational.of(rows.get(r)[i]);
            }
        }
        return RationalMatrix.rank(m, d);
    }

    private static long pivotProduct(int[][] echelon) {
        long p = 1;
        for (int[] row : echelon) {
            int i = 0;
            while (row[i] == 0) {
                i++;
            }
            p = Math.multiplyExact(p, Math.abs((long) row[i]));
        }
        return p;
    }

    /**
     * A basis of the lattice spanned by integer vectors of length {@code d}, in echelon form (the
     * first non-zero entry of each row lies strictly right of the one above, and the rows below
     * are zero in that column), by integer row operations: Euclid's algorithm down each column.
     */
    static int[][] echelonBasis(List<int[]> vectors, int d) {
        List<long[]> rows = new ArrayList<>();
        for (int[] v : vectors) {
            rows.add(Arrays.stream(v).asLongStream().toArray());
        }
        int rank = 0;
        for (int col = 0; col < d; col++) {
            while (true) {
                int best = -1;
                for (int i = rank; i < rows.size(); i++) {
                    long e = rows.get(i)[col];
                    if (e != 0 && (best < 0 || Math.abs(e) < Math.abs(rows.get(best)[col]))) {
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                long[] pivot = rows.get(best);
                rows.set(best, rows.get(rank));
                rows.set(rank, pivot);
                boolean cleared = true;
                for (int i = rank + 1; i < rows.size(); i++) {
                    long[] row = rows.get(i);
                    long q = row[col] / pivot[col];
                    if (q != 0) {
                        for (int c = col; c < d; c++) {
                            row[c] = Math.subtractExact(row[c], Math.multiplyExact(q, pivot[c]));
                        }
                    }
                    cleared &= row[col] == 0;
                }
                if (cleared) {
                    rank++;
                    break;
                }
            }
        }
        int[][] basis = new int[rank][];
        for (int r = 0; r < rank; r++) {
            basis[r] = Arrays.stream(rows.get(r)).mapToInt(Math::toIntExact).toArray();
        }
        return basis;
    }

    /**
     * The integer coordinates of {@code v} in a lattice basis (Cramer's rule on columns where the
     * basis is independent), checked by recomposing {@code v}; {@code v} must lie in the lattice.
     */
    static int[] coordinates(int[][] basis, int[] v) {
        int k = basis.length;
        List<Integer> cols = new ArrayList<>();
        for (int j = 0; j < v.length && cols.size() < k; j++) {
            List<int[]> restricted = new ArrayList<>();
            for (int[] b : basis) {
                int[] row = new int[cols.size() + 1];
                for (int c = 0; c < cols.size(); c++) {
                    row[c] = b[cols.get(c)];
                }
                row[cols.size()] = b[j];
                restricted.add(row);
            }
            if (rank(restricted, cols.size() + 1) > cols.size()) {
                cols.add(j);
            }
        }
        Rational det = RationalMatrix.determinant(square(basis, cols, -1, v));
        int[] c = new int[k];
        int[] rest = v.clone();
        for (int r = 0; r < k; r++) {
            Rational x = RationalMatrix.determinant(square(basis, cols, r, v)).divide(det);
            if (!x.isInteger()) {
                throw new IllegalStateException(Arrays.toString(v) + " is not in the lattice " + Arrays.deepToString(basis));
            }
            c[r] = x.numerator().intValueExact();
            for (int i = 0; i < rest.length; i++) {
                rest[i] = Math.subtractExact(rest[i], Math.multiplyExact(c[r], basis[r][i]));
            }
        }
        if (Arrays.stream(rest).anyMatch(x -> x != 0)) {
            throw new IllegalStateException(Arrays.toString(v) + " is not in the lattice " + Arrays.deepToString(basis));
        }
        return c;
    }


    static int[] difference(int[] a, int[] b) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    static int[] primitive(int[] v) {
        int g = 0;
        for (int x : v) {
            g = gcd(g, Math.abs(x));
        }
        int[] r = v.clone();
        if (g > 1) {
            for (int i = 0; i < r.length; i++) {
                r[i] /= g;
            }
        }
        return r;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The integer {@code k} with {@code q = base + k g}, if there is one. */
    static Optional<Integer> multipleOf(int[] q, int[] base, int[] g) {
        Integer k = null;
        for (int i = 0; i < q.length; i++) {
            int diff = q[i] - base[i];
            if (g[i] == 0) {
                if (diff != 0) {
                    return Optional.empty();
                }
            } else {
                if (diff % g[i] != 0) {
                    return Optional.empty();
                }
                int ki = diff / g[i];
                if (k != null && k != ki) {
                    return Optional.empty();
                }
                k = ki;
            }
        }
        return Optional.ofNullable(k);
    }

    /** The matrix {@code m[i][r] = basis[r][cols[i]]}, with column {@code replace} (if >= 0) replaced by {@code v[cols]}. */
    private static Rational[][] square(int[][] basis, List<Integer> cols, int replace, int[] v) {
        int k = basis.length;
        Rational[][] m = new Rational[k][k];
        for (int i = 0; i < k; i++) {
            for (int r = 0; r < k; r++) {
                m[i][r] = Rational.of(r == replace ? v[cols.get(i)] : basis[r][cols.get(i)]);
            }
        }
        return m;
    }
}
