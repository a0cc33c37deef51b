package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;

/**
 * A linear change of coordinates {@code u = A w} adapted to a list of polynomials (the
 * irreducible factors of K and of the weight). A polynomial G depends only on the linear forms of
 * its span {@code V_G}, the row space of the matrix whose row for each monomial lists that
 * monomial's coefficients in {@code dG/dw_1, ..., dG/dw_d}: the directions v with
 * {@code sum v_i dG/dw_i = 0} are exactly the annihilator of {@code V_G}, G is constant along them,
 * so {@code G(w) = H(B w)} for any B whose rows span {@code V_G}. The polynomials are grouped
 * (groups whose spans meet are merged) until the spans {@code V_1, ..., V_k} of the groups form a
 * direct sum; A takes a basis of each {@code V_g} (the linear polynomials of the group first, so
 * that linear factors become coordinates, then further given linear forms that lie in {@code V_g}),
 * completed by the further linear forms in no {@code V_g} and by coordinate forms {@code w_j}. In u every
 * polynomial of group g depends only on the coordinates of block g, the blocks are disjoint, and
 * the coordinates outside every block occur in none of the polynomials.
 */
public final class LinearCoordinates {

    private final List<String> vars;
    private final Rational[][] rows;
    private final List<List<Polynomial>> groups;
    private final List<List<Integer>> blocks;

    private LinearCoordinates(List<String> vars, Rational[][] rows, List<List<Polynomial>> groups, List<List<Integer>> blocks) {
        this.vars = vars;
        this.rows = rows;
        this.groups = groups;
        this.blocks = blocks;
    }

    /**
     * The change adapted to the polynomials (each non-constant) that also makes as many of the
     * further linear forms coordinates as it can, or empty when it only permutes or scales
     * coordinates (nothing to gain).
     */
    public static Optional<LinearCoordinates> adaptedTo(List<Polynomial> polynomials, List<Polynomial> linearForms, List<String> vars) {
        int d = vars.size();
        List<List<Polynomial>> groups = new ArrayList<>();
        List<List<Rational[]>> spans = new ArrayList<>();
        for (Polynomial g : polynomials) {
            groups.add(new ArrayList<>(List.of(g)));
            spans.add(span(g, vars));
        }
        boolean merged = true;
        while (merged) {
            merged = mergeOnce(groups, spans, d);
        }
        List<Rational[]> chosen = new ArrayList<>();
        List<List<Integer>> blocks = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Rational[]> candidates = new ArrayList<>();
            groups.get(g).stream().filter(p -> p.totalDegree() == 1).sorted((a, b) -> a.termCount() - b.termCount())
                    .forEach(p -> candidates.add(linearForm(p, vars)));
            List<Rational[]> span = spans.get(g);
            linearForms.stream().map(p -> linearForm(p, vars)).filter(row -> !independent(span, row, d)).forEach(candidates::add);
            candidates.addAll(span);
            List<Integer> block = new ArrayList<>();
            for (Rational[] row : candidates) {
                if (block.size() < spans.get(g).size() && independent(chosen, row, d)) {
                    block.add(chosen.size());
                    chosen.add(row);
                }
            }
            blocks.add(block);
        }
        for (Polynomial p : linearForms) {
            Rational[] row = linearForm(p, vars);
            if (chosen.size() < d && independent(chosen, row, d)) {
                chosen.add(row);
            }
        }
        for (int j = 0; j < d && chosen.size() < d; j++) {
            Rational[] unit = unit(j, d);
            if (independent(chosen, unit, d)) {
                chosen.add(unit);
            }
        }
        Rational[][] a = new Rational[d][];
        int[] position = new int[chosen.size()];
        boolean[] used = new boolean[d];
        for (int r = 0; r < chosen.size(); r++) {
            position[r] = placement(chosen.get(r), used);
            used[position[r]] = true;
            a[position[r]] = chosen.get(r);
        }
        boolean trivial = true;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                trivial &= i == j || a[i][j].isZero();
            }
        }
        if (trivial) {
            return Optional.empty();
        }
        List<List<Integer>> placed = new ArrayList<>();
        for (List<Integer> block : blocks) {
            placed.add(block.stream().map(r -> position[r]).sorted().toList());
        }
        return Optional.of(new LinearCoordinates(List.copyOf(vars), a, List.copyOf(groups), List.copyOf(placed)));
    }

    /** Merges the first two groups whose spans meet, or the first group whose span meets the earlier ones with them. */
    private static boolean mergeOnce(List<List<Polynomial>> groups, List<List<Rational[]>> spans, int d) {
        for (int g = 0; g < groups.size(); g++) {
            for (int h = g + 1; h < groups.size(); h++) {
                List<Rational[]> both = new ArrayList<>(spans.get(g));
                both.addAll(spans.get(h));
                if (rank(both, d) < both.size()) {
                    merge(groups, spans, g, h, d);
                    return true;
                }
            }
        }
        List<Rational[]> all = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            all.addAll(spans.get(g));
            if (rank(all, d) < all.size()) {
                for (int h = g; h > 0; h--) {
                    merge(groups, spans, 0, h, d);
                }
                return true;
            }
        }
        return false;
    }

    private static void merge(List<List<Polynomial>> groups, List<List<Rational[]>> spans, int g, int h, int d) {
        groups.get(g).addAll(groups.remove(h));
        List<Rational[]> both = new ArrayList<>(spans.get(g));
        both.addAll(spans.remove(h));
        spans.set(g, echelon(both, d));
    }

    /** A basis (reduced row echelon form) of the span of G: the row space of its derivatives' coefficients. */
    static List<Rational[]> span(Polynomial g, List<String> vars) {
        int d = vars.size();
        Map<Monomial, Rational[]> byMonomial = new LinkedHashMap<>();
        for (int i = 0; i < d; i++) {
            int column = i;
            g.derivative(vars.get(i)).termsOver(vars).forEach((m, c) -> {
                Rational[] row = byMonomial.computeIfAbsent(m, x -> zeros(d));
                row[column] = c;
            });
        }
        return echelon(new ArrayList<>(byMonomial.values()), d);
    }

    /** The non-zero rows of the reduced row echelon form of the given rows. */
    private static List<Rational[]> echelon(List<Rational[]> input, int d) {
        List<Rational[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        for (Rational[] in : input) {
            Rational[] row = reduce(in.clone(), basis, pivots);
            int p = firstNonZero(row);
            if (p < 0) {
                continue;
            }
            Rational inv = row[p].reciprocal();
            for (int j = 0; j < d; j++) {
                row[j] = row[j].multiply(inv);
            }
            for (Rational[] b : basis) {
                Rational f = b[p];
                if (!f.isZero()) {
                    for (int j = 0; j < d; j++) {
                        b[j] = b[j].subtract(f.multiply(row[j]));
                    }
                }
            }
            basis.add(row);
            pivots.add(p);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < basis.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Integer.compare(pivots.get(x), pivots.get(y)));
        return order.stream().map(basis::get).toList();
    }

    private static Rational[] reduce(Rational[] row, List<Rational[]> basis, List<Integer> pivots) {
        for (int b = 0; b < basis.size(); b++) {
            Rational f = row[pivots.get(b)];
            if (!f.isZero()) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = row[j].subtract(f.multiply(basis.get(b)[j]));
                }
            }
        }
        return row;
    }

    private static int firstNonZero(Rational[] row) {
        for (int j = 0; j < row.length; j++) {
            if (!row[j].isZero()) {
                return j;
            }
        }
        return -1;
    }

    private static boolean independent(List<Rational[]> chosen, Rational[] row, int d) {
        List<Rational[]> with = new ArrayList<>(chosen);
        with.add(row);
        return rank(with, d) == with.size();
    }

    private static int rank(List<Rational[]> rows, int d) {
        return RationalMatrix.rank(rows.toArray(Rational[][]::new), d);
    }

    /** The first unused column where the row is non-zero, else the first unused column. */
    private static int placement(Rational[] row, boolean[] used) {
        for (int j = 0; j < row.length; j++) {
            if (!used[j] && !row[j].isZero()) {
                return j;
            }
        }
        for (int j = 0; j < row.length; j++) {
            if (!used[j]) {
                return j;
            }
        }
        throw new IllegalStateException("more rows than coordinates");
    }

    private static Rational[] linearForm(Polynomial p, List<String> vars) {
        Rational[] row = zeros(vars.size());
        for (int i = 0; i < row.length; i++) {
            row[i] = p.derivative(vars.get(i)).constantTerm();
        }
        return row;
    }

    private static Rational[] unit(int j, int d) {
        Rational[] row = zeros(d);
        row[j] = Rational.ONE;
        return row;
    }

    private static Rational[] zeros(int d) {
        Rational[] row = new Rational[d];
        Arrays.fill(row, Rational.ZERO);
        return row;
    }

    /** The substitution {@code w = A^(-1) u}, with u named like w. */
    public Map<String, Polynomial> substitution() {
        int d = vars.size();
        Rational[][] m = new Rational[d][2 * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < 2 * d; j++) {
                m[i][j] = j < d ? rows[i][j] : j - d == i ? Rational.ONE : Rational.ZERO;
            }
        }
        for (int c = 0; c < d; c++) {
            int p = c;
            while (m[p][c].isZero()) {
                p++;
            }
            Rational[] t = m[p];
            m[p] = m[c];
            m[c] = t;
            Rational inv = m[c][c].reciprocal();
            for (int j = 0; j < 2 * d; j++) {
                m[c][j] = m[c][j].multiply(inv);
            }
            for (int i = 0; i < d; i++) {
                Rational f = m[i][c];
                if (i != c && !f.isZero()) {
                    for (int j = 0; j < 2 * d; j++) {
                        m[i][j] = m[i][j].subtract(f.multiply(m[c][j]));
                    }
                }
            }
        }
        Map<String, Polynomial> sub = new LinkedHashMap<>();
        for (int i = 0; i < d; i++) {
            Polynomial w = Polynomial.zero();
            for (int j = 0; j < d; j++) {
                w = w.add(Polynomial.variable(vars.get(j)).scale(m[i][d + j]));
            }
            sub.put(vars.get(i), w);
        }
        return sub;
    }

    /** The determinant of A (non-zero). */
    public Rational determinant() {
        return RationalMatrix.determinant(rows);
    }

    /** The new coordinates as linear forms in the old ones, {@code u_i = ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            Polynomial form = Polynomial.zero();
            for (int j = 0; j < rows.length; j++) {
                form = form.add(Polynomial.variable(vars.get(j)).scale(rows[i][j]));
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(vars.get(i)).append("' = ").append(form);
        }
        return sb.toString();
    }

    /** The groups of polynomials with the blocks of new coordinates (indices into the parameters) they depend on. */
    public String describeGroups() {
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < groups.size(); g++) {
            sb.append(sb.isEmpty() ? "" : "; ").append(groups.get(g)).append(" in ")
                    .append(blocks.get(g).stream().map(i -> vars.get(i) + "'").toList());
        }
        return sb.toString();
    }
}
