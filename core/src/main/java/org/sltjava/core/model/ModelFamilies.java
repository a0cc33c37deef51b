package org.sltjava.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * Builders of the model families researchers use, as {@link RegressionModel}s with independent
 * standard normal inputs and unit noise, so that for the linear families
 * K(w) = ||W - W0||_F^2 / 2 with W the product of the layers' matrices.
 *
 * <p>Names: the inputs are x1..xN; layer l's matrix is named by the l-th letter (a, b, c, ...),
 * entry (i, j) of layer a being {@code a<i><j>} (1-based, so every size is at most 9). Reduced-rank
 * regression is the two-layer case: A (H x N) then B (M x H).
 */
public final class ModelFamilies {

    private ModelFamilies() {
    }

    /** Reduced-rank regression y = B A x + noise, B of size M x H, A of size H x N, true matrix {@code truth} (M x N). */
    public static RegressionModel reducedRankRegression(int m, int n, int h, Rational[][] truth) {
        return deepLinearNetwork(new int[] {n, h, m}, truth);
    }

    /**
     * A deep linear network y = W_L ... W_1 x + noise with layer widths {@code widths} =
     * (input N = H_0, H_1, ..., output M = H_L) and true matrix {@code truth} (M x N).
     */
    public static RegressionModel deepLinearNetwork(int[] widths, Rational[][] truth) {
        if (widths.length < 2 || widths.length > 27) {
            throw new InvalidInputException("a linear network needs between 1 and 26 layers");
        }
        for (int w : widths) {
            if (w < 1 || w > 9) {
                throw new InvalidInputException("layer widths must be between 1 and 9, got " + w);
            }
        }
        int n = widths[0];
        int m = widths[widths.length - 1];
        checkShape(truth, m, n);
        List<String> inputs = inputs(n);
        List<String> params = new ArrayList<>();
        Polynomial[][] product = null;
        for (int l = 1; l < widths.length; l++) {
            char letter = (char) ('a' + l - 1);
            Polynomial[][] layer = new Polynomial[widths[l]][widths[l - 1]];
            for (int i = 0; i < widths[l]; i++) {
                for (int j = 0; j < widths[l - 1]; j++) {
                    String name = "" + letter + (i + 1) + (j + 1);
                    params.add(name);
                    layer[i][j] = Polynomial.variable(name);
                }
            }
            product = product == null ? layer : matrixProduct(layer, product);
        }
        RegressionModel.Builder b = RegressionModel.builder().inputs(inputs).parameters(params);
        List<Polynomial> f0 = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            Polynomial out = Polynomial.zero();
            Polynomial t = Polynomial.zero();
            for (int j = 0; j < n; j++) {
                Polynomial x = Polynomial.variable(inputs.get(j));
                out = out.add(product[i][j].multiply(x));
                t = t.add(x.scale(truth[i][j]));
            }
            b.output(out);
            f0.add(t);
        }
        return b.trueFunction(f0).build();
    }

    /**
     * A one-hidden-layer network y = sum_k b_k s(sum_j a_kj x_j) + noise with N inputs, the given
     * width, a polynomial activation s (a polynomial in the variable {@code t}) and true parameters.
     */
    public static RegressionModel oneHiddenLayer(int inputs, int width, Polynomial activation, Map<String, Rational> trueParameters) {
        if (inputs < 1 || inputs > 9 || width < 1 || width > 9) {
            throw new InvalidInputException("inputs and width must be between 1 and 9");
        }
        if (!activation.variables().stream().allMatch("t"::equals)) {
            throw new InvalidInputException("the activation must be a polynomial in t, got " + activation);
        }
        List<String> xs = inputs(inputs);
        List<String> params = new ArrayList<>();
        Polynomial f = Polynomial.zero();
        for (int k = 1; k <= width; k++) {
            Polynomial pre = Polynomial.zero();
            for (int j = 1; j <= inputs; j++) {
                String a = "a" + k + j;
                params.add(a);
                pre = pre.add(Polynomial.variable(a).multiply(Polynomial.variable(xs.get(j - 1))));
            }
            String b = "b" + k;
            params.add(b);
            f = f.add(Polynomial.variable(b).multiply(activation.substitute(Map.of("t", pre))));
        }
        return RegressionModel.builder().inputs(xs).parameters(params).output(f).trueParameters(trueParameters).build();
    }

    private static List<String> inputs(int n) {
        List<String> xs = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            xs.add("x" + j);
        }
        return xs;
    }

    private static void checkShape(Rational[][] truth, int m, int n) {
        if (truth.length != m) {
            throw new InvalidInputException("the true matrix needs " + m + " rows, got " + truth.length);
        }
        for (Rational[] row : truth) {
            if (row.length != n) {
                throw new InvalidInputException("the true matrix needs " + n + " columns, got " + row.length);
            }
        }
    }

    /** The product of two matrices of polynomials (left's column count equal to right's row count). */
    public static Polynomial[][] matrixProduct(Polynomial[][] left, Polynomial[][] right) {
        Polynomial[][] r = new Polynomial[left.length][right[0].length];
        for (int i = 0; i < left.length; i++) {
            for (int j = 0; j < right[0].length; j++) {
                Polynomial s = Polynomial.zero();
                for (int k = 0; k < right.length; k++) {
                    s = s.add(left[i][k].multiply(right[k][j]));
                }
                r[i][j] = s;
            }
        }
        return r;
    }
}
