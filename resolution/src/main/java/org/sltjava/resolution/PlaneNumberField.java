package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * A real number field {@code Q(c) = Q[theta]/(mu)} for the plane resolution: c is the real root
 * of the irreducible polynomial mu (over Q, degree >= 2) in an isolating interval. Elements are
 * polynomials in theta of degree below deg mu (exact remainders, so zero-tests are exact); a
 * non-zero element {@code e(c)} has its sign decided by bisecting c's interval until e has no
 * root there. Polynomials over the field in one variable z are lists of elements, lowest power
 * first. Polynomials in the plane's variables with coefficients in the field are ordinary
 * {@link Polynomial}s in the extra variable theta, reduced modulo mu. Every loop whose length
 * grows with the degrees (divisions, gcds, inverses, the resultant's elimination, the bisection of
 * c's interval) checks the search's deadline.
 */
final class PlaneNumberField {

    private final UnivariatePolynomial mu;
    private final String symbol;
    private final Deadline deadline;
    private UnivariatePolynomial.RootInterval root;

    private PlaneNumberField(UnivariatePolynomial mu, UnivariatePolynomial.RootInterval root, String symbol, Deadline deadline) {
        this.mu = mu;
        this.root = root;
        this.symbol = symbol;
        this.deadline = deadline;
    }

    /**
     * The field of the root of mu (irreducible over Q, degree >= 2) isolated by root, written with
     * the variable symbol; its long computations stop at the deadline.
     */
    static PlaneNumberField of(UnivariatePolynomial mu, UnivariatePolynomial.RootInterval root, String symbol, Deadline deadline) {
        if (mu.degree() < 2) {
            throw new IllegalArgumentException("a number field needs a minimal polynomial of degree >= 2, not " + mu);
        }
        return new PlaneNumberField(scale(mu, mu.coefficient(mu.degree()).reciprocal()), root, symbol, deadline);
    }

    /** The variable that stands for c. */
    String symbol() {
        return symbol;
    }

    /** The degree of the field over Q (of mu). */
    int degree() {
        return mu.degree();
    }

    /** {@code mu(theta) = 0, theta in (lo, hi)}. */
    String describe() {
        return symbol + " the root of " + mu.toString().replace("t", symbol) + " in " + root;
    }

    /** The element as a polynomial in the field's variable. */
    Polynomial asPolynomial(UnivariatePolynomial e) {
        Polynomial out = Polynomial.zero();
        for (int i = 0; i <= e.degree(); i++) {
            out = out.add(Polynomial.term(e.coefficient(i), Map.of(symbol, i)));
        }
        return out;
    }

    /** A polynomial in the field's variable (only) as a reduced element. */
    UnivariatePolynomial element(Polynomial p) {
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        p.termsOver(List.of(symbol)).forEach((m, c) -> terms.merge(m.get(0), c, Rational::add));
        return UnivariatePolynomial.ofTerms(terms).remainder(mu);
    }

    /** A polynomial in theta as a reduced element (its remainder modulo mu). */
    UnivariatePolynomial reduce(UnivariatePolynomial e) {
        return e.remainder(mu);
    }

    UnivariatePolynomial multiply(UnivariatePolynomial a, UnivariatePolynomial b) {
        return times(a, b).remainder(mu);
    }

    /** The inverse of a non-zero element, by the extended Euclidean algorithm (mu is irreducible). */
    UnivariatePolynomial inverse(UnivariatePolynomial a) {
        UnivariatePolynomial r0 = mu;
        UnivariatePolynomial r1 = a.remainder(mu);
        UnivariatePolynomial s0 = UnivariatePolynomial.of();
        UnivariatePolynomial s1 = UnivariatePolynomial.of(Rational.ONE);
        if (r1.isZero()) {
            throw new ArithmeticException("zero has no inverse in " + describe());
        }
        while (r1.degree() > 0) {
            deadline.check();
            UnivariatePolynomial q = r0.quotient(r1);
            UnivariatePolynomial r2 = r0.subtract(times(q, r1));
            UnivariatePolynomial s2 = s0.subtract(times(q, s1));
            r0 = r1;
            r1 = r2;
            s0 = s1;
            s1 = s2;
        }
        return scale(s1, r1.coefficient(0).reciprocal()).remainder(mu);
    }

    /** The sign of the element at c: 0 exactly when it is zero, else decided on a refined interval of c. */
    int signum(UnivariatePolynomial a) {
        UnivariatePolynomial e = a.remainder(mu);
        if (e.isZero()) {
            return 0;
        }
        if (e.degree() == 0) {
            return e.coefficient(0).signum();
        }
        while (!root.isExact() && (e.valueAt(root.lo()).isZero() || e.valueAt(root.hi()).isZero()
                || e.rootCountIn(root.lo(), root.hi()) > 0)) {
            deadline.check();
            root = mu.bisect(root);
        }
        Rational at = root.lo().add(root.hi()).multiply(Rational.HALF);
        return e.valueAt(at).signum();
    }

    /** p (in z and the field's variable) as a polynomial over the field in z, lowest power first. */
    List<UnivariatePolynomial> coefficientsIn(Polynomial p, String z) {
        Map<Integer, Map<Integer, Rational>> rows = new LinkedHashMap<>();
        int top = 0;
        for (Map.Entry<Monomial, Rational> t : p.termsOver(List.of(z, symbol)).entrySet()) {
            rows.computeIfAbsent(t.getKey().get(0), k -> new LinkedHashMap<>()).merge(t.getKey().get(1), t.getValue(), Rational::add);
            top = Math.max(top, t.getKey().get(0));
        }
        List<UnivariatePolynomial> out = new ArrayList<>();
        for (int k = 0; k <= top; k++) {
            Map<Integer, Rational> row = rows.get(k);
            out.add(row == null ? UnivariatePolynomial.of() : UnivariatePolynomial.ofTerms(row).remainder(mu));
        }
        return trim(out);
    }

    /**
     * The number of distinct roots in {@code (0, infinity)} of a non-zero polynomial over the
     * field, taken at c (a polynomial over the real field Q(c)), by Sturm's theorem, which holds
     * over every ordered subfield of R: the sequence {@code f0 = f / z^k} (the root 0 removed),
     * {@code f1 = f0'}, {@code f_(i+1) = -rem(f_(i-1), f_i)} is computed exactly over Q(c), and
     * the count is its sign changes at {@code 0+} (the sign of each member's lowest non-zero
     * coefficient) minus those at {@code +infinity} (its leading coefficient's sign), the signs
     * of elements decided exactly ({@link #signum}).
     *
     * @throws ArithmeticException for the zero polynomial
     */
    int positiveRootCount(List<UnivariatePolynomial> f) {
        List<UnivariatePolynomial> p = trim(f);
        if (p.isEmpty()) {
            throw new ArithmeticException("the zero polynomial vanishes everywhere");
        }
        while (p.getFirst().isZero()) {
            p = p.subList(1, p.size());
        }
        List<List<UnivariatePolynomial>> sequence = sturm(p);
        return signChanges(sequence, q -> q.stream().filter(a -> !a.isZero()).findFirst().orElseThrow())
                - signChanges(sequence, List::getLast);
    }

    /**
     * The number of distinct roots in the open interval {@code (lo, hi)} of a polynomial over the
     * field that does not vanish at lo or hi (Sturm's theorem over Q(c), as above: the sign
     * changes of the sequence's values at lo minus those at hi).
     *
     * @throws ArithmeticException when f vanishes at an end
     */
    int rootCountIn(List<UnivariatePolynomial> f, Rational lo, Rational hi) {
        UnivariatePolynomial a = UnivariatePolynomial.of(lo);
        UnivariatePolynomial b = UnivariatePolynomial.of(hi);
        if (valueAt(f, a).isZero() || valueAt(f, b).isZero()) {
            throw new ArithmeticException("a polynomial over " + describe() + " vanishes at an end of (" + lo + ", " + hi + ")");
        }
        List<List<UnivariatePolynomial>> sequence = sturm(trim(f));
        return signChanges(sequence, q -> valueAt(q, a)) - signChanges(sequence, q -> valueAt(q, b));
    }

    /** The Sturm sequence of f over the field. */
    private List<List<UnivariatePolynomial>> sturm(List<UnivariatePolynomial> f) {
        List<List<UnivariatePolynomial>> sequence = new ArrayList<>();
        sequence.add(f);
        List<UnivariatePolynomial> next = derivative(f);
        while (!next.isEmpty()) {
            deadline.check();
            sequence.add(next);
            next = divide(sequence.get(sequence.size() - 2), next).get(1).stream().map(UnivariatePolynomial::negate).toList();
        }
        return sequence;
    }

    /** Sign changes along a sequence of the signs of the elements {@code at} picks (zeros skipped). */
    private int signChanges(List<List<UnivariatePolynomial>> sequence, Function<List<UnivariatePolynomial>, UnivariatePolynomial> at) {
        int changes = 0;
        int last = 0;
        for (List<UnivariatePolynomial> q : sequence) {
            int s = signum(at.apply(q));
            if (s != 0) {
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }

    /** The minimal polynomial mu of c, monic. */
    UnivariatePolynomial minimalPolynomial() {
        return mu;
    }

    /** The isolating interval of c, as refined so far. */
    UnivariatePolynomial.RootInterval rootInterval() {
        return root;
    }

    /** A polynomial over the field whose coefficients are all rational, as a polynomial over Q. */
    static UnivariatePolynomial rationalPart(List<UnivariatePolynomial> f) {
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        for (int i = 0; i < f.size(); i++) {
            terms.put(i, f.get(i).coefficient(0));
        }
        return UnivariatePolynomial.ofTerms(terms).withoutZeroRoot();
    }

    // ------------------------------------------------------------ polynomials over the field

    /** Drops leading zero coefficients. */
    static List<UnivariatePolynomial> trim(List<UnivariatePolynomial> f) {
        List<UnivariatePolynomial> out = new ArrayList<>(f);
        while (!out.isEmpty() && out.getLast().isZero()) {
            out.removeLast();
        }
        return out;
    }

    static List<UnivariatePolynomial> derivative(List<UnivariatePolynomial> f) {
        List<UnivariatePolynomial> out = new ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            out.add(scale(f.get(i), Rational.of(i)));
        }
        return trim(out);
    }

    /** The quotient and remainder of f by a non-zero g: {@code [q, r]}. */
    List<List<UnivariatePolynomial>> divide(List<UnivariatePolynomial> f, List<UnivariatePolynomial> g) {
        List<UnivariatePolynomial> r = new ArrayList<>(trim(f));
        List<UnivariatePolynomial> d = trim(g);
        UnivariatePolynomial lead = inverse(d.getLast());
        int n = Math.max(r.size() - d.size() + 1, 0);
        List<UnivariatePolynomial> q = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            q.add(UnivariatePolynomial.of());
        }
        for (int k = r.size() - d.size(); k >= 0; k--) {
            deadline.check();
            UnivariatePolynomial c = multiply(r.get(k + d.size() - 1), lead);
            q.set(k, c);
            if (c.isZero()) {
                continue;
            }
            for (int j = 0; j < d.size(); j++) {
                r.set(k + j, r.get(k + j).subtract(multiply(c, d.get(j))).remainder(mu));
            }
        }
        return List.of(trim(q), trim(r));
    }

    /** A monic greatest common divisor. */
    List<UnivariatePolynomial> gcd(List<UnivariatePolynomial> f, List<UnivariatePolynomial> g) {
        List<UnivariatePolynomial> a = trim(f);
        List<UnivariatePolynomial> b = trim(g);
        while (!b.isEmpty()) {
            deadline.check();
            List<UnivariatePolynomial> r = divide(a, b).get(1);
            a = b;
            b = r;
        }
        if (a.isEmpty()) {
            return a;
        }
        UnivariatePolynomial inv = inverse(a.getLast());
        List<UnivariatePolynomial> out = new ArrayList<>();
        for (UnivariatePolynomial c : a) {
            out.add(multiply(c, inv));
        }
        return out;
    }

    /** f(r) for an element r. */
    UnivariatePolynomial valueAt(List<UnivariatePolynomial> f, UnivariatePolynomial r) {
        UnivariatePolynomial out = UnivariatePolynomial.of();
        for (int i = f.size() - 1; i >= 0; i--) {
            out = times(out, r).remainder(mu);
            out = out.subtract(f.get(i).negate());
        }
        return out.remainder(mu);
    }

    /**
     * {@code Res_theta(mu, F)} for {@code F = sum_m f_m(theta) z^m}: a polynomial over Q whose
     * roots are those of F at all the conjugates of c together (the Sylvester determinant, by
     * fraction-free elimination with exact divisions).
     */
    UnivariatePolynomial norm(List<UnivariatePolynomial> f) {
        int a = mu.degree();
        int b = f.stream().mapToInt(UnivariatePolynomial::degree).max().orElse(0);
        List<UnivariatePolynomial> byTheta = new ArrayList<>();
        for (int i = 0; i <= Math.max(b, 0); i++) {
            Map<Integer, Rational> terms = new LinkedHashMap<>();
            for (int m = 0; m < f.size(); m++) {
                terms.put(m, f.get(m).coefficient(i));
            }
            byTheta.add(UnivariatePolynomial.ofTerms(terms));
        }
        if (b <= 0) {
            UnivariatePolynomial out = UnivariatePolynomial.of(Rational.ONE);
            for (int i = 0; i < a; i++) {
                out = times(out, byTheta.get(0));
            }
            return out;
        }
        int size = a + b;
        UnivariatePolynomial[][] m = new UnivariatePolynomial[size][size];
        for (UnivariatePolynomial[] row : m) {
            java.util.Arrays.fill(row, UnivariatePolynomial.of());
        }
        for (int i = 0; i < b; i++) {
            for (int d = 0; d <= a; d++) {
                m[i][i + a - d] = UnivariatePolynomial.of(mu.coefficient(d));
            }
        }
        for (int i = 0; i < a; i++) {
            for (int d = 0; d <= b; d++) {
                m[b + i][i + b - d] = byTheta.get(d);
            }
        }
        UnivariatePolynomial previous = UnivariatePolynomial.of(Rational.ONE);
        for (int col = 0; col < size; col++) {
            int pivot = col;
            while (pivot < size && m[pivot][col].isZero()) {
                pivot++;
            }
            if (pivot == size) {
                return UnivariatePolynomial.of();
            }
            UnivariatePolynomial[] tmp = m[pivot];
            m[pivot] = m[col];
            m[col] = tmp;
            for (int i = col + 1; i < size; i++) {
                deadline.check();
                for (int j = col + 1; j < size; j++) {
                    m[i][j] = times(m[col][col], m[i][j]).subtract(times(m[i][col], m[col][j])).quotient(previous);
                }
                m[i][col] = UnivariatePolynomial.of();
            }
            previous = m[col][col];
        }
        return m[size - 1][size - 1];
    }

    private static UnivariatePolynomial times(UnivariatePolynomial p, UnivariatePolynomial q) {
        if (p.isZero() || q.isZero()) {
            return UnivariatePolynomial.of();
        }
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        for (int i = 0; i <= p.degree(); i++) {
            for (int j = 0; j <= q.degree(); j++) {
                terms.merge(i + j, p.coefficient(i).multiply(q.coefficient(j)), Rational::add);
            }
        }
        return UnivariatePolynomial.ofTerms(terms);
    }

    static UnivariatePolynomial scale(UnivariatePolynomial p, Rational c) {
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        for (int i = 0; i <= p.degree(); i++) {
            terms.put(i, p.coefficient(i).multiply(c));
        }
        return UnivariatePolynomial.ofTerms(terms);
    }
}
