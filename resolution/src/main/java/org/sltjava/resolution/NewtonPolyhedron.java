package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;

/**
 * The Newton polyhedron {@code Gamma = conv(points) + R^d_{>=0}} of a finite set of exponent
 * vectors, with exact answers to the questions the Newton engine asks: its vertices, the distance
 * {@code t0 = min {t : t nu in Gamma}} with a primal and a dual certificate, and the smallest face
 * containing a given point (its members, recession directions, dimension and a positive normal
 * when it is compact). Every answer comes from {@link ExactLp} and is checked before it is
 * returned.
 *
 * <p>The smallest face containing a point {@code c} of {@code Gamma} is found from the
 * representations {@code c = sum lambda_j alpha_j + sum r_i e_i} ({@code lambda >= 0},
 * {@code sum lambda = 1}, {@code r >= 0}): a point {@code alpha_j} (a direction {@code e_i}) lies
 * in that face exactly when some representation gives it a positive weight, because {@code c}
 * is in the relative interior of the face. Maximising the total weight of the not yet confirmed
 * members until the optimum is zero finds them all; the dual of the last program is a normal
 * that exposes the face.
 */
public final class NewtonPolyhedron {

    private final int d;
    private final List<int[]> points;
    private final Deadline deadline;
    private final Map<List<Integer>, Optional<Face>> compactFaceCache = new HashMap<>();
    private List<Integer> vertices;
    private boolean[] dominated;
    private List<Integer> undominated;

    private NewtonPolyhedron(int d, List<int[]> points, Deadline deadline) {
        this.d = d;
        this.points = points;
        this.deadline = deadline;
    }

    /**
     * The polyhedron of the given exponent vectors (each of length {@code d}, repetitions
     * ignored); the set must not be empty.
     */
    public static NewtonPolyhedron of(int d, Collection<int[]> exponents) {
        return of(d, exponents, Deadline.none());
    }

    /** {@link #of(int, Collection)} whose linear programs stop at the deadline. */
    static NewtonPolyhedron of(int d, Collection<int[]> exponents, Deadline deadline) {
        List<int[]> distinct = new ArrayList<>();
        for (int[] e : exponents) {
            if (e.length != d) {
                throw new IllegalArgumentException("exponent vector " + Arrays.toString(e) + " is not of length " + d);
            }
            if (distinct.stream().noneMatch(p -> Arrays.equals(p, e))) {
                distinct.add(e.clone());
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("the Newton polyhedron of no points is empty");
        }
        return new NewtonPolyhedron(d, Collections.unmodifiableList(distinct), deadline);
    }

    /** The dimension {@code d} of the ambient space. */
    public int dimension() {
        return d;
    }

    /** The distinct points, in the order given; indices into this list name them. */
    public List<int[]> points() {
        return points;
    }

    /** Index of a point, or -1. */
    public int indexOf(int[] point) {
        for (int j = 0; j < points.size(); j++) {
            if (Arrays.equals(points.get(j), point)) {
                return j;
            }
        }
        return -1;
    }

    /** Indices of the vertices of Gamma (the points that are zero-dimensional faces). */
    public List<Integer> vertices() {
        if (vertices == null) {
            List<Integer> v = new ArrayList<>();
            for (int j = 0; j < points.size(); j++) {
                if (isDominated(j)) {
                    continue;
                }
                Optional<Face> f = compactFaceContaining(List.of(j));
                if (f.isPresent() && f.get().members().size() == 1) {
                    v.add(j);
                }
            }
            vertices = List.copyOf(v);
        }
        return vertices;
    }

    /**
     * Whether another point q lies componentwise below point {@code j} (cached). Then j is on no
     * compact face: a face {@code {<y, .> = l}} (y >= 0) through j has {@code <y, j - q> = 0}, so
     * it holds q and the whole ray {@code q + s (j - q)}, s >= 0, which lies in Gamma since
     * {@code j - q >= 0}.
     */
    private boolean isDominated(int j) {
        if (dominated == null) {
            boolean[] below = new boolean[points.size()];
            for (int i = 0; i < below.length; i++) {
                int[] a = points.get(i);
                for (int k = 0; k < points.size() && !below[i]; k++) {
                    below[i] = k != i && leq(points.get(k), a);
                }
            }
            dominated = below;
        }
        return dominated[j];
    }

    private static boolean leq(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Newton distance along {@code nu} (all entries positive): {@code 1/t0 = max sum mu_j}
     * over {@code mu >= 0} with {@code sum mu_j alpha_j <= nu}, with an optimal {@code mu}, a
     * dual normal {@code y >= 0} ({@code <y, alpha_j> >= 1}, {@code <y, nu> = 1/t0}) and the
     * principal face, the smallest face containing {@code t0 nu} (sought first among the compact
     * faces, over the undominated points only). The program is written with
     * slack columns, {@code sum mu_j alpha_j + s = nu}, so {@link ExactLp#verify} checks exactly
     * these primal conditions, the dual ones ({@code y >= 0} is the slack columns' constraint)
     * and that both objectives equal {@code 1/t0}.
     */
    public Distance distance(int[] nu) {
        int n = points.size();
        Rational[][] a = new Rational[d][n + d];
        Rational[] b = new Rational[d];
        Rational[] c = new Rational[n + d];
        for (int i = 0; i < d; i++) {
            if (nu[i] <= 0) {
                throw new IllegalArgumentException("nu must be positive, got " + Arrays.toString(nu));
            }
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.of(points.get(j)[i]);
            }
            for (int k = 0; k < d; k++) {
                a[i][n + k] = k == i ? Rational.ONE : Rational.ZERO;
            }
            b[i] = Rational.of(nu[i]);
        }
        for (int j = 0; j < n + d; j++) {
            c[j] = j < n ? Rational.ONE : Rational.ZERO;
        }
        ExactLp.Solution s = ExactLp.maximize(a, b, c, deadline);
        if (!s.isOptimal() || s.value().signum() <= 0) {
            throw new IllegalArgumentException("no finite positive Newton distance: " + s.outcome()
                    + " (a constant term among the points?)");
        }
        Rational inverse = s.value();
        Rational[] y = s.dual();
        Rational t0 = inverse.reciprocal();
        Rational[] mu = Arrays.copyOf(s.x(), n);
        Rational[] hit = new Rational[d];
        for (int i = 0; i < d; i++) {
            hit[i] = t0.multiply(Rational.of(nu[i]));
        }
        Face principal = smallestFace(hit, List.of(), true, undominated())
                .orElseGet(() -> smallestFace(hit, List.of(), false, allIndices()).orElseThrow());
        return new Distance(t0, inverse, mu, y, hit, principal);
    }

    /**
     * The smallest face containing all the given points (indices), when it is compact; empty when
     * that face is not compact. Cached.
     */
    public Optional<Face> compactFaceContaining(List<Integer> memberIndices) {
        List<Integer> key = List.copyOf(new TreeSet<>(memberIndices));
        Optional<Face> cached = compactFaceCache.get(key);
        if (cached != null) {
            return cached;
        }
        if (key.stream().anyMatch(this::isDominated)) {
            compactFaceCache.put(key, Optional.empty());
            return Optional.empty();
        }
        Rational[] centroid = new Rational[d];
        Arrays.fill(centroid, Rational.ZERO);
        for (int j : key) {
            for (int i = 0; i < d; i++) {
                centroid[i] = centroid[i].add(Rational.of(points.get(j)[i]));
            }
        }
        Rational size = Rational.of(key.size());
        for (int i = 0; i < d; i++) {
            centroid[i] = centroid[i].divide(size);
        }
        Optional<Face> face = smallestFace(centroid, key, true, undominated());
        compactFaceCache.put(key, face);
        return face;
    }

    private List<Integer> allIndices() {
        return IntStream.range(0, points.size()).boxed().toList();
    }

    /** The indices of the points no other point lies componentwise below (cached). */
    private List<Integer> undominated() {
        if (undominated == null) {
            undominated = IntStream.range(0, points.size()).filter(j -> !isDominated(j)).boxed().toList();
        }
        return undominated;
    }

    /**
     * The smallest face containing the point {@code c} of Gamma, given indices already known to
     * be members; when {@code compactOnly}, empty as soon as a recession direction is found. The
     * linear programs use the points of {@code columns} only: all of them, or for a compact face
     * the undominated ones, which generate the same Gamma (every point lies componentwise above an
     * undominated one) and hold every member of a compact face (see {@link #isDominated}); the
     * face found is checked against every point ({@link #verifyExposes}).
     */
    private Optional<Face> smallestFace(Rational[] c, List<Integer> known, boolean compactOnly, List<Integer> columns) {
        int n = columns.size();
        Rational[][] a = new Rational[d + 1][n + d];
        Rational[] b = new Rational[d + 1];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Rational.of(points.get(columns.get(j))[i]);
            }
            for (int k = 0; k < d; k++) {
                a[i][n + k] = k == i ? Rational.ONE : Rational.ZERO;
            }
            b[i] = c[i];
        }
        for (int j = 0; j < n + d; j++) {
            a[d][j] = j < n ? Rational.ONE : Rational.ZERO;
        }
        b[d] = Rational.ONE;
        boolean[] confirmed = new boolean[n + d];
        for (int j : known) {
            confirmed[columns.indexOf(j)] = true;
        }
        while (true) {
            Rational[] cost = new Rational[n + d];
            for (int j = 0; j < n + d; j++) {
                cost[j] = confirmed[j] ? Rational.ZERO : Rational.ONE;
            }
            ExactLp.Solution s = ExactLp.maximize(a, b, cost, deadline);
            if (!s.isOptimal()) {
                throw new IllegalArgumentException("the point " + Arrays.toString(c) + " is not in the Newton polyhedron");
            }
            if (s.value().isZero()) {
                return Optional.of(buildFace(confirmed, columns, s.dual(), c));
            }
            for (int j = 0; j < n + d; j++) {
                if (!confirmed[j] && s.x()[j].signum() > 0) {
                    confirmed[j] = true;
                    if (j >= n && compactOnly) {
                        return Optional.empty();
                    }
                }
            }
        }
    }

    private Face buildFace(boolean[] confirmed, List<Integer> columns, Rational[] dual, Rational[] c) {
        int n = columns.size();
        SortedSet<Integer> members = new TreeSet<>();
        SortedSet<Integer> rays = new TreeSet<>();
        for (int j = 0; j < n + d; j++) {
            if (confirmed[j]) {
                (j < n ? members : rays).add(j < n ? columns.get(j) : j - n);
            }
        }
        int dim = affineDimension(members, rays);
        Rational[] y = Arrays.copyOf(dual, d);
        Rational l = dot(y, c);
        verifyExposes(y, l, members, rays);
        Optional<Rational[]> normal = rays.isEmpty() ? Optional.of(y) : Optional.empty();
        Optional<Rational> level = rays.isEmpty() ? Optional.of(l) : Optional.empty();
        return new Face(Collections.unmodifiableSortedSet(members), Collections.unmodifiableSortedSet(rays), dim,
                normal, level);
    }

    /**
     * Checks that {@code y} at level {@code l} exposes exactly the face with these members and
     * recession directions: {@code y >= 0} (so {@code <y, .>} is bounded below on Gamma), with
     * {@code y_i = 0} exactly for the directions {@code e_i} of the face (so for a compact face
     * {@code y > 0}), and {@code <y, alpha_j> >= l} on every point with equality exactly on the
     * members. The minimum of {@code <y, .>} over Gamma is then {@code l}, attained exactly on
     * {@code conv(members) + cone(e_i : i in rays)}. Every face this class returns has passed it.
     *
     * @throws IllegalStateException naming the first condition that fails
     */
    public void verifyExposes(Rational[] y, Rational l, SortedSet<Integer> members, SortedSet<Integer> rays) {
        if (members.isEmpty()) {
            throw new IllegalStateException("a face of Gamma has at least one point");
        }
        for (int i = 0; i < d; i++) {
            if (y[i].signum() < 0 || y[i].isZero() != rays.contains(i)) {
                throw new IllegalStateException("normal " + Arrays.toString(y) + " does not expose the face " + members
                        + " + cone" + rays + ": its entry " + (i + 1) + " is " + y[i] + ", but e" + (i + 1)
                        + (rays.contains(i) ? " is" : " is not") + " a direction of the face");
            }
        }
        for (int j = 0; j < points.size(); j++) {
            int cmp = dot(y, points.get(j)).compareTo(l);
            if (cmp < 0 || (cmp == 0) != members.contains(j)) {
                throw new IllegalStateException("normal " + Arrays.toString(y) + " at level " + l + " does not expose the"
                        + " face " + members + " + cone" + rays + ": <y, " + Arrays.toString(points.get(j)) + "> = "
                        + dot(y, points.get(j)));
            }
        }
    }

    /** Dimension of the affine hull of the member points plus the span of the ray directions. */
    private int affineDimension(SortedSet<Integer> members, SortedSet<Integer> rays) {
        List<Rational[]> vectors = new ArrayList<>();
        int[] base = points.get(members.first());
        for (int j : members) {
            int[] p = points.get(j);
            Rational[] v = new Rational[d];
            for (int i = 0; i < d; i++) {
                v[i] = Rational.of(p[i] - base[i]);
            }
            vectors.add(v);
        }
        for (int r : rays) {
            Rational[] v = new Rational[d];
            for (int i = 0; i < d; i++) {
                v[i] = i == r ? Rational.ONE : Rational.ZERO;
            }
            vectors.add(v);
        }
        return rank(vectors, d);
    }

    /** Rank of a list of vectors of length {@code d}, by exact Gaussian elimination. */
    static int rank(List<Rational[]> vectors, int d) {
        return RationalMatrix.rank(vectors.toArray(Rational[][]::new), d);
    }

    static Rational dot(Rational[] y, int[] p) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < p.length; i++) {
            if (p[i] != 0) {
                s = s.add(y[i].multiply(Rational.of(p[i])));
            }
        }
        return s;
    }

    private static Rational dot(Rational[] y, Rational[] p) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < p.length; i++) {
            s = s.add(y[i].multiply(p[i]));
        }
        return s;
    }

    /**
     * The pairs {@code [a, b]} (a < b) of points that lie on compact faces and for which
     * {@code keep} holds: the seeds of {@link #compactFacesAbovePairs}.
     */
    public List<List<Integer>> pairsOnCompactFaces(BiPredicate<Integer, Integer> keep) {
        List<Integer> onCompact = new ArrayList<>();
        for (int j = 0; j < points.size(); j++) {
            if (compactFaceContaining(List.of(j)).isPresent()) {
                onCompact.add(j);
            }
        }
        List<List<Integer>> pairs = new ArrayList<>();
        for (int a = 0; a < onCompact.size(); a++) {
            for (int b = a + 1; b < onCompact.size(); b++) {
                if (keep.test(onCompact.get(a), onCompact.get(b))) {
                    pairs.add(List.of(onCompact.get(a), onCompact.get(b)));
                }
            }
        }
        return pairs;
    }

    /** The monomial {@code prod names_i^e_i} with coefficient 1. */
    static Polynomial monomial(List<String> names, int[] e) {
        Map<String, Integer> powers = new LinkedHashMap<>();
        for (int i = 0; i < e.length; i++) {
            if (e[i] > 0) {
                powers.put(names.get(i), e[i]);
            }
        }
        return Polynomial.term(Rational.ONE, powers);
    }

    /**
     * Every compact face that contains two of the given points and, with each of them, every
     * compact face above it (obtained by adding one vertex at a time); at most {@code limit}
     * faces, empty when the limit is exceeded.
     */
    public Optional<List<Face>> compactFacesAbovePairs(Collection<List<Integer>> pairs, int limit) {
        Map<SortedSet<Integer>, Face> found = new LinkedHashMap<>();
        List<Face> queue = new ArrayList<>();
        for (List<Integer> pair : pairs) {
            compactFaceContaining(pair).ifPresent(f -> {
                if (found.putIfAbsent(f.members(), f) == null) {
                    queue.add(f);
                }
            });
            if (found.size() > limit) {
                return Optional.empty();
            }
        }
        for (int q = 0; q < queue.size(); q++) {
            Face f = queue.get(q);
            for (int w : vertices()) {
                if (f.members().contains(w)) {
                    continue;
                }
                List<Integer> bigger = new ArrayList<>(f.members());
                bigger.add(w);
                Optional<Face> g = compactFaceContaining(bigger);
                if (g.isPresent() && found.putIfAbsent(g.get().members(), g.get()) == null) {
                    queue.add(g.get());
                    if (found.size() > limit) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(List.copyOf(new LinkedHashSet<>(found.values())));
    }

    /**
     * The outcome of {@link #distance(int[])}: {@code t0}, {@code 1/t0}, an optimal {@code mu},
     * the dual normal {@code y}, the hit point {@code t0 nu} and the principal face.
     */
    public record Distance(Rational t0, Rational inverse, Rational[] mu, Rational[] normal, Rational[] hit,
            Face principalFace) {
    }
}
