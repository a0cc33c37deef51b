package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * Coordinates adapted to a smooth component of the zero set through the point 0: when a prime
 * component C of K's critical ideal passes through 0 and c of its generators g have a c x c
 * minor of their Jacobian (in the columns of some parameters, the dependent ones) non-zero at 0,
 * the map {@code Phi(w) = (xi, g(w))}, xi the other parameters, is an analytic isomorphism at 0
 * (inverse function theorem) that makes C the coordinate subspace {G = 0}. When K and the weight
 * are polynomials in xi and g (their normal forms modulo {@code G_i - g_i}, for the
 * lexicographic order with the dependent parameters largest, hold no dependent parameter), then
 * {@code K = R(Phi(w))} and {@code weight = W(Phi(w))} exactly, and the local lambda and m of K
 * at 0 are those of R with the weight W at 0 (the Jacobian of the inverse is a unit; Watanabe
 * 2009, ch. 2).
 */
public final class ComponentCoordinates {

    /** Largest K (in terms) whose zero set is decomposed here. */
    private static final int MAX_TERMS = 100;

    /** The only number of parameters for which components are sought (two are the plane resolution's; four and more cost too much). */
    private static final int PARAMETERS = 3;

    /** Most components through 0 tried. */
    private static final int MAX_COMPONENTS = 3;

    /**
     * A change of coordinates found: the new parameters (the free old ones, then the G_i), K and
     * the weight in them, the point in them, and what was done.
     *
     * @param vars the new parameters
     * @param k K in the new parameters
     * @param weight the weight in the new parameters
     * @param centre the point in the new parameters (rational: the free coordinates' values, G = 0)
     * @param description the map and why it is an isomorphism
     */
    public record Change(List<String> vars, Polynomial k, Polynomial weight, Map<String, Rational> centre, String description) {

        /** The local question of K with the weight at the centre, in the new parameters, two-sided. */
        public Optional<Question> question() {
            return Charts.localProblem(vars, Charts.translate(Loss.of(k), centre), weight.translate(centre), new int[vars.size()]);
        }
    }

    /** The point where coordinates are sought: which polynomials vanish there, and its rational coordinates. */
    private record At(Predicate<Polynomial> vanishes, Map<String, Rational> rational, boolean origin) {
    }

    private ComponentCoordinates() {
    }

    /**
     * The changes for the components of the zero set of K (centred at the point, so the point is
     * 0) that pass smoothly through 0 and are not coordinate subspaces already, at most
     * {@link #MAX_COMPONENTS}; none when K has other than {@link #PARAMETERS} parameters or more
     * than {@link #MAX_TERMS} terms, or when JAS declines the prime decomposition.
     */
    public static List<Change> at(List<String> vars, Polynomial k, Polynomial weight, Deadline deadline) {
        Map<String, Rational> zero = new LinkedHashMap<>();
        vars.forEach(v -> zero.put(v, Rational.ZERO));
        return changes(vars, k, weight, new At(p -> p.constantTerm().isZero(), zero, true), deadline);
    }

    /**
     * The same at a real algebraic point (the coordinates of {@code point}, and {@code rational}
     * for the parameters it does not give): only components over Q through the point along which
     * the free coordinates are rational at it, so that the changed question is asked at a rational
     * point {@link Change#centre}.
     */
    public static List<Change> at(List<String> vars, Polynomial k, Polynomial weight, RealAlgebraicPoint point,
            Map<String, Rational> rational, Deadline deadline) {
        Map<String, Polynomial> fixed = new LinkedHashMap<>();
        rational.forEach((x, c) -> fixed.put(x, Polynomial.constant(c)));
        Map<String, Rational> values = new LinkedHashMap<>(rational);
        for (String x : vars) {
            UnivariatePolynomial h = rational.containsKey(x) ? null : point.coordinate(x);
            if (h != null && h.degree() < 1) {
                values.put(x, h.coefficient(0));
            }
        }
        return changes(vars, k, weight, new At(p -> point.vanishes(p.substitute(fixed)), values, false), deadline);
    }

    private static List<Change> changes(List<String> vars, Polynomial k, Polynomial weight, At at, Deadline deadline) {
        int d = vars.size();
        if (d != PARAMETERS || k.termCount() > MAX_TERMS) {
            return List.of();
        }
        List<Polynomial> critical = new ArrayList<>();
        critical.add(k);
        vars.forEach(v -> critical.add(k.derivative(v)));
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        Optional<List<JasAlgebra.Prime>> decided = alg.primesIfDecided(critical);
        if (decided.isEmpty()) {
            return List.of();
        }
        List<JasAlgebra.Prime> primes = decided.get();
        List<Change> out = new ArrayList<>();
        for (JasAlgebra.Prime prime : primes) {
            if (out.size() >= MAX_COMPONENTS) {
                break;
            }
            List<Polynomial> gens = alg.withSquarefreeGenerators(prime).generators();
            if (prime.dimension() < 1 || prime.dimension() >= d || !gens.stream().allMatch(at.vanishes())
                    || at.origin() && gens.stream().allMatch(g -> g.totalDegree() == 1)) {
                continue;
            }
            try {
                smooth(vars, k, weight, gens, d - prime.dimension(), at, deadline).ifPresent(out::add);
            } catch (ArithmeticException | IllegalArgumentException e) {
                return out;
            }
        }
        return out;
    }

    /**
     * The change for c generators and c dependent parameters with a Jacobian minor non-zero at
     * the point, the other (free) parameters rational there, if K and the weight rewrite.
     */
    private static Optional<Change> smooth(List<String> vars, Polynomial k, Polynomial weight, List<Polynomial> gens, int c, At at,
            Deadline deadline) {
        int d = vars.size();
        List<List<Polynomial>> jacobian = Charts.jacobian(gens, vars);
        for (int[] rows : GlobalStrata.subsets(gens.size(), c)) {
            for (int[] cols : GlobalStrata.subsets(d, c)) {
                List<String> free = new ArrayList<>(vars);
                for (int j : cols) {
                    free.remove(vars.get(j));
                }
                if (!at.rational().keySet().containsAll(free) || at.vanishes().test(GlobalStrata.determinant(jacobian, rows, cols))) {
                    continue;
                }
                Optional<Change> change = rewrite(vars, k, weight, gens, rows, cols, at, deadline);
                if (change.isPresent()) {
                    return change;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Change> rewrite(List<String> vars, Polynomial k, Polynomial weight, List<Polynomial> gens, int[] rows,
            int[] cols, At at, Deadline deadline) {
        List<String> dependent = new ArrayList<>();
        for (int j : cols) {
            dependent.add(vars.get(j));
        }
        List<String> free = vars.stream().filter(v -> !dependent.contains(v)).toList();
        List<String> big = JasAlgebra.freshNames(vars, rows.length);
        List<Polynomial> relations = new ArrayList<>();
        List<Polynomial> g = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            g.add(gens.get(rows[i]));
            relations.add(Polynomial.variable(big.get(i)).subtract(gens.get(rows[i])));
        }
        List<String> order = new ArrayList<>(big);
        order.addAll(free);
        order.addAll(dependent);
        JasAlgebra inG = JasAlgebra.over(order, deadline);
        Polynomial r = inG.normalForm(relations, k);
        Polynomial w = weight.isConstant() ? weight : inG.normalForm(relations, weight);
        if (dependent.stream().anyMatch(x -> r.variables().contains(x) || w.variables().contains(x))) {
            return Optional.empty();
        }
        List<String> vars2 = new ArrayList<>(free);
        vars2.addAll(big);
        Map<String, Rational> centre = new LinkedHashMap<>();
        free.forEach(x -> centre.put(x, at.rational().get(x)));
        big.forEach(x -> centre.put(x, Rational.ZERO));
        String description = "the component " + gens + " of the zero set passes through the point, where the Jacobian of " + g
                + " in " + dependent + " is invertible: (" + String.join(", ", free) + (free.isEmpty() ? "" : ", ") + big + " = " + g
                + ") are analytic coordinates there (inverse function theorem), the point being " + centre + " in them, and K = "
                + r + (weight.isConstant() ? "" : ", weight = " + w) + " in them exactly (normal forms modulo g_i - G_i with "
                + dependent + " eliminated)";
        return Optional.of(new Change(vars2, r, w, centre, description));
    }
}
