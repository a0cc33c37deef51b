package org.sltjava.resolution;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.sltjava.core.Box;
import org.sltjava.core.Interval;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * A real point of a zero-dimensional system in shape position: its coordinate {@code t} is the
 * real root of the squarefree eliminant {@code g(t)} isolated by a rational interval, and every
 * coordinate is {@code x = h_x(t)}. The coordinates are enclosed in rational intervals by
 * interval arithmetic on the {@code h_x} (Horner's scheme), which shrink as the root's interval
 * is bisected; whether a coordinate equals a rational value c is decided exactly, by whether
 * {@code gcd(g, h_x - c)} vanishes at the root.
 */
public final class RealAlgebraicPoint {

    /** Where a point lies relative to a box. */
    public enum Location {
        /** Inside the open box. */
        INSIDE,
        /** In the closed box with some coordinate exactly at an end of its range. */
        ON_BOUNDARY,
        /** Outside the closed box. */
        OUTSIDE,
        /** Not decided within the refinements allowed. */
        UNDECIDED
    }

    /** Most bisections of the root's interval while locating the point. */
    private static final int MAX_BISECTIONS = 200;

    private final String separating;
    private final UnivariatePolynomial eliminant;
    private final Map<String, UnivariatePolynomial> coordinates;
    private final UnivariatePolynomial.RootInterval root;

    private RealAlgebraicPoint(String separating, UnivariatePolynomial eliminant, Map<String, UnivariatePolynomial> coordinates,
            UnivariatePolynomial.RootInterval root) {
        this.separating = separating;
        this.eliminant = eliminant;
        this.coordinates = coordinates;
        this.root = root;
    }

    /**
     * The point whose coordinates are {@code h_x(t)} (in the map's order) at the root t of the
     * squarefree {@code eliminant} isolated by {@code root}; {@code separating} names t (its own
     * {@code h} is t itself when t is a coordinate; a new variable equal to a linear form is not).
     */
    static RealAlgebraicPoint of(String separating, UnivariatePolynomial eliminant, Map<String, UnivariatePolynomial> coordinates,
            UnivariatePolynomial.RootInterval root) {
        return new RealAlgebraicPoint(separating, eliminant, new LinkedHashMap<>(coordinates), root);
    }

    /** The squarefree eliminant g; the point is built on its root t isolated by {@link #root()}. */
    UnivariatePolynomial eliminant() {
        return eliminant;
    }

    /** The isolating interval of the root t of the eliminant. */
    UnivariatePolynomial.RootInterval root() {
        return root;
    }

    /** The coordinate x as the polynomial {@code h_x(t)}. */
    UnivariatePolynomial coordinate(String x) {
        return coordinates.get(x);
    }

    /** The point's coordinates when they are rational (the root is). */
    Optional<Map<String, Rational>> rational() {
        if (!root.isExact()) {
            return Optional.empty();
        }
        Map<String, Rational> out = new LinkedHashMap<>();
        coordinates.forEach((x, h) -> out.put(x, h.valueAt(root.lo())));
        return Optional.of(out);
    }

    /**
     * Whether the polynomial (in the point's coordinates) vanishes at the point, decided exactly:
     * {@code q(t) = p(h(t))} vanishes at the root iff {@code gcd(g, q)} does.
     */
    boolean vanishes(Polynomial p) {
        Map<String, Polynomial> sub = new LinkedHashMap<>();
        coordinates.forEach((x, h) -> sub.put(x, inSeparating(h)));
        UnivariatePolynomial q = JasAlgebra.univariate(p.substitute(sub), separating);
        return eliminant.gcd(q).vanishesAt(root);
    }

    /**
     * The irreducible factor over Q of the eliminant that vanishes at the root (monic), whose
     * field {@code Q[t]/(mu)} holds every coordinate {@code h_x(t)}; empty for a rational root.
     */
    Optional<UnivariatePolynomial> minimalPolynomial(Deadline deadline) {
        if (root.isExact()) {
            return Optional.empty();
        }
        for (Polynomial factor : JasAlgebra.over(List.of(separating), deadline).factors(inSeparating(eliminant)).keySet()) {
            UnivariatePolynomial mu = JasAlgebra.univariate(factor, separating);
            if (mu.degree() >= 2 && eliminant.gcd(mu).vanishesAt(root)) {
                return Optional.of(mu);
            }
        }
        return Optional.empty();
    }

    /** {@code h} as a polynomial in the separating variable. */
    private Polynomial inSeparating(UnivariatePolynomial h) {
        Polynomial p = Polynomial.zero();
        for (int i = 0; i <= h.degree(); i++) {
            p = p.add(Polynomial.term(h.coefficient(i), Map.of(separating, i)));
        }
        return p;
    }

    /** The point with its root's interval shrunk by a factor 1024 (ten bisections), for display. */
    public RealAlgebraicPoint tightened() {
        RealAlgebraicPoint p = this;
        for (int i = 0; i < 10; i++) {
            p = p.refined();
        }
        return p;
    }

    /** The point with its root's interval halved. */
    RealAlgebraicPoint refined() {
        return new RealAlgebraicPoint(separating, eliminant, coordinates, eliminant.bisect(root));
    }

    /**
     * Where the point lies relative to the box: the coordinates equal to an end of their range
     * are found exactly (gcd), the others are enclosed ever more tightly until each enclosure
     * lies inside its open range or outside the closed one (at most {@link #MAX_BISECTIONS}
     * bisections).
     */
    public Location locate(Box box) {
        Optional<Map<String, Rational>> exact = rational();
        if (exact.isPresent()) {
            return locate(exact.get(), box);
        }
        Set<String> atEnd = new HashSet<>();
        coordinates.forEach((x, h) -> {
            Interval range = box.range(x);
            for (Rational end : List.of(range.lo(), range.hi())) {
                UnivariatePolynomial shifted = h.subtract(UnivariatePolynomial.of(end));
                if (eliminant.gcd(shifted).vanishesAt(root)) {
                    atEnd.add(x);
                }
            }
        });
        RealAlgebraicPoint p = this;
        for (int i = 0; ; i++) {
            boolean inside = true;
            for (Map.Entry<String, UnivariatePolynomial> c : coordinates.entrySet()) {
                if (atEnd.contains(c.getKey())) {
                    continue;
                }
                Interval range = box.range(c.getKey());
                Rational[] e = enclose(c.getValue(), p.root);
                if (e[1].compareTo(range.lo()) < 0 || e[0].compareTo(range.hi()) > 0) {
                    return Location.OUTSIDE;
                }
                inside &= range.lo().compareTo(e[0]) < 0 && e[1].compareTo(range.hi()) < 0;
            }
            if (inside) {
                return atEnd.isEmpty() ? Location.INSIDE : Location.ON_BOUNDARY;
            }
            if (i == MAX_BISECTIONS) {
                return Location.UNDECIDED;
            }
            p = p.refined();
        }
    }

    private static Location locate(Map<String, Rational> point, Box box) {
        boolean onEnd = false;
        for (Map.Entry<String, Rational> c : point.entrySet()) {
            Interval range = box.range(c.getKey());
            if (!range.contains(c.getValue())) {
                return Location.OUTSIDE;
            }
            onEnd |= !range.containsInterior(c.getValue());
        }
        return onEnd ? Location.ON_BOUNDARY : Location.INSIDE;
    }

    /** An enclosure {@code [lo, hi]} of {@code h} over the root's interval (Horner's scheme in interval arithmetic). */
    private static Rational[] enclose(UnivariatePolynomial h, UnivariatePolynomial.RootInterval t) {
        Rational lo = Rational.ZERO;
        Rational hi = Rational.ZERO;
        for (int i = h.degree(); i >= 0; i--) {
            Rational[] products = {lo.multiply(t.lo()), lo.multiply(t.hi()), hi.multiply(t.lo()), hi.multiply(t.hi())};
            Rational min = products[0];
            Rational max = products[0];
            for (Rational q : products) {
                min = min.min(q);
                max = max.max(q);
            }
            lo = min.add(h.coefficient(i));
            hi = max.add(h.coefficient(i));
        }
        return new Rational[] {lo, hi};
    }

    /** {@code (x = y^3 - 5*y, y in (-3, -3/2))}, or the rational point {@code (x = 1, y = 1/2)}. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "(", ")");
        Optional<Map<String, Rational>> exact = rational();
        coordinates.forEach((x, h) -> {
            if (exact.isPresent()) {
                out.add(x + " = " + exact.get().get(x));
            } else if (x.equals(separating)) {
                out.add(x + " in " + root);
            } else {
                out.add(x + " = " + inSeparating(h));
            }
        });
        if (exact.isEmpty() && !coordinates.containsKey(separating)) {
            out.add(separating + " in " + root);
        }
        return out.toString();
    }
}
