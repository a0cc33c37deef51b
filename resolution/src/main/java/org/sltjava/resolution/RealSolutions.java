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
 * When no variable separates the solutions, t is a new variable equal to a linear form
 * {@code x_1 + c x_2 + ... + c^(d-1) x_d} with integer c, added to the system as the equation
 * {@code t - (x_1 + ... )}: the enlarged system's solutions are the old ones with t's value
 * appended, one for one, and a form that separates them puts its basis in shape position.
 */
public final class RealSolutions {

    /** The integers c tried for the separating form {@code x_1 + c x_2 + ... + c^(d-1) x_d}. */
    private static final int[] FORM_STEPS = {1, 2, -3};

    private final String separating;
    private final String definition;
    private final List<Polynomial> basis;
    private final List<RealAlgebraicPoint> points;
    private final List<UnivariatePolynomial.RootInterval> roots;

    private RealSolutions(String separating, String definition, List<Polynomial> basis, List<RealAlgebraicPoint> points,
            List<UnivariatePolynomial.RootInterval> roots) {
        this.separating = separating;
        this.definition = definition;
        this.basis = basis;
        this.points = points;
        this.roots = roots;
    }

    /**
     * The real solutions of the system in the variables {@code vars}, when its Groebner basis is
     * {1} (none) or in shape position for one of the variables taken last, or for a new variable
     * equal to one of a few linear forms; empty otherwise (not zero-dimensional, not radical, or
     * none of these separates the solutions).
     */
    public static Optional<RealSolutions> of(List<Polynomial> system, List<String> vars, Deadline deadline) {
        for (int i = vars.size() - 1; i >= 0; i--) {
            String t = vars.get(i);
            List<Polynomial> basis = lexWithLast(system, vars, t, deadline);
            if (basis.stream().anyMatch(b -> b.isConstant() && !b.isZero())) {
                return Optional.of(new RealSolutions(t, "", basis, List.of(), List.of()));
            }
            Optional<RealSolutions> shaped = shape(basis, vars, t, vars, "");
            if (shaped.isPresent()) {
                return shaped;
            }
        }
        if (vars.size() < 2) {
            return Optional.empty();
        }
        String t = JasAlgebra.freshName(vars, "t");
        List<String> all = new ArrayList<>(vars);
        all.add(t);
        for (int c : FORM_STEPS) {
            Polynomial form = Polynomial.zero();
            Rational coefficient = Rational.ONE;
            for (String x : vars) {
                form = form.add(Polynomial.variable(x).scale(coefficient));
                coefficient = coefficient.multiply(Rational.of(c));
            }
            List<Polynomial> withForm = new ArrayList<>(system);
            withForm.add(Polynomial.variable(t).subtract(form));
            Optional<RealSolutions> shaped = shape(lexWithLast(withForm, all, t, deadline), all, t, vars,
                    " for the new variable " + t + " = " + form);
            if (shaped.isPresent()) {
                return shaped;
            }
        }
        return Optional.empty();
    }

    /**
     * The real solutions of a zero-dimensional system that need not be radical (a critical
     * ideal has multiple zeros), one {@link #of} per prime component of its radical (JAS's
     * prime decomposition over Q): their union is the zero set; no component only when the
     * Groebner basis is {1} (checked again); empty when some component has positive dimension or
     * is not solved.
     */
    public static Optional<List<RealSolutions>> byPrimes(List<Polynomial> system, List<String> vars, Deadline deadline) {
        List<RealSolutions> out = new ArrayList<>();
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        Optional<List<JasAlgebra.Prime>> decided = alg.primesIfDecided(system);
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        List<JasAlgebra.Prime> primes = decided.get();
        if (primes.isEmpty() && !alg.hasNoComplexZero(system)) {
            return Optional.empty();
        }
        for (JasAlgebra.Prime prime : primes) {
            if (prime.dimension() != 0) {
                return Optional.empty();
            }
            Optional<RealSolutions> solved = of(prime.generators(), vars, deadline);
            if (solved.isEmpty()) {
                return Optional.empty();
            }
            out.add(solved.get());
        }
        return Optional.of(out);
    }

    /** The reduced Groebner basis of the system for the lexicographic order with {@code t} the smallest variable. */
    private static List<Polynomial> lexWithLast(List<Polynomial> system, List<String> vars, String t, Deadline deadline) {
        List<String> order = new ArrayList<>(vars);
        order.remove(t);
        order.addFirst(t);
        return JasAlgebra.over(order, deadline).groebnerBasis(system);
    }

    /**
     * The solutions from a basis in shape position for t, as points with the coordinates
     * {@code shown} (all of {@code vars}, or all but a new separating variable t).
     */
    private static Optional<RealSolutions> shape(List<Polynomial> basis, List<String> vars, String t, List<String> shown,
            String definition) {
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
        shown.forEach(v -> coordinates.put(v, h.get(v)));
        UnivariatePolynomial squarefree = g.squarefreePart();
        List<UnivariatePolynomial.RootInterval> roots = squarefree.realRoots();
        List<RealAlgebraicPoint> points = new ArrayList<>();
        for (UnivariatePolynomial.RootInterval r : roots) {
            points.add(RealAlgebraicPoint.of(t, squarefree, coordinates, r));
        }
        return Optional.of(new RealSolutions(t, definition, basis, points, roots));
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
        return "lexicographic Groebner basis" + definition + " with " + separating + " the smallest variable, in shape position: " + basis
                + " (shape lemma); the real roots of the eliminant's squarefree part in " + separating + ": "
                + (roots.isEmpty() ? "none" : roots + " (isolating intervals, Sturm bisection)");
    }
}
