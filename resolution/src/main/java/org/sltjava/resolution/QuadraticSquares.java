package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * A polynomial of degree at most 2 written as {@code F = sum_k d_k l_k^2} with rational
 * {@code d_k > 0} and affine forms {@code l_k}: a proof that F is non-negative on all of R^d, and
 * its real zero set exactly, the affine subspace (or the empty set) {@code l_1 = ... = l_r = 0}.
 * Found by symmetric Gaussian elimination (LDL^T) of the (d+1) x (d+1) matrix M of the form
 * {@code (w, 1)^T M (w, 1)}, which is positive semi-definite exactly when F >= 0 on R^d (F >= 0
 * gives {@code t^2 F(w/t) >= 0} for t != 0 and, by continuity, at t = 0); a negative pivot, or a
 * zero pivot with a non-zero entry beside it, shows that M is not. The constant comes last, so
 * the linear parts of the forms are triangular (independent) and the only form that can be
 * constant is the last: the zero set is empty exactly when it is there, and otherwise an affine
 * subspace of codimension the number of forms. The decomposition is checked by expanding it
 * against F before it is returned.
 *
 * @param weights the positive {@code d_k}
 * @param forms the affine forms {@code l_k}, one per weight
 */
public record QuadraticSquares(List<Rational> weights, List<Polynomial> forms) {

    /** A decomposition of the given weights and forms. */
    public QuadraticSquares {
        weights = List.copyOf(weights);
        forms = List.copyOf(forms);
    }

    /** F as a positive combination of squares of affine forms, or empty when F has degree above 2 or is not >= 0 on R^d. */
    public static Optional<QuadraticSquares> of(Polynomial f, List<String> vars) {
        if (f.totalDegree() > 2) {
            return Optional.empty();
        }
        int n = vars.size() + 1;
        Rational[][] m = new Rational[n][n];
        for (Rational[] row : m) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        for (Map.Entry<Monomial, Rational> t : f.termsOver(vars).entrySet()) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < vars.size(); i++) {
                for (int e = 0; e < t.getKey().get(i); e++) {
                    at.add(i);
                }
            }
            int i = at.isEmpty() ? n - 1 : at.get(0);
            int j = at.size() < 2 ? n - 1 : at.get(1);
            Rational c = i == j ? t.getValue() : t.getValue().multiply(Rational.HALF);
            m[i][j] = c;
            m[j][i] = c;
        }
        List<Rational> weights = new ArrayList<>();
        List<Polynomial> forms = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Rational pivot = m[k][k];
            if (pivot.signum() < 0) {
                return Optional.empty();
            }
            if (pivot.isZero()) {
                for (int j = k + 1; j < n; j++) {
                    if (!m[k][j].isZero()) {
                        return Optional.empty();
                    }
                }
                continue;
            }
            Polynomial l = Polynomial.zero();
            for (int j = k; j < n; j++) {
                Rational a = m[k][j].divide(pivot);
                l = l.add(j == n - 1 ? Polynomial.constant(a) : Polynomial.variable(vars.get(j)).scale(a));
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    m[i][j] = m[i][j].subtract(m[i][k].multiply(m[k][j]).divide(pivot));
                }
            }
            weights.add(pivot);
            forms.add(l);
        }
        QuadraticSquares q = new QuadraticSquares(weights, forms);
        if (!q.expanded().equals(f)) {
            throw new IllegalStateException("the LDL^T decomposition of " + f + " does not expand to it: " + q);
        }
        return Optional.of(q);
    }

    /** {@code sum_k d_k l_k^2}. */
    public Polynomial expanded() {
        Polynomial sum = Polynomial.zero();
        for (int k = 0; k < forms.size(); k++) {
            sum = sum.add(forms.get(k).multiply(forms.get(k)).scale(weights.get(k)));
        }
        return sum;
    }

    /** {@code 2*(x - 1)^2 + 1/2*(y)^2}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < forms.size(); k++) {
            sb.append(k == 0 ? "" : " + ").append(weights.get(k).equals(Rational.ONE) ? "" : weights.get(k) + "*")
                    .append('(').append(forms.get(k)).append(")^2");
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }
}
