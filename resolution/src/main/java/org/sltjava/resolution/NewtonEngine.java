package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Pole;
import org.sltjava.core.PositivityProver;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * The exact Newton-polyhedron engine: lambda and m of a K that is non-degenerate at the point,
 * orthant by orthant, with a proof of non-degeneracy for every compact face that needs one, and
 * an upper bound {@code 1/t0} (never a guess) where no proof is found.
 *
 * <p>At the point a, with {@code w = a + u}, the weight must be {@code u^h} times a unit; put
 * {@code nu = h + 1}. In each orthant {@code u_i = s_i v_i} allowed by the box, with
 * {@code Gamma} the Newton polyhedron of K (the same in every orthant, as the substitution only
 * changes signs) and {@code t0 = min {t : t nu in Gamma}}:
 * <ul>
 * <li>strong form (Varchenko 1976; Arnold, Gusein-Zade, Varchenko 1988; Lin 2011; Watanabe 2009):
 * if no face polynomial {@code K_tau} of a compact face has a zero in {@code (0, infinity)^d},
 * then lambda = 1/t0 and m = the codimension of the principal face. For {@code K = sum f_i^2}
 * it suffices that the face parts {@code (f_i)_sigma} have no common zero there;</li>
 * <li>single-square form {@code K = c f^2} (Varchenko 1976): if no face part {@code f_sigma} has a
 * singular zero there, with {@code L = 1/t0(K) = rho/2}: lambda = L and m = codim when no face
 * part vanishes or {@code L < 1/2}; lambda = 1/2, m = 1 when {@code L > 1/2} and some face part
 * vanishes; at the tie {@code L = 1/2} lambda = 1/2 and m = codim + 1 when a face inside the
 * principal face has zeros, else codim (see {@link #tieMultiplicity});</li>
 * <li>otherwise lambda &lt;= 1/t0, because K &lt;= C sum |v^alpha| near 0.</li>
 * </ul>
 * The local lambda is the minimum over the orthants and m the largest multiplicity among those
 * that attain it. A face polynomial whose coefficients have one sign has no zero in the open
 * orthant, so only the compact faces containing two terms of opposite sign need a further proof:
 * a face that reduces to one variable by quasi-homogeneity is decided by Sturm sequences; a larger
 * one by a Groebner basis over Q showing that the face system (the face parts for a sum of
 * squares, {@code f_sigma} with its partials for a single square, {@code K_tau} with its partials
 * otherwise, as {@code K_tau >= 0}) has no zero in the complex torus (see {@link FaceProof}). For a
 * single square this excludes singular zeros only; whether {@code f_sigma} vanishes in the open
 * orthant then comes from a sign change at sample points, and where it stays open the orthant is
 * exact only if the answer does not depend on it.
 *
 * <p>A global question is answered when every term of K is non-negative on the box (positive
 * coefficients, odd exponents only on coordinates with non-negative range): then K vanishes
 * exactly where every term does, near a zero b the function K is comparable with the sum of its
 * terms restricted to the coordinates that vanish at b, and the point where every coordinate
 * that can vanish does is the worst (see {@link #analyse}).
 */
public final class NewtonEngine implements RlctEngine {

    /** The engine's name in results. */
    public static final String NAME = "newton";

    static final String STRONG_CITATION = "Varchenko 1976; Arnold, Gusein-Zade, Varchenko 1988; Lin 2011; Watanabe 2009";

    /** Registered through {@link java.util.ServiceLoader}; use {@link RlctEngine#of(String)}. */
    public NewtonEngine() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 20;
    }

    /**
     * Answers the problem. The standard chain asks Newton, then the resolve engine, which asks
     * Newton again about the same problem; the answer is kept in the budget's
     * {@link Budget.Answers} for exactly that question (the same problem object), so the exact
     * linear programs are not solved twice.
     */
    @Override
    public RlctResult analyse(Problem problem, Budget budget) {
        return budget.answers().computeIfAbsent(NAME, problem, () -> analyse(Question.of(problem), budget));
    }

    /** Answers a question of a search (not validated as a problem; see {@link Question}) within the budget. */
    RlctResult analyse(Question problem, Budget budget) {
        try {
            if (problem.point().isPresent()) {
                Certificate.Builder cert = Certificate.builder();
                cert.line("local question at " + Problem.formatPoint(problem.point().get()) + "; put w = point + u");
                return local(problem, problem.point().get(), budget, cert);
            }
            return global(problem, budget);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return RlctResult.unresolved(NAME, Certificate.of("the Newton analysis stopped: " + e.getMessage()));
        } catch (Deadline.Exceeded e) {
            return RlctResult.unresolved(NAME, Certificate.of("the time budget of " + budget.time().toMillis()
                    + " ms ran out inside the exact linear programs of the Newton polyhedron or before a Groebner basis;"
                    + " nothing was proven"));
        }
    }

    /**
     * The global question, answered when the zero set of K in the box is a union of coordinate
     * subspaces through the worst point (see the class comment); otherwise unresolved.
     *
     * <p>Why the worst point suffices in the global case: let {@code b*} have {@code b*_i = 0}
     * for every coordinate whose range contains 0 (the midpoint otherwise). Every zero b of K has
     * its vanishing coordinates {@code Z_b} among those of {@code b*}; near b, K is bounded above
     * and below by positive multiples of {@code sum_alpha prod_{i in Z_b} |u_i|^alpha_i}, which
     * depends on {@code Z_b} only, so (lambda, m) at b equals (lambda, m) at points with the same
     * vanishing coordinates arbitrarily close to {@code b*}; and the zeta function of a small
     * neighbourhood of {@code b*} is a sum of positive integrals over neighbourhoods of those
     * points, so its largest pole is at least as large and at least as high.
     */
    private RlctResult global(Question problem, Budget budget) {
        Certificate.Builder cert = Certificate.builder();
        cert.line("global question over the box " + problem.box());
        List<String> vars = problem.parameters();
        Map<Monomial, Rational> terms = problem.k().termsOver(vars);
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            if (t.getValue().signum() <= 0) {
                return unstratified(cert, "K has the term " + t.getValue() + "*" + monomial(vars, t.getKey().toArray())
                        + " with a non-positive coefficient");
            }
            for (int i = 0; i < vars.size(); i++) {
                Interval r = problem.box().range(vars.get(i));
                if (t.getKey().get(i) % 2 == 1 && r.lo().signum() < 0) {
                    return unstratified(cert, "the term " + monomial(vars, t.getKey().toArray()) + " has an odd power of "
                            + vars.get(i) + ", whose range " + r + " has negative values");
                }
            }
        }
        cert.line("every term of K is non-negative on the box, so K vanishes exactly where every term does:"
                + " the zero set is a union of coordinate subspaces");
        Polynomial weight = problem.weight();
        Optional<Map<String, Integer>> wm = weight.monomialTimesUnitAtOrigin();
        if (wm.isEmpty()) {
            return RlctResult.unresolved(NAME, cert.line("the weight " + weight + " is not a monomial times a unit").build());
        }
        Polynomial unit = weight.divideByMonomial(wm.get());
        if (!unit.isConstant()
                && PositivityProver.provePositive(unit, problem.box(), PositivityProver.DEFAULT_BUDGET).isEmpty()
                && PositivityProver.provePositive(unit.negate(), problem.box(), PositivityProver.DEFAULT_BUDGET).isEmpty()) {
            return RlctResult.unresolved(NAME, cert.line("the weight's factor " + unit
                    + " is not proven free of zeros on the box").build());
        }
        Map<String, Rational> worst = new LinkedHashMap<>();
        for (String v : vars) {
            Interval r = problem.box().range(v);
            worst.put(v, r.contains(Rational.ZERO) ? Rational.ZERO : r.midpoint());
        }
        if (!problem.k().evaluate(worst).isZero()) {
            return RlctResult.error(NAME, "non-realizable problem: K has no zero in the box " + problem.box()
                    + " (some term of K cannot vanish there)");
        }
        cert.line("near a zero b, K is comparable with the sum of its terms over the coordinates vanishing at b;"
                + " those coordinates are among the ones vanishing at b* = (" + Problem.formatPoint(worst)
                + "), so b* is a worst point (lambda is lower semicontinuous and the zeta function of a neighbourhood"
                + " of b* dominates; Watanabe 2009)");
        cert.line("local question at b*; put w = b* + u");
        return local(problem, worst, budget, cert);
    }

    private static RlctResult unstratified(Certificate.Builder cert, String why) {
        return RlctResult.unresolved(NAME, cert.line(why)
                .line("the zero set of K in the box could not be stratified; a global answer needs that").build());
    }

    /** The local analysis at {@code centre}. */
    private RlctResult local(Question problem, Map<String, Rational> centre, Budget budget, Certificate.Builder cert) {
        List<String> vars = problem.parameters();
        int d = vars.size();
        Polynomial k = problem.k().translate(centre);
        if (k.isZero()) {
            return RlctResult.unresolved(NAME, cert.line("K is identically zero: there is no learning coefficient").build());
        }
        Polynomial weight = problem.weight().translate(centre);
        Optional<Map<String, Integer>> wm = weight.monomialTimesUnitAtOrigin();
        if (wm.isEmpty()) {
            return RlctResult.unresolved(NAME, cert.line("the weight " + weight
                    + " is not a monomial times a unit at u = 0, so the Newton distance is not defined for it").build());
        }
        int[] nu = new int[d];
        for (int i = 0; i < d; i++) {
            nu[i] = wm.get().getOrDefault(vars.get(i), 0) + 1;
        }
        cert.line("K(u) = " + k);
        if (!wm.get().isEmpty()) {
            cert.line("weight = " + MonomialText.of(wm.get()) + " * unit, h = " + Arrays.toString(minusOne(nu)));
        }
        cert.line("nu = h + 1 = " + Arrays.toString(nu));
        Form form = Form.of(problem.loss(), k, centre, vars, Deadline.of(budget));
        cert.line(form.description());

        List<int[]> kPoints = new ArrayList<>();
        List<Rational> kCoefficients = new ArrayList<>();
        k.termsOver(vars).forEach((m, c) -> {
            kPoints.add(m.toArray());
            kCoefficients.add(c);
        });
        NewtonPolyhedron gamma = NewtonPolyhedron.of(d, kPoints, Deadline.of(budget));
        List<int[]> points = gamma.points();
        NewtonPolyhedron.Distance dist = gamma.distance(nu);
        Face principal = dist.principalFace();
        int codim = principal.codimension(d);
        Rational candidate = dist.inverse();
        cert.line("Gamma = conv(supp K) + R^" + d + "_{>=0}; the substitution u_i = s_i v_i changes signs of"
                + " coefficients only, so Gamma, t0 and the principal face are the same in every orthant");
        cert.line("vertices of Gamma: " + points(points, gamma.vertices()));
        cert.line("t0 = " + dist.t0() + ": mu = " + nonZero(dist.mu(), points) + " has sum mu_j alpha_j <= nu and sum mu = "
                + candidate + "; the normal y = " + Arrays.toString(dist.normal()) + " has <y, alpha> >= 1 on supp K and"
                + " <y, nu> = " + candidate + ", so 1/t0 = " + candidate + " exactly (LP duality)");
        cert.line("hit point t0*nu = " + Arrays.toString(dist.hit()) + "; principal face " + principal.describe(points)
                + ", dimension " + principal.dimension() + ", codimension " + codim);

        int[] forced = new int[d];
        for (int i = 0; i < d; i++) {
            Interval r = problem.box().range(vars.get(i));
            Rational a = centre.get(vars.get(i));
            forced[i] = a.equals(r.lo()) ? 1 : a.equals(r.hi()) ? -1 : 0;
        }
        OrthantClasses classes = OrthantClasses.of(form.parityRows(kPoints), forced, budget.maxCharts());
        if (classes.representatives().isEmpty()) {
            return RlctResult.upperBound(candidate, NAME, cert.line("more than " + budget.maxCharts()
                    + " orthant classes; only lambda <= 1/t0 = " + candidate + " is proven (K <= C sum |u^alpha|)").build());
        }
        cert.line(classes.representatives().size() + " orthant class(es) with distinct sign patterns, "
                + classes.orthantsPerClass() + " orthant(s) each" + (Arrays.stream(forced).anyMatch(f -> f != 0)
                        ? "; the box fixes s_i = " + Arrays.toString(forced) + " where non-zero" : ""));

        Orthants.OrthantContext ctx = new Orthants.OrthantContext(gamma, kPoints, kCoefficients, form, principal, codim, candidate, budget);
        Pole best = null;
        Rational bound = null;
        for (int[] s : classes.representatives()) {
            Certificate.Builder oc = Certificate.builder();
            Orthants.OrthantOutcome o = ctx.analyse(s, oc);
            cert.nest("orthant s = " + signs(s) + ": " + o.summary(), oc.build());
            if (o.negative()) {
                return RlctResult.error(NAME, "K takes negative values near the point in the orthant s = " + signs(s)
                        + " (a vertex term of Gamma has a negative coefficient there): a loss must be >= 0 on the box");
            }
            if (o.exact()) {
                Pole here = Pole.of(o.lambda(), o.m());
                best = best == null ? here : best.min(here);
            } else {
                bound = bound == null ? o.lambda() : bound.min(o.lambda());
            }
        }
        if (bound == null) {
            cert.line("lambda = min over orthants = " + best.lambda() + ", m = " + best.m());
            return best.toResult(NAME, cert.build());
        }
        Rational upper = best == null ? bound : bound.min(best.lambda());
        cert.line("some orthant is not proven non-degenerate: only lambda <= " + upper + " is proven");
        return RlctResult.upperBound(upper, NAME, cert.build());
    }

    /**
     * The multiplicity at the tie {@code L = 1/2} of the single-square form. In a toric
     * resolution (a simplicial refinement of the normal fan of Gamma), {@code f = u^l f~} with the
     * zero set of {@code f~} smooth and transverse to the exceptional divisors (non-degeneracy).
     * A divisor with ray {@code a} has ratio {@code <a, nu>/(2 l(a)) >= L}, with equality exactly
     * for {@code a} in the normal cone of the principal face {@code tau0}; the coordinate
     * {@code f~} has ratio 1/2. Where {@code f~} has no zero the count of ratios equal to 1/2 is
     * at most codim(tau0), attained over the origin. A zero of {@code f~} over the origin lies on
     * the orbit of a cone in the normal cone of a compact face tau whose face part has zeros; the
     * cone has at most dim N(tau) ∩ N(tau0) = codim(join(tau, tau0)) rays in N(tau0), and a cone of
     * the refinement attains it. So m = max(codim tau0, 1 + max over such tau of
     * codim(join(tau, tau0))), and as the join contains tau0 this is codim tau0 + 1 exactly when
     * some such tau lies in tau0.
     */
    static int tieMultiplicity(int codim, boolean zerosInsidePrincipalFace) {
        return zerosInsidePrincipalFace ? codim + 1 : codim;
    }

    private static int[] minusOne(int[] nu) {
        int[] h = new int[nu.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = nu[i] - 1;
        }
        return h;
    }

    static String signs(int[] s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            sb.append(i == 0 ? "" : ",").append(s[i] > 0 ? '+' : '-');
        }
        return sb.append(')').toString();
    }

    private static String points(List<int[]> points, List<Integer> indices) {
        StringBuilder sb = new StringBuilder();
        for (int j : indices) {
            sb.append(sb.isEmpty() ? "" : ", ").append(Arrays.toString(points.get(j)));
        }
        return sb.toString();
    }

    private static String nonZero(Rational[] mu, List<int[]> points) {
        StringBuilder sb = new StringBuilder("{");
        for (int j = 0; j < mu.length; j++) {
            if (!mu[j].isZero()) {
                sb.append(sb.length() == 1 ? "" : ", ").append(Arrays.toString(points.get(j))).append(": ").append(mu[j]);
            }
        }
        return sb.append('}').toString();
    }

    private static String monomial(List<String> vars, int[] e) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < e.length; i++) {
            if (e[i] > 0) {
                m.put(vars.get(i), e[i]);
            }
        }
        return MonomialText.of(m);
    }

    /** Printing of monomials by variable name. */
    static final class MonomialText {
        private MonomialText() {
        }

        static String of(Map<String, Integer> exps) {
            return exps.isEmpty() ? "1" : Polynomial.term(Rational.ONE, exps).toString();
        }
    }

    /**
     * How K is written at the point: a single square {@code c f^2} (stated or detected), a sum of
     * several squares, or a plain polynomial. The squares' exponents are doubled so that they
     * live in the space of Gamma(K).
     */
    record Form(Kind kind, Rational scale, List<Polynomial> squares, List<FaceProof.Terms> doubled) {

        enum Kind { SINGLE_SQUARE, SUM_OF_SQUARES, POLYNOMIAL }

        static Form of(Loss loss, Polynomial k, Map<String, Rational> centre, List<String> vars, Deadline deadline) {
            if (loss.squares().isPresent() && loss.squares().get().size() == 1) {
                Polynomial f = loss.squares().get().getFirst().translate(centre);
                return new Form(Kind.SINGLE_SQUARE, loss.scale(), List.of(f), List.of(doubled(f, vars)));
            }
            Optional<SquareForm> sq = SquareForm.of(k, vars, deadline);
            if (sq.isPresent()) {
                Polynomial f = sq.get().root();
                return new Form(Kind.SINGLE_SQUARE, sq.get().scale(), List.of(f), List.of(doubled(f, vars)));
            }
            if (loss.squares().isPresent()) {
                List<Polynomial> fs = loss.squares().get().stream().map(f -> f.translate(centre)).toList();
                return new Form(Kind.SUM_OF_SQUARES, loss.scale(), fs, fs.stream().map(f -> doubled(f, vars)).toList());
            }
            return new Form(Kind.POLYNOMIAL, Rational.ONE, List.of(), List.of());
        }

        private static FaceProof.Terms doubled(Polynomial f, List<String> vars) {
            List<int[]> p = new ArrayList<>();
            List<Rational> c = new ArrayList<>();
            f.termsOver(vars).forEach((m, v) -> {
                int[] e = m.toArray();
                for (int i = 0; i < e.length; i++) {
                    e[i] *= 2;
                }
                p.add(e);
                c.add(v);
            });
            return new FaceProof.Terms(p, c);
        }

        String description() {
            return switch (kind) {
                case SINGLE_SQUARE -> "K = " + scale + " * f^2 with f = " + squares.getFirst()
                        + ": single-square form (Varchenko 1976); points of f are doubled to live in Gamma(K) = 2 Gamma(f)";
                case SUM_OF_SQUARES -> "K = " + scale + " * sum of " + squares.size()
                        + " squares f_i^2: K_tau = sum (f_i)_sigma^2 on tau = 2 sigma (Lin 2011)";
                case POLYNOMIAL -> "K is used as a polynomial (strong non-degeneracy on every compact face)";
            };
        }

        /**
         * Exponents modulo 2 that decide the orthant sign pattern: of K's terms, or of the
         * differences within each square (a square is invariant under f -> -f).
         */
        List<int[]> parityRows(List<int[]> kPoints) {
            if (kind == Kind.POLYNOMIAL) {
                return kPoints;
            }
            List<int[]> rows = new ArrayList<>();
            for (FaceProof.Terms t : doubled) {
                int[] base = t.points().getFirst();
                for (int[] q : t.points()) {
                    int[] r = new int[q.length];
                    for (int i = 0; i < q.length; i++) {
                        r[i] = (q[i] - base[i]) / 2;
                    }
                    rows.add(r);
                }
            }
            return rows;
        }
    }
}
