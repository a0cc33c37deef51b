package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sltjava.core.Box;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;
import org.sltjava.core.model.ModelFamilies;

/**
 * A loss recognised, and proven by exact comparison, to be that of a deep linear network,
 * K = s ||W_L ... W_1 - C||_F^2 with s > 0, the layers W_l (H_l x H_(l-1)) named as
 * {@code ModelFamilies} names them (layer l by the l-th letter, entry (i, j) of layer a being
 * {@code a<i><j>}), and C the true matrix (reduced-rank regression is the case L = 2). Such a K is
 * invariant under W_l -> g_l W_l g_(l-1)^-1 with g_l in GL(H_l) for the hidden layers (g_0 and g_L
 * the identity), the symmetry {@link org.sltjava.resolution.rules.LinearNetworkOrbits} uses.
 *
 * @param widths H_0 = N (inputs), H_1, ..., H_L = M (outputs)
 * @param layers each layer's parameter names, row by row
 * @param truth the true matrix C (M x N)
 * @param scale s
 * @param rank the rank r of C
 */
public record LinearNetwork(int[] widths, List<String[][]> layers, Rational[][] truth, Rational scale, int rank) {

    private static final Pattern ENTRY = Pattern.compile("([a-z])([1-9])([1-9])");

    /** Bounds the work of the exact comparison: larger networks are not recognised. */
    private static final int MAX_PARAMETERS = 40;
    /** Bounds the terms of the expansion the exact comparison builds. */
    private static final long MAX_EXPANSION_TERMS = 50_000;

    /**
     * The network whose loss K is, if the parameters are named as a linear network's layers and K
     * equals s ||W_L ... W_1 - C||^2 exactly for the C and s read from K's coefficients.
     */
    public static Optional<LinearNetwork> recognise(List<String> parameters, Loss loss) {
        return recognise(parameters, loss.expanded(), false);
    }

    /**
     * The network whose loss differs from {@code part} by a constant (a block of a larger K, whose
     * constant term is shared with the other blocks): part = s ||W_L ... W_1 - C||^2 + const.
     */
    public static Optional<LinearNetwork> recogniseUpToConstant(List<String> parameters, Polynomial part) {
        return recognise(parameters, part, true);
    }

    private static Optional<LinearNetwork> recognise(List<String> parameters, Polynomial k, boolean upToConstant) {
        if (parameters.size() > MAX_PARAMETERS) {
            return Optional.empty();
        }
        Map<Character, int[]> sizes = new HashMap<>();
        for (String v : parameters) {
            Matcher mt = ENTRY.matcher(v);
            if (!mt.matches()) {
                return Optional.empty();
            }
            int[] s = sizes.computeIfAbsent(mt.group(1).charAt(0), c -> new int[2]);
            s[0] = Math.max(s[0], mt.group(2).charAt(0) - '0');
            s[1] = Math.max(s[1], mt.group(3).charAt(0) - '0');
        }
        int depth = sizes.size();
        if (depth < 2) {
            return Optional.empty();
        }
        int[] widths = new int[depth + 1];
        int count = 0;
        for (int l = 1; l <= depth; l++) {
            int[] s = sizes.get((char) ('a' + l - 1));
            if (s == null || (l > 1 && s[1] != widths[l - 1])) {
                return Optional.empty();
            }
            widths[l - 1] = s[1];
            widths[l] = s[0];
            count += s[0] * s[1];
        }
        if (count != parameters.size()) {
            return Optional.empty();
        }
        List<String[][]> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            String[][] names = new String[widths[l]][widths[l - 1]];
            for (int i = 0; i < widths[l]; i++) {
                for (int j = 0; j < widths[l - 1]; j++) {
                    names[i][j] = "" + (char) ('a' + l - 1) + (i + 1) + (j + 1);
                }
            }
            layers.add(names);
        }
        return fromCoefficients(widths, layers, k, upToConstant);
    }

    /**
     * Reads s and C from K's coefficients and keeps them only if K is exactly s ||W - C||^2 (up to
     * its constant term when asked: K's constant is then replaced by s ||C||^2 before the comparison).
     */
    private static Optional<LinearNetwork> fromCoefficients(int[] widths, List<String[][]> layers, Polynomial given, boolean upToConstant) {
        int m = widths[widths.length - 1];
        int n = widths[0];
        // The path through index 1 of every hidden layer: W_ij has the term w_L[i][0] ... w_1[0][j],
        // whose square has coefficient s in K and which appears linearly only in -2 s C_ij W_ij.
        Rational scale = given.coefficient(squared(path(layers, 0, 0)));
        if (scale.signum() <= 0) {
            return Optional.empty();
        }
        Rational[][] truth = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                truth[i][j] = given.coefficient(path(layers, i, j)).divide(scale.multiply(-2));
            }
        }
        Polynomial k = upToConstant ? given.add(Polynomial.constant(squaredNorm(truth).multiply(scale).subtract(given.constantTerm())))
                : given;
        if (k.totalDegree() != 2 * layers.size() || expansionTerms(widths) > MAX_EXPANSION_TERMS || !agreesAtAPoint(layers, k, truth, scale)) {
            return Optional.empty();
        }
        Polynomial[][] product = product(layers, 0);
        Polynomial expected = Polynomial.zero();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                expected = expected.add(product[i][j].subtract(Polynomial.constant(truth[i][j])).pow(2));
            }
        }
        if (!expected.scale(scale).equals(k)) {
            return Optional.empty();
        }
        int rank = RationalMatrix.rank(truth);
        return Optional.of(new LinearNetwork(widths.clone(), List.copyOf(layers), truth, scale, rank));
    }

    /** A bound on the terms of s ||W - C||^2 expanded: M N (1 + P^2 + P) with P = H_1 ... H_(L-1) paths per entry. */
    private static long expansionTerms(int[] widths) {
        long paths = 1;
        for (int l = 1; l < widths.length - 1; l++) {
            paths *= widths[l];
        }
        return (long) widths[0] * widths[widths.length - 1] * (1 + paths + paths * paths);
    }

    /**
     * Whether K and s ||W - C||^2 agree at one rational point (parameter i at (i + 2)/(i + 3), its
     * sign alternating): a cheap filter before the exact comparison, which alone proves the identity.
     */
    private static boolean agreesAtAPoint(List<String[][]> layers, Polynomial k, Rational[][] truth, Rational scale) {
        Map<String, Rational> at = new LinkedHashMap<>();
        Rational[][] product = null;
        int index = 0;
        for (String[][] names : layers) {
            Rational[][] w = new Rational[names.length][names[0].length];
            for (int i = 0; i < names.length; i++) {
                for (int j = 0; j < names[0].length; j++) {
                    Rational v = Rational.of(index + 2, index + 3);
                    w[i][j] = index % 2 == 0 ? v : v.negate();
                    at.put(names[i][j], w[i][j]);
                    index++;
                }
            }
            product = product == null ? w : RationalMatrix.multiply(w, product);
        }
        Rational[][] difference = new Rational[truth.length][truth[0].length];
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth[0].length; j++) {
                difference[i][j] = product[i][j].subtract(truth[i][j]);
            }
        }
        return k.evaluate(at).equals(squaredNorm(difference).multiply(scale));
    }

    private static Rational squaredNorm(Rational[][] a) {
        Rational norm = Rational.ZERO;
        for (Rational[] row : a) {
            for (Rational v : row) {
                norm = norm.add(v.multiply(v));
            }
        }
        return norm;
    }

    private static Map<String, Integer> path(List<String[][]> layers, int i, int j) {
        Map<String, Integer> powers = new LinkedHashMap<>();
        int last = layers.size() - 1;
        for (int l = 0; l <= last; l++) {
            int row = l == last ? i : 0;
            int col = l == 0 ? j : 0;
            powers.merge(layers.get(l)[row][col], 1, Integer::sum);
        }
        return powers;
    }

    private static Map<String, Integer> squared(Map<String, Integer> powers) {
        Map<String, Integer> sq = new LinkedHashMap<>();
        powers.forEach((v, e) -> sq.put(v, 2 * e));
        return sq;
    }

    /** The product of the layers' variable blocks beyond their first {@code from} rows and columns (W_L ... W_1 for 0). */
    private static Polynomial[][] product(List<String[][]> layers, int from) {
        Polynomial[][] p = block(layers.get(0), from);
        for (int l = 1; l < layers.size(); l++) {
            p = ModelFamilies.matrixProduct(block(layers.get(l), from), p);
        }
        return p;
    }

    /** H_0 = N, ..., H_L = M (a copy). */
    @Override
    public int[] widths() {
        return widths.clone();
    }

    /** Each layer's parameter names, row by row (copies). */
    @Override
    public List<String[][]> layers() {
        return layers.stream().map(l -> Arrays.stream(l).map(String[]::clone).toArray(String[][]::new)).toList();
    }

    /** The true matrix C (a copy). */
    @Override
    public Rational[][] truth() {
        return Arrays.stream(truth).map(Rational[]::clone).toArray(Rational[][]::new);
    }

    /** The number L of layers. */
    public int depth() {
        return layers.size();
    }

    /** The smallest hidden width min(H_1, ..., H_(L-1)). */
    public int narrowestHiddenLayer() {
        int w = Integer.MAX_VALUE;
        for (int l = 1; l < widths.length - 1; l++) {
            w = Math.min(w, widths[l]);
        }
        return w;
    }

    /**
     * The entries of sigma_L ... sigma_1, sigma_l the block of layer l beyond its first r rows and
     * columns ((H_l - r) x (H_(l-1) - r)): the network of the reduced widths with true matrix 0,
     * which carries the singular part of K at a zero with every layer of rank r (see
     * {@link org.sltjava.resolution.rules.LinearNetworkOrbits}). Empty when some width is r: the
     * product is then an empty or a zero matrix.
     */
    public List<Polynomial> reducedProduct() {
        if (Arrays.stream(widths).anyMatch(w -> w == rank)) {
            return List.of();
        }
        List<Polynomial> entries = new ArrayList<>();
        for (Polynomial[] row : product(layers, rank)) {
            entries.addAll(List.of(row));
        }
        return entries;
    }

    /** The variables of a layer beyond its first {@code from} rows and columns, as a matrix. */
    private static Polynomial[][] block(String[][] names, int from) {
        Polynomial[][] v = new Polynomial[names.length - from][names[0].length - from];
        for (int i = from; i < names.length; i++) {
            for (int j = from; j < names[0].length; j++) {
                v[i - from][j - from] = Polynomial.variable(names[i][j]);
            }
        }
        return v;
    }

    /** The parameters of {@link #reducedProduct}: the entries of every sigma_l. */
    public List<String> reducedParameters() {
        List<String> names = new ArrayList<>();
        for (String[][] layer : layers) {
            for (int i = rank; i < layer.length; i++) {
                for (int j = rank; j < layer[0].length; j++) {
                    names.add(layer[i][j]);
                }
            }
        }
        return names;
    }

    /** The number r(M + N - r) of regular coordinates X, Y, Z at a zero with every layer of rank r. */
    public int regularCoordinates() {
        int n = widths[0];
        int m = widths[widths.length - 1];
        return rank * (m + n - rank);
    }

    /**
     * A zero of K inside the open box at which every layer has rank r, if one is found: a rank
     * factorisation C = B0 A0 over Q (A0 the r non-zero rows of C's reduced row echelon form, B0
     * C's pivot columns), placed as W_1 = s_1 [A0; 0], W_l = s_l [I_r 0; 0 0], W_L = s_L [B0 0], or
     * spread over k_l = floor(H_l / r) copies in each hidden layer (W_1 repeats A0 k_1 times, W_l
     * has every block I_r / k_(l-1), W_L repeats B0 / k_(L-1): the product is still B0 A0 and every
     * layer still has rank r, with smaller entries), with rational scales whose product is 1. With
     * rho_l the largest ratio of an entry of layer l to the bound of its range on its side (0 must
     * lie inside every range), such scales exist when P = rho_1 ... rho_L < 1: s_l = q / rho_l for
     * l < L with q = 1 - (1 - P)/(2(L - 1)), so that q^(L-1) > P (Bernoulli), and s_L the reciprocal
     * of their product, below 1 / rho_L. Layers may be negated in pairs; the placement and sign
     * pattern with the smallest P are taken, and the point found is checked exactly (inside the
     * open box, product C, every layer of rank r).
     */
    public Optional<Map<String, Rational>> interiorCanonicalZero(Box box) {
        int depth = layers.size();
        Rational[][][] bestBase = null;
        Rational[] bestRho = null;
        int bestMask = 0;
        Rational bestProduct = null;
        for (boolean spread : new boolean[] {false, true}) {
            Rational[][][] base = canonicalLayers(spread);
            for (int mask = 0; mask < (1 << depth); mask++) {
                if (Integer.bitCount(mask) % 2 != 0) {
                    continue;
                }
                Rational[] rho = new Rational[depth];
                Rational product = Rational.ONE;
                for (int l = 0; l < depth && product != null; l++) {
                    Optional<Rational> ratio = largestRatio(base[l], layers.get(l), box, (mask >> l & 1) == 1);
                    rho[l] = ratio.orElse(null);
                    product = ratio.map(product::multiply).orElse(null);
                }
                if (product != null && (bestProduct == null || product.compareTo(bestProduct) < 0)) {
                    bestProduct = product;
                    bestBase = base;
                    bestRho = rho;
                    bestMask = mask;
                }
            }
        }
        if (bestProduct == null || bestProduct.compareTo(Rational.ONE) >= 0) {
            return Optional.empty();
        }
        Rational q = Rational.ONE.subtract(Rational.ONE.subtract(bestProduct).divide(Rational.of(2L * (depth - 1))));
        Rational[] scale = new Rational[depth];
        Rational made = Rational.ONE;
        for (int l = 0; l < depth - 1; l++) {
            scale[l] = q.divide(bestRho[l]);
            made = made.multiply(scale[l]);
        }
        scale[depth - 1] = made.reciprocal();
        Map<String, Rational> at = new LinkedHashMap<>();
        Rational[][] product = null;
        for (int l = 0; l < depth; l++) {
            Rational s = (bestMask >> l & 1) == 1 ? scale[l].negate() : scale[l];
            String[][] names = layers.get(l);
            Rational[][] w = new Rational[names.length][names[0].length];
            for (int i = 0; i < names.length; i++) {
                for (int j = 0; j < names[0].length; j++) {
                    w[i][j] = bestBase[l][i][j].multiply(s);
                    at.put(names[i][j], w[i][j]);
                }
            }
            if (RationalMatrix.rank(w) != rank) {
                return Optional.empty();
            }
            product = product == null ? w : RationalMatrix.multiply(w, product);
        }
        boolean inside = at.entrySet().stream().allMatch(e -> box.range(e.getKey()).containsInterior(e.getValue()));
        return inside && Arrays.deepEquals(product, truth) ? Optional.of(at) : Optional.empty();
    }


    /**
     * The largest ratio of an entry of {@code +-layer} to the bound of its parameter's range on the
     * entry's side; empty when some range does not hold 0 inside.
     */
    private static Optional<Rational> largestRatio(Rational[][] layer, String[][] names, Box box, boolean negated) {
        Rational rho = Rational.ZERO;
        for (int i = 0; i < layer.length; i++) {
            for (int j = 0; j < layer[0].length; j++) {
                Interval range = box.range(names[i][j]);
                if (!range.containsInterior(Rational.ZERO)) {
                    return Optional.empty();
                }
                Rational v = negated ? layer[i][j].negate() : layer[i][j];
                Rational bound = v.signum() >= 0 ? range.hi() : range.lo();
                rho = rho.max(v.divide(bound));
            }
        }
        return Optional.of(rho);
    }

    /**
     * W_1 = [A0; 0], W_l = [I_r 0; 0 0], W_L = [B0 0] with C = B0 A0 a rank factorisation, or with
     * every hidden layer spread over floor(H_l / r) copies (see {@link #interiorCanonicalZero}).
     */
    private Rational[][][] canonicalLayers(boolean spread) {
        int m = truth.length;
        int n = truth[0].length;
        Rational[][] echelon = new Rational[m][];
        for (int i = 0; i < m; i++) {
            echelon[i] = truth[i].clone();
        }
        int[] pivots = new int[rank];
        int row = 0;
        for (int c = 0; c < n && row < m; c++) {
            int p = row;
            while (p < m && echelon[p][c].isZero()) {
                p++;
            }
            if (p == m) {
                continue;
            }
            Rational[] t = echelon[p];
            echelon[p] = echelon[row];
            echelon[row] = t;
            Rational inv = echelon[row][c].reciprocal();
            for (int j = 0; j < n; j++) {
                echelon[row][j] = echelon[row][j].multiply(inv);
            }
            for (int i = 0; i < m; i++) {
                if (i != row && !echelon[i][c].isZero()) {
                    Rational f = echelon[i][c];
                    for (int j = 0; j < n; j++) {
                        echelon[i][j] = echelon[i][j].subtract(f.multiply(echelon[row][j]));
                    }
                }
            }
            pivots[row++] = c;
        }
        int depth = layers.size();
        int[] copies = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            copies[l] = spread && l > 0 && l < depth ? widths[l] / rank : 1;
        }
        Rational[][][] base = new Rational[depth][][];
        for (int l = 0; l < depth; l++) {
            Rational[][] w = new Rational[widths[l + 1]][widths[l]];
            for (Rational[] entries : w) {
                Arrays.fill(entries, Rational.ZERO);
            }
            if (l == depth - 1) {
                for (int in = 0; in < copies[l]; in++) {
                    for (int i = 0; i < widths[depth]; i++) {
                        for (int j = 0; j < rank; j++) {
                            w[i][in * rank + j] = truth[i][pivots[j]].divide(Rational.of(copies[l]));
                        }
                    }
                }
            } else if (l == 0) {
                for (int out = 0; out < copies[1]; out++) {
                    for (int i = 0; i < rank; i++) {
                        System.arraycopy(echelon[i], 0, w[out * rank + i], 0, widths[0]);
                    }
                }
            } else {
                for (int out = 0; out < copies[l + 1]; out++) {
                    for (int in = 0; in < copies[l]; in++) {
                        for (int i = 0; i < rank; i++) {
                            w[out * rank + i][in * rank + i] = Rational.of(1, copies[l]);
                        }
                    }
                }
            }
            base[l] = w;
        }
        return base;
    }
}
