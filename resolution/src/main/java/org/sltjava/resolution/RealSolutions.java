package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * The real solutions of a zero-dimensional polynomial system, found exactly: a reduced
 * lexicographic Groebner basis (JAS) in shape position {@code {g(t), x_i - h_i(t)}} for some
 * variable t taken last. Its elements generate the system's ideal, so the complex solutions are
 * exactly the points {@code (h(t), t)} with {@code g(t) = 0} (shape lemma, Gianni and Mora
 * 1989), and the real ones are those with t a real root of g (the h_i have rational
 * coefficients): the real roots of the squarefree part of g are isolated by Sturm bisection.
 */
public final class RealSolutions {

    private final String separating;
    private final List<Polynomial> basis;
    private final List<RealAlgebraicPoint> points;
    private final List<UnivariatePolynomial.RootInterval> roots;

    private RealSolutions(String separating, List<Polynomial> basis, List<RealAlgebraicPoint> points,
            List<UnivariatePolynomial.RootInterval> roots) {
        this.separating = separating;
        this.basis = basis;
        this.points = points;
        this.roots = roots;
    }

    /**
     * The real solutions of the system in the variables {@code vars}, when its Groebner basis is
     * {1} (none) or in shape position for one of the variables taken last; empty otherwise
     * (not zero-dimensional, or no variable separates the solutions).
     */
    public static Optional<RealSolutions> of(List<Polynomial> system, List<String> vars, Deadline deadline) {
        for (int i = vars.size() - 1; i >= 0; i--) {
            String t = vars.get(i);
            List<String> order = new ArrayList<>(vars);
            order.remove(t);
            order.addFirst(t);
            List<Polynomial> basis = JasAlgebra.over(order, deadline).groebnerBasis(system);
            if (basis.stream().anyMatch(b -> b.isConstant() && !b.isZero())) {
                return Optional.of(new RealSolutions(t, basis, List.of(), List.of()));
            }
            Optional<RealSolutions> shaped = shape(basis, vars, t);
            if (shaped.isPresent()) {
                return shaped;
            }
        }
        return Optional.empty();
    }

    private static Optional<RealSolutions> shape(List<Polynomial> basis, List<String> vars, String t) {
        if (basis.size() != vars.size()) {
            return Optional.empty();
        }
        UnivariatePolynomial g = null;
        Map<String, UnivariatePolynomial> h = new LinkedHashMap<>();
        for (Polynomial b : basis) {
            List<String> in = new ArrayList<>(b.variables());
            in.remove(t);
            if (in.isEmpty()) {
                g = JasAlgebra.univariate(b, t);
                continue;
            }
            String x = in.getFirst();
            Polynomial c = b.derivative(x);
            if (in.size() > 1 || !c.isConstant() || c.isZero() || h.containsKey(x)) {
                return Optional.empty();
            }
            Polynomial rest = b.subtract(c.multiply(Polynomial.variable(x)));
            h.put(x, JasAlgebra.univariate(rest.scale(c.constantTerm().reciprocal()).negate(), t));
        }
        if (g == null || g.degree() < 1 || h.size() != vars.size() - 1) {
            return Optional.empty();
        }
        h.put(t, UnivariatePolynomial.of(Rational.ZERO, Rational.ONE));
        Map<String, UnivariatePolynomial> coordinates = new LinkedHashMap<>();
        vars.forEach(v -> coordinates.put(v, h.get(v)));
        UnivariatePolynomial squarefree = g.squarefreePart();
        List<UnivariatePolynomial.RootInterval> roots = squarefree.realRoots();
        List<RealAlgebraicPoint> points = new ArrayList<>();
        for (UnivariatePolynomial.RootInterval r : roots) {
            points.add(RealAlgebraicPoint.of(t, squarefree, coordinates, r));
        }
        return Optional.of(new RealSolutions(t, basis, points, roots));
    }

    /** The real solutions. */
    public List<RealAlgebraicPoint> points() {
        return points;
    }

    /** The lexicographic basis, the eliminant and the isolating intervals of its real roots. */
    public String describe() {
        if (basis.stream().anyMatch(b -> b.isConstant() && !b.isZero())) {
            return "Groebner basis {1}: no complex solution";
        }
        return "lexicographic Groebner basis with " + separating + " the smallest variable, in shape position: " + basis
                + " (shape lemma); the real roots of the eliminant's squarefree part in " + separating + ": "
                + (roots.isEmpty() ? "none" : roots + " (isolating intervals, Sturm bisection)");
    }
}
