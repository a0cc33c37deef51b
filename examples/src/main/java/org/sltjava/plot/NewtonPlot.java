package org.sltjava.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.sltjava.core.Budget;
import org.sltjava.core.Interval;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Face;
import org.sltjava.resolution.NewtonPolyhedron;

/**
 * The Newton polygon of K at a point (the origin unless the problem names one): the support of
 * K(a + u), the polyhedron Gamma = conv(supp) + R^2_{>=0}, the ray t (h + 1) of the weight
 * |u^h|, the hit point t0 (h + 1) and the principal face (the smallest face containing it), with
 * lambda and m from the standard engines in the caption (the Newton distance 1/t0 is the answer
 * only when K is non-degenerate; the caption names the method that proved the answer, or says
 * that only a bound is proven). Gamma is the same in every orthant u_i = s_i v_i; when the signs
 * of K's terms differ between orthants and the engines' answers differ too, there is one panel per
 * group of orthants with that group's answer. With three or four parameters the panels are the
 * projections of Gamma, the ray and the principal face onto each pair of coordinates.
 */
public final class NewtonPlot {

    private static final int MAX_PARAMETERS = 4;

    private NewtonPlot() {
    }

    /**
     * The figure for the problem: its point, or the origin when it has none.
     *
     * @throws InvalidInputException when the weight is not a monomial times a unit at the point,
     *     there are more than four parameters, or the origin is not a zero of K in the box
     */
    public static Figure of(Problem problem, Budget budget) {
        int d = problem.dimension();
        if (d < 2 || d > MAX_PARAMETERS) {
            throw new InvalidInputException("the Newton plot draws 2 to " + MAX_PARAMETERS + " parameters, got " + d);
        }
        Problem local;
        try {
            local = problem.point().isPresent() ? problem : problem.at(origin(problem.parameters()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("the Newton polygon is drawn at a zero of K (the origin unless a point is given): "
                    + e.getMessage());
        }
        Map<String, Rational> point = local.point().orElseThrow();
        List<String> vars = local.parameters();
        Polynomial k = local.k().translate(point);
        Optional<Map<String, Integer>> wm = local.weight().translate(point).monomialTimesUnitAtOrigin();
        if (wm.isEmpty()) {
            throw new InvalidInputException("the weight " + local.weight()
                    + " is not a monomial times a unit at the point, so the ray t (h + 1) is not defined");
        }
        int[] nu = new int[d];
        for (int i = 0; i < d; i++) {
            nu[i] = wm.get().getOrDefault(vars.get(i), 0) + 1;
        }
        List<int[]> support = new ArrayList<>();
        k.termsOver(vars).keySet().forEach(m -> support.add(m.toArray()));
        NewtonPolyhedron gamma = NewtonPolyhedron.of(d, support);
        NewtonPolyhedron.Distance dist = gamma.distance(nu);
        RlctResult overall = RlctEngine.standard().analyse(local, budget);

        List<String> caption = new ArrayList<>();
        caption.add("K(" + String.join(", ", vars) + ") = " + local.loss() + " at " + Problem.formatPoint(point)
                + (wm.get().isEmpty() ? ", uniform prior" : ", prior weight |" + local.weight() + "|"));
        caption.add("Newton distance along t (h + 1), h + 1 = " + Arrays.toString(nu) + ": t0 = " + dist.t0() + ", 1/t0 = "
                + dist.inverse() + "; principal face " + dist.principalFace().describe(gamma.points()) + ", codimension "
                + dist.principalFace().codimension(d));
        caption.add(overall.toString());

        Map<String, RlctResult> groups = orthantAnswers(local, k, point, budget, overall);
        List<JFreeChart> panels = new ArrayList<>();
        if (d == 2) {
            if (groups.size() == 1) {
                panels.add(panel(null, gamma, nu, dist, vars, 0, 1, ""));
            } else {
                int p = 1;
                for (Map.Entry<String, RlctResult> g : groups.entrySet()) {
                    panels.add(panel("orthants " + g.getKey() + ": " + g.getValue(), gamma, nu, dist, vars, 0, 1, "-" + p++));
                }
            }
        } else {
            int p = 1;
            for (int i = 0; i < d; i++) {
                for (int j = i + 1; j < d; j++) {
                    panels.add(panel("projection onto (" + vars.get(i) + ", " + vars.get(j) + ")", gamma, nu, dist, vars, i, j, "-" + p++));
                }
            }
            if (groups.size() > 1) {
                groups.forEach((signs, r) -> caption.add("orthants " + signs + ": " + r));
            }
        }
        int columns = panels.size() == 1 ? 1 : panels.size() == 2 || panels.size() == 4 ? 2 : 3;
        return new Figure("Newton polygon of K" + (d > 2 ? " (projections)" : ""), panels, columns, caption);
    }

    private static Map<String, Rational> origin(List<String> vars) {
        Map<String, Rational> o = new LinkedHashMap<>();
        vars.forEach(v -> o.put(v, Rational.ZERO));
        return o;
    }

    /**
     * The engines' answer for each group of orthants in which K's terms have the same signs (so
     * K(s v) is the same polynomial in v and the answers agree); a single group with the overall
     * answer when there is only one group or all groups agree. Each orthant's question is the
     * local one at the point on the box cut down to that orthant (its half-neighbourhood).
     */
    private static Map<String, RlctResult> orthantAnswers(Problem local, Polynomial k, Map<String, Rational> point, Budget budget,
            RlctResult overall) {
        List<String> vars = local.parameters();
        int d = vars.size();
        Map<List<Integer>, List<int[]>> classes = new LinkedHashMap<>();
        for (int mask = 0; mask < (1 << d); mask++) {
            int[] s = new int[d];
            boolean allowed = true;
            for (int i = 0; i < d; i++) {
                s[i] = (mask >> (d - 1 - i) & 1) == 0 ? 1 : -1;
                Interval r = local.box().range(vars.get(i));
                Rational a = point.get(vars.get(i));
                allowed &= s[i] > 0 ? a.compareTo(r.hi()) < 0 : a.compareTo(r.lo()) > 0;
            }
            if (allowed) {
                classes.computeIfAbsent(termSigns(k, vars, s), key -> new ArrayList<>()).add(s);
            }
        }
        Map<String, RlctResult> answers = new LinkedHashMap<>();
        if (classes.size() > 1) {
            for (List<int[]> orthants : classes.values()) {
                int[] s = orthants.getFirst();
                Problem.Builder b = local.toBuilder();
                for (int i = 0; i < d; i++) {
                    Interval r = local.box().range(vars.get(i));
                    Rational a = point.get(vars.get(i));
                    b.box(vars.get(i), s[i] > 0 ? Interval.of(a, r.hi()) : Interval.of(r.lo(), a));
                }
                answers.put(signs(orthants), RlctEngine.standard().analyse(b.build(), budget));
            }
        }
        if (answers.values().stream().map(RlctResult::toString).distinct().count() <= 1) {
            return Map.of("all", overall);
        }
        return answers;
    }

    private static List<Integer> termSigns(Polynomial k, List<String> vars, int[] s) {
        List<Integer> signs = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : k.termsOver(vars).entrySet()) {
            int sign = t.getValue().signum();
            for (int i = 0; i < s.length; i++) {
                if (s[i] < 0 && t.getKey().get(i) % 2 == 1) {
                    sign = -sign;
                }
            }
            signs.add(sign);
        }
        return signs;
    }

    private static String signs(List<int[]> orthants) {
        List<String> out = new ArrayList<>();
        for (int[] s : orthants) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < s.length; i++) {
                sb.append(i == 0 ? "" : ",").append(s[i] > 0 ? '+' : '-');
            }
            out.add(sb.append(')').toString());
        }
        return String.join(" ", out);
    }

    /** One panel: Gamma, the support, the ray, the hit point and the principal face in coordinates (i, j). */
    private static JFreeChart panel(String title, NewtonPolyhedron gamma, int[] nu, NewtonPolyhedron.Distance dist,
            List<String> vars, int i, int j, String suffix) {
        List<int[]> projected = new ArrayList<>();
        for (int[] p : gamma.points()) {
            projected.add(new int[] {p[i], p[j]});
        }
        NewtonPolyhedron shadow = NewtonPolyhedron.of(2, projected);
        List<int[]> vertices = new ArrayList<>();
        shadow.vertices().forEach(v -> vertices.add(shadow.points().get(v)));
        vertices.sort(Comparator.comparingInt((int[] p) -> p[0]));
        double hitX = dist.hit()[i].doubleValue();
        double hitY = dist.hit()[j].doubleValue();
        double top = 1;
        for (int[] p : projected) {
            top = Math.max(top, Math.max(p[0], p[1]));
        }
        top = Math.ceil(Math.max(top, Math.max(hitX, hitY)) * 1.2 + 0.5);

        List<Mark> marks = new ArrayList<>();
        int n = vertices.size();
        double[] gx = new double[n + 3];
        double[] gy = new double[n + 3];
        gx[0] = vertices.getFirst()[0];
        gy[0] = top;
        for (int v = 0; v < n; v++) {
            gx[v + 1] = vertices.get(v)[0];
            gy[v + 1] = vertices.get(v)[1];
        }
        gx[n + 1] = top;
        gy[n + 1] = vertices.getLast()[1];
        gx[n + 2] = top;
        gy[n + 2] = top;
        marks.add(Mark.fill("gamma" + suffix, "Gamma = conv(supp K) + R^2_{>=0}", gx, gy, Charts.LIGHT_BLUE));
        marks.add(Mark.line("newton-boundary" + suffix, "vertices " + pointsText(vertices), Arrays.copyOf(gx, n + 2),
                Arrays.copyOf(gy, n + 2), Charts.BLUE, 1.5f, false));
        double tEnd = top / Math.max(nu[i], nu[j]);
        marks.add(Mark.line("ray" + suffix, "t (h + 1), h + 1 = " + Arrays.toString(nu), new double[] {0, tEnd * nu[i]},
                new double[] {0, tEnd * nu[j]}, Charts.GREY, 1.2f, true));
        marks.add(principalFace(gamma, dist.principalFace(), i, j, top, suffix));
        double[] sx = new double[projected.size()];
        double[] sy = new double[projected.size()];
        for (int p = 0; p < projected.size(); p++) {
            sx[p] = projected.get(p)[0];
            sy[p] = projected.get(p)[1];
        }
        marks.add(Mark.dots("support" + suffix, "supp K = " + pointsText(gamma.points()), sx, sy, Charts.BLUE, 3.5));
        marks.add(Mark.dots("hit-point" + suffix, "t0 (h + 1) = " + Arrays.toString(dist.hit()) + ", 1/t0 = " + dist.inverse(),
                new double[] {hitX}, new double[] {hitY}, Charts.RED, 5));
        double[] range = {-0.3, top};
        return Charts.xy(title, "exponent of " + vars.get(i), range, "exponent of " + vars.get(j), range, marks, List.of(
                new Charts.Key("Gamma", Charts.LIGHT_BLUE, true),
                new Charts.Key("supp K", Charts.BLUE, true),
                new Charts.Key("ray t (h + 1)", Charts.GREY, false),
                new Charts.Key("principal face", Charts.ORANGE, false),
                new Charts.Key("t0 (h + 1), 1/t0 = " + dist.inverse(), Charts.RED, true)));
    }

    /**
     * The principal face in coordinates (i, j): the convex hull of its members' projections (a
     * point, a segment or a polygon) as segments, plus its recession directions e_i, e_j drawn
     * from the hull's extreme points to the edge of the panel.
     */
    private static Mark principalFace(NewtonPolyhedron gamma, Face face, int i, int j, double top, String suffix) {
        List<int[]> members = new ArrayList<>();
        face.members().forEach(m -> members.add(new int[] {gamma.points().get(m)[i], gamma.points().get(m)[j]}));
        List<int[]> hull = hull(members);
        String ref = face.describe(gamma.points()) + ", dimension " + face.dimension();
        if (hull.size() == 1 && face.rays().isEmpty()) {
            return Mark.dots("principal-face" + suffix, ref, new double[] {hull.getFirst()[0]}, new double[] {hull.getFirst()[1]},
                    Charts.ORANGE, 7);
        }
        List<double[]> ends = new ArrayList<>();
        for (int e = 0; hull.size() > 1 && e < hull.size(); e++) {
            int[] a = hull.get(e);
            int[] b = hull.get((e + 1) % hull.size());
            if (hull.size() > 2 || e == 0) {
                ends.add(new double[] {a[0], a[1]});
                ends.add(new double[] {b[0], b[1]});
            }
        }
        int[] lowestX = hull.stream().min(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1])).orElseThrow();
        int[] lowestY = hull.stream().min(Comparator.comparingInt((int[] p) -> p[1]).thenComparingInt(p -> p[0])).orElseThrow();
        if (face.rays().contains(j)) {
            ends.add(new double[] {lowestX[0], lowestX[1]});
            ends.add(new double[] {lowestX[0], top});
        }
        if (face.rays().contains(i)) {
            ends.add(new double[] {lowestY[0], lowestY[1]});
            ends.add(new double[] {top, lowestY[1]});
        }
        double[] xs = ends.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = ends.stream().mapToDouble(p -> p[1]).toArray();
        return Mark.segments("principal-face" + suffix, ref, xs, ys, Charts.ORANGE, 4f);
    }

    /** The convex hull of distinct integer points, counter-clockwise (Andrew's monotone chain); collinear points dropped. */
    static List<int[]> hull(List<int[]> points) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] p : points) {
            if (sorted.stream().noneMatch(q -> Arrays.equals(p, q))) {
                sorted.add(p);
            }
        }
        sorted.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
        if (sorted.size() <= 2) {
            return sorted;
        }
        List<int[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (int[] p : sorted) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), p) <= 0) {
                    h.removeLast();
                }
                h.add(p);
            }
            h.removeLast();
            sorted = sorted.reversed();
        }
        return h;
    }

    private static long cross(int[] o, int[] a, int[] b) {
        return (long) (a[0] - o[0]) * (b[1] - o[1]) - (long) (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static String pointsText(List<int[]> points) {
        StringBuilder sb = new StringBuilder();
        for (int[] p : points) {
            sb.append(sb.isEmpty() ? "" : " ").append(Arrays.toString(p).replace(" ", ""));
        }
        return sb.toString();
    }
}
