package org.sltjava.core.catalog;

import java.util.Arrays;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.model.ModelFamilies;

/**
 * Deep linear networks y = W_L ... W_1 x + noise with layer widths H_1, ..., H_(L+1) (end to end)
 * and a true product of rank r, and the closed form of their learning coefficient (Aoyagi 2024,
 * Consideration on the learning efficiency of multiple-layered neural networks with linear units,
 * Neural Networks 172:106132, main theorem; the selection rule in the form of Furman and Lau
 * 2024, Estimating the local learning coefficient at scale, Thm B.1).
 *
 * <p>With the reduced widths d_s = H_s - r sorted increasingly, the chosen set is the ell + 1
 * smallest, ell being the largest k in 1..L with d_(1) + ... + d_(k+1) >= k d_(k+1). With S their
 * sum, M* = ceil(S / ell) and a = S - (M* - 1) ell:
 * lambda = (-r^2 + r (H_1 + H_(L+1))) / 2 + a (ell - a) / (4 ell) - ell (ell - 1) / 4 (S / ell)^2
 * + (1/2) sum_(i < j chosen) d_i d_j, and m = a (ell - a) + 1. For L = 2 it is the reduced-rank
 * regression formula of Aoyagi and Watanabe (2005). The value is the global coefficient, attained
 * at the deepest true parameters (every partial product of rank r).
 */
public final class DeepLinearNetwork {

    /** The family's name in the catalogue. */
    public static final String NAME = "dln";
    /** The source of the closed form. */
    public static final String CITATION = "Aoyagi (2024), Consideration on the learning efficiency of multiple-layered"
            + " neural networks with linear units, Neural Networks 172:106132, main theorem; selection rule as in"
            + " Furman and Lau (2024), Thm B.1";

    private DeepLinearNetwork() {
    }

    /** The published value and the quantities of the selection rule that give it. */
    public record ClosedForm(Rational lambda, int m, int ell, long sum, long a) {
    }

    /** The published (lambda, m), without building the problem; widths end to end, 0 <= r <= min width. */
    public static ClosedForm closedForm(int[] widths, int r) {
        int layers = widths.length - 1;
        long[] d = Arrays.stream(widths).mapToLong(h -> h - r).sorted().toArray();
        int ell = 1;
        for (int k = 1; k <= layers; k++) {
            long prefix = 0;
            for (int i = 0; i <= k; i++) {
                prefix += d[i];
            }
            if (prefix >= k * d[k]) {
                ell = k;
            }
        }
        long s = 0;
        long pairs = 0;
        for (int i = 0; i <= ell; i++) {
            for (int j = i + 1; j <= ell; j++) {
                pairs += d[i] * d[j];
            }
            s += d[i];
        }
        long mStar = Math.ceilDiv(s, ell);
        long a = s - (mStar - 1) * ell;
        Rational ratio = Rational.of(s, ell);
        Rational lambda = Rational.of(-(long) r * r + (long) r * (widths[0] + widths[layers]), 2)
                .add(Rational.of(a * (ell - a), 4L * ell))
                .subtract(Rational.of((long) ell * (ell - 1), 4).multiply(ratio.multiply(ratio)))
                .add(Rational.of(pairs, 2));
        return new ClosedForm(lambda, Math.toIntExact(a * (ell - a) + 1), ell, s, a);
    }

    /** The entry for widths (input first, output last; each 1..9) and true rank r. */
    public static CatalogEntry entry(int[] widths, int r) {
        if (widths.length < 2) {
            throw new InvalidInputException("a linear network needs at least two widths (input and output)");
        }
        int min = Arrays.stream(widths).min().orElseThrow();
        if (r < 0 || r > min) {
            throw new InvalidInputException("the true rank r must satisfy 0 <= r <= min width = " + min + ", got " + r);
        }
        int n = widths[0];
        int m = widths[widths.length - 1];
        Rational[][] truth = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                truth[i][j] = i == j && i < r ? Rational.ONE : Rational.ZERO;
            }
        }
        Problem problem = ModelFamilies.deepLinearNetwork(widths, truth).problem().box(-2, 2).build();
        ClosedForm f = closedForm(widths, r);
        String derivation = "reduced widths " + Arrays.toString(Arrays.stream(widths).map(h -> h - r).sorted().toArray())
                + "; ell = " + f.ell() + ", S = " + f.sum() + ", a = " + f.a() + "; lambda = " + f.lambda()
                + ", m = a(ell - a) + 1 = " + f.m();
        StringBuilder instance = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            instance.append('H').append(i + 1).append('=').append(widths[i]).append(", ");
        }
        return new CatalogEntry(NAME, instance.append("r=").append(r).toString(), problem, f.lambda(), f.m(),
                true, CITATION, "prior positive and bounded near the deepest true parameters; true product of rank r", derivation);
    }
}
