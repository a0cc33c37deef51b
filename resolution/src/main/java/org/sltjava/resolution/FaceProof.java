package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * The verdict on one compact face in one orthant, with the reason a referee can check: the face
 * polynomial has no zero in the open positive orthant, it has only non-singular zeros (for the
 * single-square form), it has a zero that violates the non-degeneracy condition, or nothing could
 * be proven.
 *
 * <p>Faces that reduce to one variable are decided by Sturm sequences in {@link NewtonEngine};
 * larger ones here, by a Groebner basis over Q showing that the face system has no zero in the
 * complex torus, after the face polynomials are rewritten on the lattice of their exponents
 * ({@link TorusForm}).
 */
public record FaceProof(Verdict verdict, String reason) {

    /** What was proven about a face. */
    public enum Verdict {
        /** No zero in {@code (0, infinity)^d}. */
        NO_ZERO,
        /** Zeros in {@code (0, infinity)^d}, all of them non-singular (single-square form). */
        SMOOTH_ZEROS,
        /**
         * No singular zero in {@code (0, infinity)^d}, but whether there is a zero at all is not
         * decided (single-square form).
         */
        NO_SINGULAR_ZERO,
        /** A zero that violates the non-degeneracy condition was found. */
        DEGENERATE,
        /** No proof either way. */
        UNPROVEN
    }

    /** A face polynomial restricted to its terms: points in the Newton polyhedron's space and signed coefficients. */
    record Terms(List<int[]> points, List<Rational> coefficients) {

        boolean isEmpty() {
            return points.isEmpty();
        }

        /** Whether every coefficient has the same sign (and there is at least one). */
        boolean isOneSigned() {
            return !coefficients.isEmpty()
                    && coefficients.stream().allMatch(c -> c.signum() == coefficients.getFirst().signum());
        }

        /** The same terms with every exponent halved (the points of a square's root, which are all even). */
        Terms halved() {
            List<int[]> p = new ArrayList<>();
            for (int[] q : points) {
                int[] h = new int[q.length];
                for (int i = 0; i < q.length; i++) {
                    if (q[i] % 2 != 0) {
                        throw new IllegalStateException("the point " + Arrays.toString(q) + " of a doubled square is odd");
                    }
                    h[i] = q[i] / 2;
                }
                p.add(h);
            }
            return new Terms(p, coefficients);
        }

        /** The terms on the face {@code <y, q> = l}. */
        Terms onFace(Rational[] y, Rational l) {
            List<int[]> p = new ArrayList<>();
            List<Rational> c = new ArrayList<>();
            for (int j = 0; j < points.size(); j++) {
                if (NewtonPolyhedron.dot(y, points.get(j)).equals(l)) {
                    p.add(points.get(j));
                    c.add(coefficients.get(j));
                }
            }
            return new Terms(p, c);
        }

        /**
         * When every point lies on the line {@code base + k g} ({@code g} primitive), the
         * polynomial {@code sum c t^(k - kmin)}: the face polynomial equals a monomial times it
         * at {@code t = v^g} (or {@code v^(g/2)} for half-scaled points), and {@code t} runs
         * through all of {@code (0, infinity)} on the open orthant.
         */
        Optional<UnivariatePolynomial> alongLine(int[] base, int[] g) {
            Map<Integer, Rational> byPower = new HashMap<>();
            int min = Integer.MAX_VALUE;
            int[] ks = new int[points.size()];
            for (int j = 0; j < points.size(); j++) {
                int[] q = points.get(j);
                Optional<Integer> k = IntegerLattice.multipleOf(q, base, g);
                if (k.isEmpty()) {
                    return Optional.empty();
                }
                ks[j] = k.get();
                min = Math.min(min, ks[j]);
            }
            for (int j = 0; j < points.size(); j++) {
                byPower.merge(ks[j] - min, coefficients.get(j), Rational::add);
            }
            return Optional.of(UnivariatePolynomial.ofTerms(byPower));
        }

        /** The line through the first two points, when all points lie on it: base and primitive direction. */
        Optional<int[][]> line() {
            if (points.size() < 2) {
                return Optional.empty();
            }
            int[] base = points.getFirst();
            int[] g = IntegerLattice.primitive(IntegerLattice.difference(points.get(1), base));
            for (int[] q : points) {
                if (IntegerLattice.multipleOf(q, base, g).isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new int[][] {base, g});
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < points.size(); j++) {
                Rational c = coefficients.get(j);
                sb.append(j == 0 ? (c.signum() < 0 ? "-" : "") : (c.signum() < 0 ? " - " : " + "));
                sb.append(c.abs()).append("*v^").append(Arrays.toString(points.get(j)));
            }
            return sb.toString();
        }
    }

    /**
     * Face polynomials rewritten on the lattice of their exponents. Every point lies in
     * {@code base + L}, {@code L} the lattice spanned by the differences of the points; with an
     * integer basis {@code b_1, ..., b_k} of {@code L} and {@code Y_r = v^(b_r)}, each polynomial
     * equals a Laurent monomial in {@code v} times {@code g(Y)}, a polynomial in {@code k}
     * variables. As the {@code b_r} are linearly independent, {@code v -> Y} maps the complex torus
     * {@code (C*)^d} onto {@code (C*)^k} and {@code (0, inf)^d} onto {@code (0, inf)^k}, and
     * {@code v_i dY_r/dv_i = b_ri Y_r} has rank {@code k}: so the polynomials have a common zero,
     * or one of them a singular zero, in the torus (in the open orthant) exactly when the
     * {@code g} do. This is the one-variable reduction of {@link Terms#alongLine} in any dimension.
     */
    record TorusForm(int[][] basis, List<String> variables, List<Polynomial> polynomials) {

        /** The form of the given non-empty parts, whose points all lie on one face. */
        static TorusForm of(List<Terms> parts) {
            int[] base = parts.getFirst().points().getFirst();
            List<int[]> differences = new ArrayList<>();
            for (Terms t : parts) {
                for (int[] q : t.points()) {
                    differences.add(IntegerLattice.difference(q, base));
                }
            }
            int[][] basis = IntegerLattice.latticeBasis(differences, base.length);
            List<String> vars = new ArrayList<>();
            for (int r = 0; r < basis.length; r++) {
                vars.add("Y" + (r + 1));
            }
            List<Polynomial> polys = new ArrayList<>();
            for (Terms t : parts) {
                List<int[]> coords = new ArrayList<>();
                int[] low = new int[basis.length];
                for (int[] q : t.points()) {
                    int[] c = IntegerLattice.coordinates(basis, IntegerLattice.difference(q, base));
                    for (int r = 0; r < c.length; r++) {
                        low[r] = Math.min(low[r], c[r]);
                    }
                    coords.add(c);
                }
                Map<Monomial, Rational> terms = new HashMap<>();
                for (int j = 0; j < coords.size(); j++) {
                    terms.merge(Monomial.of(IntegerLattice.difference(coords.get(j), low)), t.coefficients().get(j), Rational::add);
                }
                Polynomial g = Polynomial.fromTerms(vars, terms);
                polys.add(g.divideByMonomial(g.largestMonomialFactor()));
            }
            return new TorusForm(basis, List.copyOf(vars), List.copyOf(polys));
        }

        /** The largest total degree of the polynomials {@code g}. */
        int degree() {
            return polynomials.stream().mapToInt(Polynomial::totalDegree).max().orElse(0);
        }

        /** The largest number of terms of the polynomials {@code g}. */
        int maxTerms() {
            return polynomials.stream().mapToInt(Polynomial::termCount).max().orElse(0);
        }

        /** {@code Y1 = v^[..], Y2 = v^[..]}. */
        String substitution() {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < basis.length; r++) {
                sb.append(r == 0 ? "" : ", ").append(variables.get(r)).append(" = v^").append(Arrays.toString(basis[r]));
            }
            return sb.toString();
        }
    }

    /*
     * Caps of the Groebner proofs, on the reduced system (after TorusForm): Buchberger's algorithm
     * over Q stops at the time limit ({@link Deadline#interruptibly}) but a stopped basis proves nothing,
     * and its cost has a heavy tail that grows with the degree above
     * all, then with the number of variables and terms. Measured with JAS 2.7.200 on random dense
     * systems (g with up to 10 terms, its partials and the torus equation; 300 systems per row):
     * within the caps, 2 variables of degree 6, 3 of degree 4 and 4 of degree 3 took 0.01 s at
     * the median and at most 0.33 s, the first call's loading of JAS (about 0.3 s) included;
     * just beyond them the worst cases ran for seconds (3 variables of degree 5: 3.3 s;
     * 4 variables of degree 4: over 5 s; 3 variables of degree 6 with 8 terms: 10 of 100 over
     * 5 s). Sums of squares give systems of several such polynomials without partials: pairs
     * within the caps took at most 1 s (3 variables of degree 4), four of them a median of 0.4 s
     * with 36 of 200 over 5 s, so at most two face parts are taken at a time, in at most ten
     * pairs. A Groebner basis is also not started with less than a second of the budget left.
     */
    private static final int[] GROEBNER_MAX_DEGREE_BY_VARIABLES = {6, 6, 6, 4, 3};
    private static final int GROEBNER_MAX_TERMS = 10;
    private static final int GROEBNER_MAX_POLYNOMIALS = 2;
    private static final int GROEBNER_MAX_PAIRS = 10;
    private static final long GROEBNER_RESERVE_NANOS = 1_000_000_000L;

    /** Why a Groebner basis of the form's system is not attempted; empty when it may be. */
    static Optional<String> groebnerRefusal(TorusForm form, Budget budget) {
        int k = form.variables().size();
        if (k >= GROEBNER_MAX_DEGREE_BY_VARIABLES.length || form.degree() > GROEBNER_MAX_DEGREE_BY_VARIABLES[k]
                || form.maxTerms() > GROEBNER_MAX_TERMS || form.polynomials().size() > GROEBNER_MAX_POLYNOMIALS) {
            return Optional.of("on the lattice of its exponents the face system has " + form.polynomials().size()
                    + " polynomial(s) in " + k + " variables of degree up to " + form.degree() + " with up to "
                    + form.maxTerms() + " terms, beyond the caps of the Groebner proof (" + GROEBNER_MAX_POLYNOMIALS
                    + " polynomials of " + GROEBNER_MAX_TERMS + " terms; degree 6 in 2 variables, 4 in 3, 3 in 4)");
        }
        long left = budget.remaining().toNanos();
        if (left < GROEBNER_RESERVE_NANOS) {
            return Optional.of("less than a second of the time budget is left, too little for a Groebner basis to be worth starting");
        }
        Deadline.of(budget).check();
        return Optional.empty();
    }

    /** How the certificate names the system of {@link #hasNoSingularZeroInTorus}. */
    private static String singularZeroBasis(TorusForm form) {
        return "the Groebner basis of (g, " + partials(form.variables()) + ", 1 - t" + product(form.variables()) + ") over Q";
    }

    /**
     * UNPROVEN with the reason, when the system is too large for a Groebner basis within the
     * budget or its basis does not exclude a singular zero of g in the complex torus; empty when
     * g has no singular zero there.
     */
    private static Optional<FaceProof> singularZeroNotExcluded(TorusForm form, String text, Budget budget) {
        Optional<String> refusal = groebnerRefusal(form, budget);
        if (refusal.isPresent()) {
            return Optional.of(new FaceProof(Verdict.UNPROVEN, text + "; " + refusal.get()));
        }
        if (!hasNoSingularZeroInTorus(form, Deadline.of(budget))) {
            return Optional.of(new FaceProof(Verdict.UNPROVEN, text + "; " + singularZeroBasis(form) + " is not {1}: a"
                    + " singular zero in the complex torus is not excluded"));
        }
        return Optional.empty();
    }

    /** Whether g (the form's one polynomial) and its partials have no common zero in the complex torus. */
    private static boolean hasNoSingularZeroInTorus(TorusForm form, Deadline deadline) {
        Polynomial g = form.polynomials().getFirst();
        List<Polynomial> system = new ArrayList<>(List.of(g));
        for (String y : form.variables()) {
            system.add(g.derivative(y));
        }
        return JasAlgebra.hasNoZeroInTorus(form.variables(), system, deadline);
    }

    /**
     * Single-square form: no singular zero of {@code f_sigma} in the complex torus, from the
     * Groebner basis of {@code (g, dg/dY_r, 1 - t prod Y_r)}; then whether {@code f_sigma}
     * vanishes in the open orthant from a sign change of {@code g} at sample points.
     */
    static FaceProof singleByGroebner(Terms fSigma, Budget budget) {
        TorusForm form = TorusForm.of(List.of(fSigma.halved()));
        String text = "f_sigma = " + fSigma.halved() + " = monomial * g(Y) with " + form.substitution() + ", g = "
                + form.polynomials().getFirst();
        Optional<FaceProof> unproven = singularZeroNotExcluded(form, text, budget);
        if (unproven.isPresent()) {
            return unproven.get();
        }
        String basis = singularZeroBasis(form);
        text += "; " + basis + " is {1}: g, hence f_sigma, has no singular zero in the complex torus (Rabinowitsch;"
                + " Y maps the torus onto the torus with a differential of full rank), so none in (0, inf)^d";
        Optional<SignChange> change = SignChange.search(form.polynomials().getFirst(), form.variables());
        if (change.isEmpty()) {
            return new FaceProof(Verdict.NO_SINGULAR_ZERO, text + "; g has one sign at all "
                    + SignChange.count(form.variables().size()) + " sample points (coordinates 2^e, |e| <= 12), so whether"
                    + " f_sigma vanishes in the open orthant is not decided");
        }
        return new FaceProof(Verdict.SMOOTH_ZEROS, text + "; " + change.get()
                + ", so f_sigma changes sign on the open orthant, vanishes there (it is connected), and its zeros are non-singular");
    }

    /**
     * Sum-of-squares form: the face parts have no common zero in the complex torus, from the
     * Groebner basis of {@code (g_i, g_j, 1 - t prod Y_r)} for the non-zero parts when there are
     * at most two, else for pairs of them in turn (a pair without a common zero is enough), at
     * most {@value #GROEBNER_MAX_PAIRS} pairs.
     */
    static FaceProof squaresByGroebner(List<Terms> parts, Budget budget) {
        List<Integer> nonZero = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isEmpty()) {
                nonZero.add(i);
            }
        }
        List<List<Integer>> systems = new ArrayList<>();
        if (nonZero.size() <= GROEBNER_MAX_POLYNOMIALS) {
            systems.add(nonZero);
        }
        for (int a = 0; a < nonZero.size() && nonZero.size() > GROEBNER_MAX_POLYNOMIALS; a++) {
            for (int b = a + 1; b < nonZero.size() && systems.size() < GROEBNER_MAX_PAIRS; b++) {
                systems.add(List.of(nonZero.get(a), nonZero.get(b)));
            }
        }
        List<String> failures = new ArrayList<>();
        for (List<Integer> system : systems) {
            TorusForm form = TorusForm.of(system.stream().map(i -> parts.get(i).halved()).toList());
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < system.size(); j++) {
                text.append(j == 0 ? "" : ", ").append("(f_").append(system.get(j) + 1).append(")_sigma = monomial * g")
                        .append(j + 1).append("(Y), g").append(j + 1).append(" = ").append(form.polynomials().get(j));
            }
            text.append(" with ").append(form.substitution());
            Optional<String> refusal = groebnerRefusal(form, budget);
            if (refusal.isPresent()) {
                failures.add(text + "; " + refusal.get());
                continue;
            }
            StringBuilder names = new StringBuilder();
            for (int j = 1; j <= system.size(); j++) {
                names.append('g').append(j).append(", ");
            }
            String basis = "the Groebner basis of (" + names + "1 - t" + product(form.variables()) + ") over Q";
            if (JasAlgebra.hasNoZeroInTorus(form.variables(), form.polynomials(), Deadline.of(budget))) {
                return new FaceProof(Verdict.NO_ZERO, text + "; " + basis + " is {1}: these face parts have no common zero"
                        + " in the complex torus (Rabinowitsch), so the face parts have none in (0, inf)^d");
            }
            failures.add(text + "; " + basis + " is not {1}: a common zero in the complex torus is not excluded");
        }
        return new FaceProof(Verdict.UNPROVEN, String.join("; and ", failures)
                + (systems.size() < nonZero.size() * (nonZero.size() - 1) / 2 ? "; further pairs of face parts not tried" : ""));
    }

    /**
     * Any K >= 0: {@code K_tau >= 0} on the open orthant (the limit of {@code s^(-l) K(s^y v)} as
     * {@code s -> 0}), so each of its zeros there is a minimum, hence singular; none is singular
     * in the complex torus when the Groebner basis of {@code (g, dg/dY_r, 1 - t prod Y_r)} is {1}.
     */
    static FaceProof nonNegativeByGroebner(Terms kTau, Budget budget) {
        TorusForm form = TorusForm.of(List.of(kTau));
        String text = "K_tau = monomial * g(Y) with " + form.substitution() + ", g = " + form.polynomials().getFirst();
        Optional<FaceProof> unproven = singularZeroNotExcluded(form, text, budget);
        if (unproven.isPresent()) {
            return unproven.get();
        }
        String basis = singularZeroBasis(form);
        return new FaceProof(Verdict.NO_ZERO, text + "; " + basis + " is {1}: K_tau has no singular zero in the complex"
                + " torus (Rabinowitsch); K_tau >= 0 on the open orthant (a face polynomial of K >= 0), so a zero there"
                + " would be a minimum, hence singular: K_tau has no zero in (0, inf)^d");
    }

    private static String partials(List<String> vars) {
        StringBuilder sb = new StringBuilder();
        for (String y : vars) {
            sb.append(sb.isEmpty() ? "" : ", ").append("dg/d").append(y);
        }
        return sb.toString();
    }

    private static String product(List<String> vars) {
        StringBuilder sb = new StringBuilder();
        for (String y : vars) {
            sb.append('*').append(y);
        }
        return sb.toString();
    }

    /** Two points of {@code (0, inf)^k} where a polynomial takes values of opposite signs. */
    record SignChange(Map<String, Rational> positiveAt, Rational positive, Map<String, Rational> negativeAt,
            Rational negative) {

        /**
         * The sample coordinates are {@code 2^e} for these {@code e}: near 1, and far enough out
         * that a term of the largest or smallest power in a variable dominates.
         */
        private static final int[] POWERS_OF_TWO = {-12, -8, -4, -2, -1, 0, 1, 2, 4, 8, 12};

        /** The number of sample points in {@code k} variables. */
        static int count(int k) {
            int n = 1;
            for (int r = 0; r < k; r++) {
                n *= POWERS_OF_TWO.length;
            }
            return n;
        }

        /** The first positive and the first negative value of {@code g} on the sample grid, if both occur. */
        static Optional<SignChange> search(Polynomial g, List<String> vars) {
            int k = vars.size();
            Map<String, Rational> positiveAt = null;
            Map<String, Rational> negativeAt = null;
            Rational positive = null;
            Rational negative = null;
            for (int n = 0; n < count(k) && (positiveAt == null || negativeAt == null); n++) {
                Map<String, Rational> point = new LinkedHashMap<>();
                for (int r = 0, rest = n; r < k; r++, rest /= POWERS_OF_TWO.length) {
                    point.put(vars.get(r), Rational.of(2).pow(POWERS_OF_TWO[rest % POWERS_OF_TWO.length]));
                }
                Rational value = g.evaluate(point);
                if (value.signum() > 0 && positiveAt == null) {
                    positiveAt = point;
                    positive = value;
                } else if (value.signum() < 0 && negativeAt == null) {
                    negativeAt = point;
                    negative = value;
                }
            }
            return positiveAt == null || negativeAt == null ? Optional.empty()
                    : Optional.of(new SignChange(positiveAt, positive, negativeAt, negative));
        }

        @Override
        public String toString() {
            return "g = " + positive + " > 0 at " + positiveAt + " and g = " + negative + " < 0 at " + negativeAt;
        }
    }
}
