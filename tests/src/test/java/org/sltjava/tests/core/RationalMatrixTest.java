package org.sltjava.tests.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.sltjava.tests.PolynomialGen.rationals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;

/** Exact rank and determinant against their algebraic laws. */
class RationalMatrixTest {

    private static Gen<Rational[][]> squares3() {
        return lists().of(rationals()).ofSize(9).map(RationalMatrixTest::square);
    }

    private static Rational[][] square(List<Rational> e) {
        Rational[][] m = new Rational[3][3];
        for (int i = 0; i < 9; i++) {
            m[i / 3][i % 3] = e.get(i);
        }
        return m;
    }

    private static Rational[][] multiply(Rational[][] a, Rational[][] b) {
        Rational[][] c = new Rational[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                Rational s = Rational.ZERO;
                for (int k = 0; k < 3; k++) {
                    s = s.add(a[i][k].multiply(b[k][j]));
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    @Test
    void determinantIsMultiplicativeAndDecidesFullRank() {
        qt().forAll(squares3(), squares3()).checkAssert((a, b) -> {
            assertEquals(RationalMatrix.determinant(a).multiply(RationalMatrix.determinant(b)),
                    RationalMatrix.determinant(multiply(a, b)));
            assertEquals(RationalMatrix.determinant(a).isZero(), RationalMatrix.rank(a) < 3);
        });
    }

    @Test
    void rankOfSmallExamples() {
        // The zero matrix, a rank-one outer product, and two independent rows.
        assertEquals(0, RationalMatrix.rank(new Rational[][] {{Rational.ZERO, Rational.ZERO}, {Rational.ZERO, Rational.ZERO}}));
        assertEquals(1, RationalMatrix.rank(new Rational[][] {{Rational.ONE, Rational.of(2)}, {Rational.of(2), Rational.of(4)}}));
        assertEquals(2, RationalMatrix.rank(new Rational[][] {{Rational.ONE, Rational.of(2), Rational.of(3)},
            {Rational.of(2), Rational.of(4), Rational.of(7)}}));
        // Triangular: the determinant is the product of the diagonal, 2 * 3 * (1/2) = 3.
        assertEquals(Rational.of(3), RationalMatrix.determinant(new Rational[][] {{Rational.of(2), Rational.ZERO, Rational.ZERO},
            {Rational.of(5), Rational.of(3), Rational.ZERO}, {Rational.of(-1), Rational.of(7), Rational.HALF}}));
    }

    /**
     * det(A B) = det A det B on random 2 x 2 and 3 x 3 matrices (the product theorem), and by hand
     * [[1, 2], [3, 4]] [[0, 1], [1, 0]] = [[2, 1], [4, 3]] (the columns swapped).
     */
    @Test
    void productsMultiplyDeterminants() {
        Rational[][] a = {{Rational.of(1), Rational.of(2)}, {Rational.of(3), Rational.of(4)}};
        Rational[][] swap = {{Rational.ZERO, Rational.ONE}, {Rational.ONE, Rational.ZERO}};
        Rational[][] expected = {{Rational.of(2), Rational.of(1)}, {Rational.of(4), Rational.of(3)}};
        assertArrayEquals(expected, RationalMatrix.multiply(a, swap));
        for (int n = 2; n <= 3; n++) {
            int size = n;
            qt().withFixedSeed(7L + n).withExamples(30).forAll(lists().of(rationals()).ofSize(2 * size * size)).checkAssert(xs -> {
                Rational[][] left = new Rational[size][size];
                Rational[][] right = new Rational[size][size];
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        left[i][j] = xs.get(i * size + j);
                        right[i][j] = xs.get(size * size + i * size + j);
                    }
                }
                assertEquals(RationalMatrix.determinant(left).multiply(RationalMatrix.determinant(right)),
                        RationalMatrix.determinant(RationalMatrix.multiply(left, right)));
            });
        }
    }
}
