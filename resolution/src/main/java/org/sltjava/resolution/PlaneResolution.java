package org.sltjava.resolution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * The complete local answer in two variables: an embedded resolution of {@code K >= 0} at the
 * origin by iterated toric (weighted) blow-ups along the normals of Newton polygon edges, which is
 * the Newton-Puiseux construction of adapted coordinates (Varchenko 1976; Phong, Stein and Sturm,
 * Amer. J. Math. 1999; Ikromov and Mueller, Trans. AMS 2011) made into charts.
 *
 * <p>K is written {@code K = c x^A y^B prod h_i^(e_i)} with the h_i squarefree and pairwise
 * coprime ({@link PlaneChartAlgebra#squarefreeFactors}): K itself when it is proven squarefree,
 * f with e = 2 when {@code K = c f^2} with f so proven (the rule "lambda(f^2) = lambda(f)/2"),
 * else K's irreducible factors over Q (for {@code K = f^2}, the factors of f with even e_i): nothing below
 * needs the h_i irreducible, only squarefree and pairwise coprime. On each quadrant the box allows (signs
 * flipped so that x, y > 0), with the weight {@code |x^a y^b|} and {@code nu = (a + 1, b + 1)}:
 * <ul>
 * <li>the rays are the two axes and the inner normals r = (p, q) of the factors' compact edges;
 * these are the rays of the normal fan of the Newton polygon of K (a Minkowski sum); with
 * {@code l(r) = A p + B q + sum e_i l_i(r)} and {@code N(r) = <r, nu>}, the divisor of r carries
 * the generic value {@code N(r)/l(r)}, and the toric resolution of the fan shows that away from
 * the points below, K is a monomial times a unit in every chart: the generic part contributes
 * {@code min_r N(r)/l(r) = 1/t0} (the Newton distance), with m = 2 when two adjacent rays attain it
 * (t0 nu a vertex) and 1 otherwise (Varchenko 1976);</li>
 * <li>the remaining points lie on the divisors of edge normals r = (p, q): in the chart
 * {@code x = t^p, y = t^q w} (t > 0, w > 0: a diffeomorphism onto the open quadrant, Jacobian
 * {@code p t^(p+q-1)}), {@code h_i = t^(l_i(r)) H_i(t, w)} with {@code H_i(0, w)} the face
 * polynomial of r, and K is a monomial times a unit except at the positive roots c of the face
 * polynomials. There K = {@code t^(l(r))} times the factors that vanish at c, with the weight
 * {@code t^(N(r) - 1)} times a unit: a new local question at (0, c), half-plane t >= 0;</li>
 * <li>a root c that is simple for one factor h_i and no root of the others is settled at once:
 * {@code (t, H_i)} are coordinates there (the implicit function theorem), K is
 * {@code t^(l(r)) H_i^(e_i)} times a unit, and the monomial rule gives
 * {@code min(N(r)/l(r), 1/e_i)}, m = 2 on a tie; this holds for irrational c as well (all the
 * positive roots of an irreducible factor of the face polynomial at once, counted by Sturm
 * sequences), so they are never computed;</li>
 * <li>a rational root of higher multiplicity, or shared by two factors, is translated to the
 * origin ({@code w -> c + w/E}, E > 0 the denominator of c: a positive scaling of w, which changes
 * neither lambda nor m, keeps the chart's integers small, {@link PlaneChartExpansion}) and the
 * question repeated; the new factors stay squarefree and
 * coprime (the chart is an isomorphism where t != 0, and t divides none of them), so the
 * Newton-Puiseux multiplicities decrease and the recursion ends (a reduced plane curve is
 * resolved by finitely many such blow-ups).</li>
 * </ul>
 * The local zeta function is the sum of the charts' (the horns around the points and the rest
 * tile a neighbourhood of 0 up to a null set), so lambda is the minimum over everything and m the
 * largest m among the minimisers; the quadrants combine the same way. An irrational root c of
 * multiplicity two or more of a face polynomial is translated to in the same way, with the
 * charts' coefficients in the number field Q(c) ({@link PlaneNumberField}), and a multiple root
 * rho over Q(c) that lies outside it, in {@code Q(c, rho)} ({@link PlaneFieldExtension}); the
 * question may also start at a point with coordinates in a number field ({@link #analyseAt}). A
 * run past the budget or the depth limit is declined honestly.
 */
public final class PlaneResolution {

    /** The method's name in results and certificates. */
    public static final String NAME = "plane";

    /** The first line of every certificate. */
    private static final String HEADER = "two variables, complete: iterated toric blow-ups along Newton polygon edges"
            + " (Newton-Puiseux adapted coordinates; Varchenko 1976, Phong-Stein-Sturm 1999, Ikromov-Mueller 2011): ";

    /** Deepest chain of translated points followed. */
    private static final int MAX_DEPTH = 40;

    /**
     * Most terms of a factor in a chart (estimated before the expansion, counted after) for it to
     * be followed: a guard on memory (at most about a hundred megabytes; an 898-term K of degree 72, a cusp
     * under a general change, needs a chart of up to 127,076 terms); the time is bounded by the deadline,
     * checked per term of the expansion.
     */
    private static final int MAX_TERMS = 400000;

    private final List<String> vars;
    private final Deadline deadline;
    private final PlaneChartAlgebra algebra;

    private PlaneResolution(List<String> vars, Deadline deadline, Function<Polynomial, Optional<Map<Polynomial, Integer>>> known) {
        this.vars = vars;
        this.deadline = deadline;
        this.algebra = new PlaneChartAlgebra(vars, deadline, known);
    }

    /**
     * The exact local (lambda, m) of the question with its derivation (method {@link #NAME}), or
     * an unresolved result saying what could not be proven.
     */
    public static RlctResult analyse(PlaneQuestion q, Budget budget) {
        return analyse(q, budget, p -> Optional.empty());
    }

    /**
     * {@link #analyse(PlaneQuestion, Budget)} taking the irreducible factors over Q of a
     * polynomial from {@code known} when it has them (a search's factorisations, so that K is not
     * factored twice).
     */
    public static RlctResult analyse(PlaneQuestion q, Budget budget, Function<Polynomial, Optional<Map<Polynomial, Integer>>> known) {
        PlaneResolution run = new PlaneResolution(q.vars(), Deadline.of(budget), known);
        Certificate.Builder cert = Certificate.builder();
        cert.line(HEADER + q);
        return answer(() -> run.start(q, cert), cert, "the time budget of " + budget.time().toMillis() + " ms ran out")
                .withMillis(budget.elapsedMillis());
    }

    /**
     * The local answer at a point whose coordinates lie in a number field, translated to the
     * origin ({@link PlaneAlgebraicPoint}): {@code K ~ prod h_i^(e_i)} near 0 up to a positive
     * unit, the h_i polynomials in the plane's variables with coefficients in the field (its
     * symbol, reduced), squarefree and pairwise coprime over it, vanishing at 0; the weight
     * {@code |x^a y^b|} times a unit; sides as in {@link PlaneQuestion}. The resolution is the same
     * as at a rational point, with every chart over the field.
     */
    static RlctResult analyseAt(List<String> vars, Map<Polynomial, Integer> factors, PlaneNumberField field, int[] weight, int[] sides,
            Deadline deadline, Function<Polynomial, Optional<Map<Polynomial, Integer>>> known, Certificate.Builder cert) {
        long start = System.nanoTime();
        PlaneResolution run = new PlaneResolution(vars, deadline, known);
        cert.line(HEADER + "K ~ " + factors.entrySet().stream().map(f -> new Factor(f.getKey(), f.getValue()).toString()).toList()
                + " at 0 over " + vars + " with coefficients in Q(" + field.symbol() + "), weight |" + vars.get(0) + "^" + weight[0]
                + " " + vars.get(1) + "^" + weight[1] + "|, sides (" + sides[0] + ", " + sides[1] + ")");
        return answer(() -> {
            int[] powers = new int[2];
            List<Factor> fs = new ArrayList<>();
            factors.forEach((h, e) -> run.addFactor(h, e, powers, fs));
            return run.local(new Germ(powers[0], powers[1], fs, weight[0], weight[1], sides[0], sides[1], 0, field), cert);
        }, cert, "the time budget ran out").withMillis((System.nanoTime() - start) / 1_000_000);
    }

    /** The run's value as a result: exact, or unresolved with the reason it stopped. */
    private static RlctResult answer(Supplier<Value> run, Certificate.Builder cert, String outOfTime) {
        try {
            Value v = run.get();
            if (v == null) {
                return RlctResult.unresolved(NAME, cert.line("K has no zero near 0 on the allowed quadrants").build());
            }
            cert.line("lambda = " + v.lambda() + ", m = " + v.m());
            return RlctResult.exact(v.lambda(), v.m(), NAME, cert.build());
        } catch (Declined | ArithmeticException | IllegalArgumentException e) {
            return RlctResult.unresolved(NAME, cert.line("cannot prove: " + e.getMessage()).build());
        } catch (Deadline.Exceeded e) {
            return RlctResult.unresolved(NAME, cert.line("cannot prove: " + outOfTime).build());
        }
    }

    /** Why an answer could not be proven. */
    static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A squarefree factor and its exponent. */
    private record Factor(Polynomial h, int e) {
        @Override
        public String toString() {
            return e == 1 ? "(" + PlaneChartAlgebra.shown(h) + ")" : "(" + PlaneChartAlgebra.shown(h) + ")^" + e;
        }
    }

    /**
     * A local question in a chart: {@code K ~ x^xPower y^yPower prod h_i^(e_i)} near 0 (a positive
     * unit factor dropped), weight {@code |x^a y^b|} times a unit, sides as in {@link PlaneQuestion}.
     */
    private record Germ(int xPower, int yPower, List<Factor> factors, int a, int b, int xSide, int ySide, int depth,
            PlaneNumberField field) {
        String describe(List<String> vars) {
            StringBuilder sb = new StringBuilder();
            if (xPower > 0) {
                sb.append(vars.get(0)).append('^').append(xPower).append(' ');
            }
            if (yPower > 0) {
                sb.append(vars.get(1)).append('^').append(yPower).append(' ');
            }
            factors.forEach(f -> sb.append(f).append(' '));
            return "K ~ " + sb.toString().trim() + ", weight |" + vars.get(0) + "^" + a + " " + vars.get(1) + "^" + b + "|";
        }
    }

    /** A local answer: lambda and m. */
    record Value(Rational lambda, int m) {
        /** The smaller lambda, with the larger m on a tie (null: no pole). */
        static Value min(Value u, Value v) {
            if (u == null) {
                return v;
            }
            if (v == null) {
                return u;
            }
            int c = u.lambda.compareTo(v.lambda);
            return c < 0 ? u : c > 0 ? v : new Value(u.lambda, Math.max(u.m, v.m));
        }
    }

    private Value start(PlaneQuestion q, Certificate.Builder cert) {
        int[] powers = new int[2];
        List<Factor> factors = new ArrayList<>();
        StringBuilder text = new StringBuilder("K = c");
        for (Map.Entry<Polynomial, Integer> f : algebra.squarefreeFactors(q.k()).entrySet()) {
            text.append(" * (").append(f.getKey()).append(")^").append(f.getValue());
            addFactor(f.getKey(), f.getValue(), powers, factors);
        }
        cert.line(text + " over Q (K itself when proven squarefree by univariate tests modulo a prime, or f when K = c f^2 with f"
                + " so proven, else the irreducible factors: squarefree and pairwise coprime); factors that do not vanish at 0 are"
                + " units and dropped");
        Germ g = new Germ(powers[0], powers[1], factors, q.a(), q.b(), q.xSide(), q.ySide(), 0, null);
        return local(g, cert);
    }

    /**
     * Adds {@code h^e} to a germ: its monomial part to the powers, the rest as a factor when it
     * vanishes at 0 (a factor that does not is a unit near 0; with coefficients in a number field,
     * its value at 0 is the reduced element of its terms free of x and y, zero exactly when there
     * are none).
     */
    private void addFactor(Polynomial h, int e, int[] powers, List<Factor> factors) {
        Map<String, Integer> mono = h.largestMonomialFactor();
        int i = mono.getOrDefault(vars.get(0), 0);
        int j = mono.getOrDefault(vars.get(1), 0);
        powers[0] += e * i;
        powers[1] += e * j;
        Map<String, Integer> xy = new LinkedHashMap<>();
        if (i > 0) {
            xy.put(vars.get(0), i);
        }
        if (j > 0) {
            xy.put(vars.get(1), j);
        }
        Polynomial rest = xy.isEmpty() ? h : h.divideByMonomial(xy);
        if (rest.termsOver(algebra.order(rest)).keySet().stream().noneMatch(m -> m.get(0) == 0 && m.get(1) == 0)) {
            factors.add(new Factor(rest, e));
        }
    }

    private Value local(Germ g, Certificate.Builder cert) {
        deadline.check();
        if (g.depth() > MAX_DEPTH) {
            throw new Declined("more than " + MAX_DEPTH + " successive blow-ups at one point");
        }
        Value best = null;
        for (int sx : new int[] {1, -1}) {
            for (int sy : new int[] {1, -1}) {
                if (g.xSide() != 0 && g.xSide() != sx || g.ySide() != 0 && g.ySide() != sy) {
                    continue;
                }
                Certificate.Builder qc = Certificate.builder();
                Value v = quadrant(g, sx, sy, qc);
                cert.nest("quadrant (" + (sx > 0 ? "+" : "-") + vars.get(0) + ", " + (sy > 0 ? "+" : "-") + vars.get(1) + "): "
                        + (v == null ? "no zero" : "lambda = " + v.lambda() + ", m = " + v.m()), qc.build());
                best = Value.min(best, v);
            }
        }
        return best;
    }

    /** The answer on the open quadrant of signs (sx, sy), after flipping it onto x, y > 0. */
    private Value quadrant(Germ g, int sx, int sy, Certificate.Builder cert) {
        List<Factor> fs = new ArrayList<>();
        List<PlaneNewtonPolygon> polygons = new ArrayList<>();
        List<int[]> rays = new ArrayList<>();
        rays.add(new int[] {1, 0});
        rays.add(new int[] {0, 1});
        for (Factor f : g.factors()) {
            deadline.check();
            Polynomial h = sx > 0 && sy > 0 ? f.h() : algebra.flipped(f.h(), sx, sy);
            fs.add(new Factor(h, f.e()));
            PlaneNewtonPolygon polygon = PlaneNewtonPolygon.of(h, vars);
            polygons.add(polygon);
            for (int[] r : polygon.edgeNormals()) {
                if (rays.stream().noneMatch(s -> s[0] == r[0] && s[1] == r[1])) {
                    rays.add(r);
                }
            }
        }
        PlaneFan.sortRays(rays);
        cert.line((sx > 0 && sy > 0 ? "" : "with " + vars.get(0) + " -> " + sx + " " + vars.get(0) + ", " + vars.get(1) + " -> "
                + sy + " " + vars.get(1) + ": ") + new Germ(g.xPower(), g.yPower(), fs, g.a(), g.b(), 1, 1, g.depth(), g.field()).describe(vars));
        int[] orders = new int[rays.size()];
        for (int k = 0; k < rays.size(); k++) {
            int[] r = rays.get(k);
            orders[k] = g.xPower() * r[0] + g.yPower() * r[1];
            for (int i = 0; i < fs.size(); i++) {
                orders[k] += fs.get(i).e() * polygons.get(i).order(r);
            }
        }
        Rational[] values = new Rational[rays.size()];
        Value generic = PlaneFan.generic(rays, orders, g.a() + 1, g.b() + 1, values, cert);
        if (generic == null) {
            cert.line("K is a unit on this quadrant: no zero");
            return null;
        }
        Value best = generic;
        for (int k = 0; k < rays.size(); k++) {
            int[] r = rays.get(k);
            if (r[0] > 0 && r[1] > 0 && values[k] != null) {
                best = Value.min(best, points(g, fs, polygons, r, orders[k], cert));
            }
        }
        return best;
    }

    /** The points on the divisor of the edge normal r where some factor's face polynomial has a positive root. */
    private Value points(Germ g, List<Factor> fs, List<PlaneNewtonPolygon> polygons, int[] r, int l, Certificate.Builder cert) {
        int n = r[0] * (g.a() + 1) + r[1] * (g.b() + 1);
        String chart = "chart " + vars.get(0) + " = t^" + r[0] + ", " + vars.get(1) + " = t^" + r[1] + " w (t, w > 0; Jacobian "
                + r[0] + " t^" + (r[0] + r[1] - 1) + "): K = t^" + l + " Kt, weight t^" + (n - 1) + " times a unit near w != 0";
        return g.field() == null ? pointsOverQ(g, fs, polygons, r, l, n, chart, cert)
                : pointsOverField(g, fs, polygons, r, l, n, chart, cert);
    }

    private Value pointsOverQ(Germ g, List<Factor> fs, List<PlaneNewtonPolygon> polygons, int[] r, int l, int n, String chart,
            Certificate.Builder cert) {
        String y = vars.get(1);
        Map<Polynomial, List<int[]>> roots = new LinkedHashMap<>();
        for (int i = 0; i < fs.size(); i++) {
            Polynomial face = polygons.get(i).facePolynomial(r);
            if (face.termCount() < 2) {
                continue;
            }
            for (Map.Entry<Polynomial, Integer> phi : algebra.factors(face).entrySet()) {
                if (!phi.getKey().equals(Polynomial.variable(y))) {
                    roots.computeIfAbsent(phi.getKey(), x -> new ArrayList<>()).add(new int[] {i, phi.getValue()});
                }
            }
        }
        Rational divisorValue = Rational.of(n, l);
        Value best = null;
        for (Map.Entry<Polynomial, List<int[]>> root : roots.entrySet()) {
            Polynomial phi = root.getKey();
            UnivariatePolynomial u = JasAlgebra.univariate(phi, y);
            int count = u.positiveRootCount();
            if (count == 0) {
                continue;
            }
            List<int[]> at = root.getValue();
            List<Integer> indices = at.stream().map(p -> p[0]).toList();
            String where = chart + "; " + phi + " = 0 has " + count + " root(s) w > 0, root(s) of the face polynomial(s) of "
                    + at.stream().map(p -> PlaneChartAlgebra.shown(fs.get(p[0]).h()) + " (multiplicity " + p[1] + ")").toList();
            if (at.size() == 1 && at.get(0)[1] == 1) {
                best = Value.min(best, PlaneFan.simpleRoot(divisorValue, fs.get(at.get(0)[0]).e(), l, where, cert));
                continue;
            }
            if (u.degree() == 1) {
                Rational c = u.coefficient(0).negate().divide(u.coefficient(1));
                Certificate.Builder pc = Certificate.builder();
                Value v = translated(g, fs, r, l, n, Polynomial.constant(c), null, indices, pc);
                cert.nest(where + ": translate w -> " + c + " + w: lambda = " + v.lambda() + ", m = " + v.m(), pc.build());
                best = Value.min(best, v);
                continue;
            }
            for (UnivariatePolynomial.RootInterval c : PlaneChartAlgebra.positiveRoots(u)) {
                PlaneNumberField field = PlaneNumberField.of(u, c, algebra.symbol(), deadline);
                Certificate.Builder pc = Certificate.builder();
                Value v = translated(g, fs, r, l, n, Polynomial.variable(field.symbol()), field, indices, pc);
                cert.nest(where + ": at the irrational root w = " + field.describe() + ", translate w -> " + field.symbol()
                        + " + w with coefficients in Q(" + field.symbol() + ") (reduced modulo its minimal polynomial): lambda = "
                        + v.lambda() + ", m = " + v.m(), pc.build());
                best = Value.min(best, v);
            }
        }
        return best;
    }

    /**
     * The points on the divisor of r when the coefficients lie in a number field Q(c): each
     * factor's face polynomial F over Q(c) is split by gcds with its derivative into its multiple
     * roots (the squarefree part of gcd(F, F'), split into its linear factors over Q(c) and other
     * pieces), translated to when positive at c, over Q(c) when they lie in it and else over the
     * field {@code Q(c, rho)} ({@link #extended}), and its simple roots, settled in closed form: their
     * positive ones are counted exactly by a Sturm sequence over the real field Q(c) (over Q when
     * the part's coefficients are rational), and where there are any, each is a simple root of
     * one factor only (checked by gcds) and gives {@code min(divisor value, 1/e)}. Two factors
     * sharing a simple root are declined.
     */
    private Value pointsOverField(Germ g, List<Factor> fs, List<PlaneNewtonPolygon> polygons, int[] r, int l, int n, String chart,
            Certificate.Builder cert) {
        PlaneNumberField field = g.field();
        String y = vars.get(1);
        List<List<UnivariatePolynomial>> faces = new ArrayList<>();
        List<UnivariatePolynomial> multiple = new ArrayList<>();
        List<List<UnivariatePolynomial>> others = new ArrayList<>();
        for (Factor f : fs) {
            Polynomial face = polygons.get(faces.size()).facePolynomial(r);
            List<UnivariatePolynomial> coefficients = field.coefficientsIn(face, y);
            while (!coefficients.isEmpty() && coefficients.getFirst().isZero()) {
                coefficients.removeFirst();
            }
            faces.add(coefficients);
            if (coefficients.size() < 2) {
                continue;
            }
            List<UnivariatePolynomial> gcd = field.gcd(coefficients, PlaneNumberField.derivative(coefficients));
            if (gcd.size() < 2) {
                continue;
            }
            List<UnivariatePolynomial> squarefree = field.divide(gcd, field.gcd(gcd, PlaneNumberField.derivative(gcd))).get(0);
            for (List<UnivariatePolynomial> piece : algebra.pieces(squarefree)) {
                if (piece.size() == 2) {
                    addRoot(field, field.multiply(piece.get(0).negate(), field.inverse(piece.get(1))), multiple);
                } else if (!others.contains(piece)) {
                    others.add(piece);
                }
            }
        }
        Rational divisorValue = Rational.of(n, l);
        Value best = null;
        for (List<UnivariatePolynomial> piece : others) {
            for (PlaneFieldExtension e : PlaneFieldExtension.positiveRoots(field, piece, deadline)) {
                if (e.field() == field) {
                    addRoot(field, e.root(), multiple);
                } else {
                    best = Value.min(best, extended(g, fs, faces, e, r, l, n, chart, cert));
                }
            }
        }
        for (UnivariatePolynomial rho : multiple) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < fs.size(); i++) {
                if (faces.get(i).size() >= 2 && field.valueAt(faces.get(i), rho).isZero()) {
                    indices.add(i);
                }
            }
            Certificate.Builder pc = Certificate.builder();
            Polynomial shift = field.asPolynomial(rho);
            Value v = translated(g, fs, r, l, n, shift, field, indices, pc);
            cert.nest(chart + "; the multiple root w = " + shift + " (> 0) of the face polynomial(s) of " + indices.stream()
                    .map(i -> PlaneChartAlgebra.shown(fs.get(i).h())).toList() + ": translate w -> " + shift + " + w: lambda = "
                    + v.lambda() + ", m = " + v.m(), pc.build());
            best = Value.min(best, v);
        }
        List<List<UnivariatePolynomial>> simple = new ArrayList<>();
        for (List<UnivariatePolynomial> face : faces) {
            List<UnivariatePolynomial> part = face;
            for (UnivariatePolynomial rho : multiple) {
                List<UnivariatePolynomial> linear = List.of(rho.negate(), UnivariatePolynomial.of(Rational.ONE));
                while (part.size() >= 2 && field.valueAt(part, rho).isZero()) {
                    part = field.divide(part, linear).get(0);
                }
            }
            for (List<UnivariatePolynomial> piece : others) {
                List<UnivariatePolynomial> common = part.size() < 2 ? List.of() : field.gcd(part, piece);
                while (common.size() >= 2) {
                    part = field.divide(part, common).get(0);
                    common = field.gcd(part, piece);
                }
            }
            simple.add(part);
        }
        for (int i = 0; i < fs.size(); i++) {
            List<UnivariatePolynomial> part = simple.get(i);
            if (part.size() < 2) {
                continue;
            }
            for (int j = i + 1; j < fs.size(); j++) {
                if (simple.get(j).size() >= 2 && field.gcd(part, simple.get(j)).size() >= 2) {
                    throw new Declined(chart + ": two factors' face polynomials share a simple root over Q(" + field.symbol() + ")");
                }
            }
            boolean rational = part.stream().allMatch(a -> a.degree() <= 0);
            int count = rational ? PlaneNumberField.rationalPart(part).positiveRootCount() : field.positiveRootCount(part);
            String where = chart + "; the simple roots of the face polynomial of " + PlaneChartAlgebra.shown(fs.get(i).h()) + ": "
                    + (rational
                    ? "its coefficients are rational, " + PlaneNumberField.rationalPart(part) + ", with "
                    : "over the real field Q(" + field.symbol() + ") (Sturm sequence, exact signs) ") + count + " positive root(s)";
            if (count == 0) {
                cert.line(where + ": no point there");
                continue;
            }
            best = Value.min(best, PlaneFan.simpleRoot(divisorValue, fs.get(i).e(), l, where, cert));
        }
        return best;
    }

    /** Adds a positive root to the list unless it is there already. */
    private static void addRoot(PlaneNumberField field, UnivariatePolynomial rho, List<UnivariatePolynomial> roots) {
        if (field.signum(rho) > 0 && roots.stream().noneMatch(m -> m.subtract(rho).isZero())) {
            roots.add(rho);
        }
    }

    /**
     * A multiple root rho of face polynomials outside Q(c): the factors re-expressed over
     * {@code Q(c, rho) = Q(gamma)} ({@link PlaneFieldExtension}), and the point w = rho translated
     * to there, for the factors whose face polynomials vanish at rho.
     */
    private Value extended(Germ g, List<Factor> fs, List<List<UnivariatePolynomial>> faces, PlaneFieldExtension e, int[] r, int l,
            int n, String chart, Certificate.Builder cert) {
        PlaneNumberField next = e.field();
        List<Factor> moved = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            moved.add(new Factor(e.embed(fs.get(i).h(), vars), fs.get(i).e()));
            if (faces.get(i).size() >= 2 && next.valueAt(e.embed(faces.get(i)), e.root()).isZero()) {
                indices.add(i);
            }
        }
        Certificate.Builder pc = Certificate.builder();
        Polynomial shift = next.asPolynomial(e.root());
        Value v = translated(g, moved, r, l, n, shift, next, indices, pc);
        cert.nest(chart + "; a multiple root rho > 0 of the face polynomial(s) of "
                + indices.stream().map(i -> PlaneChartAlgebra.shown(fs.get(i).h())).toList() + " outside Q(c), c = "
                + g.field().symbol() + ": " + e.describe() + "; the factors re-expressed there, translate w -> "
                + shift + " + w: lambda = " + v.lambda() + ", m = " + v.m(), pc.build());
        return v;
    }

    /**
     * The new local question at the point w = shift of the divisor of r (shift rational, or the
     * element of the field), for the factors that vanish there, answered recursively.
     */
    private Value translated(Germ g, List<Factor> fs, int[] r, int l, int n, Polynomial shift, PlaneNumberField field,
            List<Integer> indices, Certificate.Builder cert) {
        String x = vars.get(0);
        String y = vars.get(1);
        UnivariatePolynomial s = field == null ? UnivariatePolynomial.of(shift.constantTerm()) : field.element(shift);
        int[] powers = {l, 0};
        List<Factor> next = new ArrayList<>();
        for (int i : indices) {
            deadline.check();
            Factor f = fs.get(i);
            long expansion = algebra.chartSize(f.h(), r, field == null ? 1 : field.degree());
            if (expansion > MAX_TERMS) {
                throw new Declined("the chart of a factor with " + f.h().termCount() + " terms could have up to "
                        + expansion + " terms (more than " + MAX_TERMS + ")");
            }
            Polynomial h = algebra.inChart(f.h(), r, s, field);
            int li = h.largestMonomialFactor().getOrDefault(x, 0);
            h = li == 0 ? h : h.divideByMonomial(Map.of(x, li));
            if (h.termCount() > MAX_TERMS) {
                throw new Declined("a chart's factor has more than " + MAX_TERMS + " terms");
            }
            addFactor(h, f.e(), powers, next);
        }
        Germ g2 = new Germ(powers[0], powers[1], next, n - 1, 0, 1, 0, g.depth() + 1, field);
        BigInteger scale = PlaneChartExpansion.denominator(s, field);
        cert.line("in the chart " + x + " = " + x + "^" + r[0] + ", " + y + " = " + x + "^" + r[1] + " (" + shift + " + " + y
                + (scale.equals(BigInteger.ONE) ? "" : "/" + scale) + "), "
                + x + " >= 0 (the variables renamed back" + (field == null ? "" : "; " + field.describe()) + "): "
                + g2.describe(vars));
        return local(g2, cert);
    }
}
