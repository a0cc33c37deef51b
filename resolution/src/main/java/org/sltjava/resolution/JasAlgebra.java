package org.sltjava.resolution;

import edu.jas.application.Ideal;
import edu.jas.application.IdealWithUniv;
import edu.jas.arith.BigRational;
import edu.jas.gb.GroebnerBaseAbstract;
import edu.jas.gb.GroebnerBaseSeq;
import edu.jas.gb.ReductionSeq;
import edu.jas.kern.ComputerThreads;
import edu.jas.kern.JASConfig;
import edu.jas.kern.PreemptStatus;
import edu.jas.kern.PreemptingException;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.TermOrder;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;
import edu.jas.ufd.GCDFactory;
import edu.jas.ufd.GreatestCommonDivisor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * Exact commutative algebra over the rationals through JAS (sequential algorithms only, so no
 * thread pool is started; every call stops at the algebra's {@link Deadline}): factorisation into irreducibles, Groebner bases (the unit-ideal test
 * that proves a polynomial system has no complex zero, or none in the complex torus), rational
 * solutions of zero-dimensional systems, and the rank of a polynomial matrix over the field of
 * rational functions (Bareiss elimination, exact divisions).
 */
public final class JasAlgebra {

    /** The first slice of time for a factorisation in one order of the variables (see {@link #factors}). */
    private static final long FIRST_SLICE_NANOS = 300_000_000L;
    /** Without a deadline, the slice after which the last order tried runs to its end. */
    private static final long LAST_SLICE_NANOS = 19_200_000_000L;

    private final List<String> vars;
    private final GenPolynomialRing<BigRational> ring;
    private final Deadline deadline;

    private JasAlgebra(List<String> vars, int termOrder, Deadline deadline) {
        sequentialAndPreemptible();
        this.vars = List.copyOf(vars);
        this.deadline = deadline;
        this.ring = new GenPolynomialRing<>(BigRational.ONE, vars.size(), new TermOrder(termOrder),
                vars.toArray(String[]::new));
    }

    /**
     * Puts JAS's global switches where a budget needs them, before every use: sequential (its
     * factorisation otherwise runs two gcd algorithms side by side on a global pool of non-daemon
     * threads, which keep a user's JVM alive for a minute after main returns and cannot be
     * interrupted), preemptible (an interrupt stops a computation at its next polynomial), and
     * without a degree limit on Kronecker substitution (JAS's default), so that an answer does not
     * depend on what else runs in the JVM. The switches are global; Symja, when it is on the class
     * path, turns the first two off and sets that limit as it starts.
     */
    static void sequentialAndPreemptible() {
        ComputerThreads.setNoThreads();
        PreemptStatus.setAllow();
        JASConfig.MAX_DEGREE_KRONECKER_FACTORIZATION = -1;
        JASConfig.MAX_ITERATIONS_KRONECKER_FACTORIZATION = -1;
    }

    /**
     * The algebra of polynomials in {@code vars} (lexicographic order, first variable smallest: a
     * basis of a zero-dimensional ideal holds a polynomial in the first variable alone).
     */
    public static JasAlgebra over(List<String> vars, Deadline deadline) {
        return new JasAlgebra(vars, TermOrder.INVLEX, deadline);
    }

    /**
     * A prime ideal over Q: its generators (a Groebner basis) and the dimension of its complex
     * zero set.
     */
    record Prime(List<Polynomial> generators, int dimension) {
    }

    /**
     * {@link #primes}, or empty when JAS declines the decomposition (an arithmetic or argument
     * error from its algorithms), for callers that then give up on the question rather than fail.
     */
    Optional<List<Prime>> primesIfDecided(List<Polynomial> system) {
        try {
            return Optional.of(primes(system));
        } catch (ArithmeticException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The minimal primes over Q of the ideal the system generates (JAS's prime decomposition of
     * its radical: zero-dimensional ideals by factoring univariate eliminants, positive-dimensional
     * ones by extension to the field of rational functions in a maximal independent set and
     * contraction), each with its dimension; empty for the unit ideal, the whole space (dimension
     * d, no generator) for the zero ideal. Computed in this algebra's
     * lexicographic order (JAS's normal position needs one), stopping at the algebra's {@link Deadline}.
     */
    List<Prime> primes(List<Polynomial> system) {
        List<GenPolynomial<BigRational>> in = new ArrayList<>();
        for (Polynomial p : system) {
            if (!p.isZero()) {
                in.add(toJas(p));
            }
        }
        if (in.isEmpty()) {
            return List.of(new Prime(List.of(), vars.size()));
        }
        return deadline.interruptibly(() -> {
            Ideal<BigRational> ideal = new Ideal<>(ring, in);
            if (ideal.isONE()) {
                return List.<Prime>of();
            }
            List<Prime> out = new ArrayList<>();
            for (IdealWithUniv<BigRational> c : ideal.primeDecomposition()) {
                if (c.ideal.isONE()) {
                    continue;
                }
                List<Polynomial> gens = c.ideal.getList().stream().map(this::fromJas).toList();
                out.add(new Prime(gens, c.ideal.dimension().d));
            }
            if (out.isEmpty()) {
                throw new ArithmeticException("the prime decomposition of an ideal other than (1) gave no component");
            }
            return out;
        });
    }

    /**
     * A variable name not among {@code taken}: {@code base}, else {@code base1}, {@code base2}, ...
     * (letters and digits only, as the parser's names are).
     */
    static String freshName(Collection<String> taken, String base) {
        String name = base;
        for (int i = 1; taken.contains(name); i++) {
            name = base + i;
        }
        return name;
    }

    /**
     * The names {@code g1, ..., gc} for new variables, each made fresh against {@code vars} (a
     * suffix is added to a name the parameters already use).
     */
    static List<String> freshNames(List<String> vars, int c) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= c; i++) {
            List<String> taken = new ArrayList<>(vars);
            taken.addAll(out);
            out.add(freshName(taken, "g" + i));
        }
        return out;
    }

    /**
     * The component with each generator replaced by its squarefree part (the product of its
     * distinct irreducible factors), which has the same zero set: JAS's decomposition of a
     * positive-dimensional ideal can return a generator such as {@code (z - q(x))^3}, whose
     * Jacobian vanishes on the component although the component is smooth. The basis is recomputed
     * in this algebra's order when a generator changed.
     */
    Prime withSquarefreeGenerators(Prime prime) {
        List<Polynomial> gens = new ArrayList<>();
        boolean changed = false;
        for (Polynomial g : prime.generators()) {
            Map<Polynomial, Integer> factors = factors(g);
            if (factors.values().stream().anyMatch(e -> e > 1)) {
                gens.add(factors.keySet().stream().reduce(Polynomial.one(), Polynomial::multiply));
                changed = true;
            } else {
                gens.add(g);
            }
        }
        return changed ? new Prime(groebnerBasis(gens), prime.dimension()) : prime;
    }

    /**
     * Whether the system has no common complex zero at which {@code g} is non-zero: the system
     * with {@code 1 - t g}, for a new variable t, has the Groebner basis {1} (Rabinowitsch).
     */
    boolean hasNoComplexZeroWhereNonZero(List<Polynomial> system, Polynomial g) {
        if (g.isZero()) {
            return true;
        }
        String t = freshName(vars, "t");
        List<String> all = new ArrayList<>(vars);
        all.add(t);
        List<Polynomial> withT = new ArrayList<>(system);
        withT.add(Polynomial.one().subtract(Polynomial.variable(t).multiply(g)));
        return new JasAlgebra(all, TermOrder.IGRLEX, deadline).hasNoComplexZero(withT);
    }

    /** The algebra of polynomials in {@code vars} in the graded order (Groebner bases that are not for elimination). */
    static JasAlgebra graded(List<String> vars, Deadline deadline) {
        return new JasAlgebra(vars, TermOrder.IGRLEX, deadline);
    }

    GenPolynomial<BigRational> toJas(Polynomial p) {
        GenPolynomial<BigRational> out = ring.getZERO();
        int n = vars.size();
        for (Map.Entry<Monomial, Rational> t : p.termsOver(vars).entrySet()) {
            long[] e = new long[n];
            for (int i = 0; i < n; i++) {
                e[n - 1 - i] = t.getKey().get(i);
            }
            BigRational c = new BigRational(t.getValue().numerator()).divide(new BigRational(t.getValue().denominator()));
            out = out.sum(c, ExpVector.create(e));
        }
        return out;
    }

    Polynomial fromJas(GenPolynomial<BigRational> p) {
        Map<Monomial, Rational> terms = new LinkedHashMap<>();
        int n = vars.size();
        for (Map.Entry<ExpVector, BigRational> t : p.getMap().entrySet()) {
            int[] e = new int[n];
            for (int i = 0; i < n; i++) {
                e[i] = (int) t.getKey().getVal(n - 1 - i);
            }
            BigInteger num = t.getValue().numerator();
            BigInteger den = t.getValue().denominator();
            terms.put(Monomial.of(e), Rational.of(num, den));
        }
        return Polynomial.fromTerms(vars, terms);
    }

    /**
     * The non-constant irreducible factors of {@code p} with their multiplicities. JAS's time for
     * one multivariate polynomial varies by orders of magnitude with the coordinates (its Hensel
     * lifting may fall back to Kronecker substitution): measured on products of two quadratics in
     * 3 variables, over 3 s in the given coordinates in most tries and 10 to 500 ms after the shear
     * {@code v_i -> v_i + v_(i-1)}; on products of degree 6 in 4 variables, 30 ms in one order of
     * the variables and over 6 s in another. So the variables' orders (this algebra's, then its
     * rotations) are tried in turn, each as it is and sheared, for a slice of time that doubles
     * per round ({@link #FIRST_SLICE_NANOS} first), until one ends or the deadline passes. A
     * factor g of the sheared {@code p o S} gives the factor {@code g o S^-1} of p (a linear change
     * of coordinates keeps irreducibility and multiplicities), and the product of the factors is
     * checked against p. The factors come sorted (by degree, then text), so that the answer does
     * not depend on which attempt ended first.
     */
    public Map<Polynomial, Integer> factors(Polynomial p) {
        int n = vars.size();
        for (long slice = FIRST_SLICE_NANOS; ; slice *= 2) {
            boolean last = !deadline.isLimited() && slice >= LAST_SLICE_NANOS;
            for (int attempt = 0; attempt < (n < 2 ? 1 : 2 * n); attempt++) {
                int shift = attempt / 2;
                List<String> order = new ArrayList<>(vars.subList(shift, n));
                order.addAll(vars.subList(0, shift));
                JasAlgebra in = new JasAlgebra(order, TermOrder.INVLEX, last ? deadline : deadline.within(slice));
                try {
                    Map<Polynomial, Integer> out = attempt % 2 == 0 ? in.factorsOnce(p) : in.factorsSheared(p);
                    return sorted(out.entrySet().stream().collect(LinkedHashMap::new, (m, e) -> m.put(monic(e.getKey()), e.getValue()),
                            Map::putAll));
                } catch (Deadline.Exceeded e) {
                    if (deadline.passed()) {
                        throw e;
                    }
                }
            }
        }
    }

    /** JAS's factors of p in this algebra's order, constant factors left out. */
    private Map<Polynomial, Integer> factorsOnce(Polynomial p) {
        Map<Polynomial, Integer> out = new LinkedHashMap<>();
        FactorAbstract<BigRational> engine = FactorFactory.getImplementation(BigRational.ONE);
        deadline.interruptibly(() -> engine.factors(toJas(p))).forEach((f, e) -> {
            if (!f.isConstant()) {
                out.put(fromJas(f), e.intValue());
            }
        });
        return out;
    }

    /** The factors of p through those of {@code p o S}, {@code S: v_i -> v_i + v_(i-1)}, checked by their product. */
    private Map<Polynomial, Integer> factorsSheared(Polynomial p) {
        Map<String, Polynomial> shear = new LinkedHashMap<>();
        Map<String, Polynomial> inverse = new LinkedHashMap<>();
        Polynomial previous = Polynomial.zero();
        for (int i = 0; i < vars.size(); i++) {
            Polynomial v = Polynomial.variable(vars.get(i));
            shear.put(vars.get(i), i == 0 ? v : v.add(Polynomial.variable(vars.get(i - 1))));
            previous = v.subtract(previous);
            inverse.put(vars.get(i), previous);
        }
        Map<Polynomial, Integer> out = new LinkedHashMap<>();
        Polynomial product = Polynomial.one();
        for (Map.Entry<Polynomial, Integer> f : factorsOnce(p.substitute(shear)).entrySet()) {
            Polynomial g = f.getKey().substitute(inverse);
            out.merge(g, f.getValue(), Integer::sum);
            product = product.multiply(g.pow(f.getValue()));
        }
        Rational lead = p.termsOver(vars).values().iterator().next();
        Rational productLead = product.termsOver(vars).get(p.termsOver(vars).keySet().iterator().next());
        if (productLead == null || !product.scale(lead.divide(productLead)).equals(p)) {
            throw new IllegalStateException("the factors of the sheared " + p + " do not multiply back to it: " + out);
        }
        return out;
    }

    /** The variables of this algebra, in its order. */
    public List<String> variables() {
        return vars;
    }

    /** The greatest common divisor of a and b over Q, with leading coefficient one (one for coprime polynomials). */
    public Polynomial gcd(Polynomial a, Polynomial b) {
        GreatestCommonDivisor<BigRational> engine = GCDFactory.getImplementation(BigRational.ONE);
        return monic(fromJas(deadline.interruptibly(() -> engine.gcd(toJas(a), toJas(b)))));
    }

    /** The quotient a / b when b divides a exactly over Q (division by one polynomial leaves no remainder exactly then). */
    public Optional<Polynomial> quotient(Polynomial a, Polynomial b) {
        GenPolynomial<BigRational>[] qr = toJas(a).quotientRemainder(toJas(b));
        Polynomial q = fromJas(qr[0]);
        return qr[1].isZERO() && q.multiply(b).equals(a) ? Optional.of(q) : Optional.empty();
    }

    private static Map<Polynomial, Integer> sorted(Map<Polynomial, Integer> factors) {
        Map<Polynomial, Integer> out = new LinkedHashMap<>();
        factors.keySet().stream().sorted(Comparator.comparingInt(Polynomial::totalDegree).thenComparing(Polynomial::toString))
                .forEach(f -> out.put(f, factors.get(f)));
        return out;
    }

    /** The polynomial divided by the coefficient of its leading term (so that factors compare equal). */
    private Polynomial monic(Polynomial p) {
        Rational lead = p.termsOver(vars).entrySet().iterator().next().getValue();
        return p.scale(lead.reciprocal());
    }

    private List<GenPolynomial<BigRational>> groebner(List<Polynomial> system) {
        GroebnerBaseAbstract<BigRational> gb = new GroebnerBaseSeq<>(new StoppableReduction());
        List<GenPolynomial<BigRational>> in = new ArrayList<>();
        for (Polynomial p : system) {
            if (!p.isZero()) {
                in.add(toJas(p));
            }
        }
        return in.isEmpty() ? List.of() : deadline.interruptibly(() -> gb.GB(in));
    }

    /**
     * Buchberger's normal forms that stop, between two of them, once the thread is interrupted
     * ({@link Deadline#interruptibly} leaves such a computation at the limit), so that an
     * abandoned basis does not keep a processor for minutes.
     */
    private static final class StoppableReduction extends ReductionSeq<BigRational> {
        private static final long serialVersionUID = 1L;

        @Override
        public GenPolynomial<BigRational> normalform(List<GenPolynomial<BigRational>> basis, GenPolynomial<BigRational> p) {
            if (Thread.currentThread().isInterrupted()) {
                throw new PreemptingException("stopped at the time limit");
            }
            return super.normalform(basis, p);
        }
    }

    /** The reduced Groebner basis in this algebra's order (empty for the zero ideal, {1} for the unit ideal). */
    List<Polynomial> groebnerBasis(List<Polynomial> system) {
        return groebner(system).stream().map(this::fromJas).toList();
    }

    /**
     * The normal form of p modulo the ideal of the system, in this algebra's order: the remainder
     * of p on division by the system's reduced Groebner basis, so that {@code p - normalForm} lies
     * in the ideal.
     */
    Polynomial normalForm(List<Polynomial> system, Polynomial p) {
        List<GenPolynomial<BigRational>> basis = groebner(system);
        GenPolynomial<BigRational> in = toJas(p);
        return fromJas(deadline.interruptibly(() -> new StoppableReduction().normalform(basis, in)));
    }

    /** Whether the system has no common zero over the complex numbers (its Groebner basis is {1}). */
    public boolean hasNoComplexZero(List<Polynomial> system) {
        List<GenPolynomial<BigRational>> g = groebner(system);
        return g.stream().anyMatch(p -> p.isConstant() && !p.isZERO());
    }

    /**
     * Whether the system has no common zero in the complex torus {@code (C \ {0})^n} of
     * {@code vars}: the Groebner basis of the system together with {@code 1 - t * prod vars}, for
     * a new variable {@code t}, is {1} (Rabinowitsch: a common zero with every coordinate non-zero
     * would extend to a zero of all of them with {@code t = 1 / prod vars}). The basis is computed
     * in the graded order, which reaches {1} much sooner than the lexicographic one; like every
     * call into JAS here it stops at the deadline ({@link Deadline#interruptibly}),
     * and callers keep the system small so that it rarely has to.
     */
    static boolean hasNoZeroInTorus(List<String> vars, List<Polynomial> system, Deadline deadline) {
        Polynomial product = Polynomial.one();
        for (String v : vars) {
            product = product.multiply(Polynomial.variable(v));
        }
        return over(vars, deadline).hasNoComplexZeroWhereNonZero(system, product);
    }

    /**
     * The real solutions of a zero-dimensional system when they are all rational; empty when the
     * system is not zero-dimensional or some real solution may be irrational (then nothing is
     * claimed). An inconsistent system gives an empty list inside the optional.
     */
    public Optional<List<Map<String, Rational>>> rationalRealSolutions(List<Polynomial> system) {
        List<GenPolynomial<BigRational>> g = groebner(system);
        if (g.stream().anyMatch(p -> p.isConstant() && !p.isZERO())) {
            return Optional.of(List.of());
        }
        List<Polynomial> basis = g.stream().map(this::fromJas).toList();
        Polynomial univariate = null;
        String variable = null;
        for (Polynomial p : basis) {
            if (p.variables().size() == 1) {
                univariate = p;
                variable = p.variables().first();
                break;
            }
        }
        if (univariate == null) {
            return Optional.empty();
        }
        List<Rational> roots = new ArrayList<>();
        JasAlgebra one = over(List.of(variable), deadline);
        for (Map.Entry<Polynomial, Integer> f : one.factors(univariate).entrySet()) {
            UnivariatePolynomial u = univariate(f.getKey(), variable);
            if (u.degree() == 1) {
                roots.add(u.coefficient(0).negate().divide(u.coefficient(1)));
            } else if (u.positiveRootCount() > 0 || u.negateArgument().positiveRootCount() > 0) {
                return Optional.empty();
            }
        }
        List<String> rest = new ArrayList<>(vars);
        rest.remove(variable);
        List<Map<String, Rational>> out = new ArrayList<>();
        for (Rational r : roots) {
            Map<String, Polynomial> sub = Map.of(variable, Polynomial.constant(r));
            List<Polynomial> reduced = basis.stream().map(p -> p.substitute(sub)).toList();
            if (rest.isEmpty()) {
                if (reduced.stream().allMatch(Polynomial::isZero)) {
                    out.add(new LinkedHashMap<>(Map.of(variable, r)));
                }
                continue;
            }
            Optional<List<Map<String, Rational>>> sub2 = over(rest, deadline).rationalRealSolutions(reduced);
            if (sub2.isEmpty()) {
                return Optional.empty();
            }
            for (Map<String, Rational> s : sub2.get()) {
                Map<String, Rational> point = new LinkedHashMap<>();
                for (String v : vars) {
                    point.put(v, v.equals(variable) ? r : s.get(v));
                }
                out.add(point);
            }
        }
        return Optional.of(out);
    }

    /** {@code p} as a univariate polynomial in {@code variable} (its only variable). */
    public static UnivariatePolynomial univariate(Polynomial p, String variable) {
        Map<Integer, Rational> terms = new LinkedHashMap<>();
        p.termsOver(List.of(variable)).forEach((m, c) -> terms.put(m.get(0), c));
        return UnivariatePolynomial.ofTerms(terms);
    }

    /**
     * The rank of a polynomial matrix over the field of rational functions, by fraction-free
     * (Bareiss) elimination with exact divisions.
     */
    public int genericRank(List<List<Polynomial>> rows) {
        return deadline.interruptibly(() -> bareissRank(rows));
    }

    private int bareissRank(List<List<Polynomial>> rows) {
        int r = rows.size();
        if (r == 0) {
            return 0;
        }
        int c = rows.getFirst().size();
        List<List<GenPolynomial<BigRational>>> a = new ArrayList<>();
        for (List<Polynomial> row : rows) {
            a.add(new ArrayList<>(row.stream().map(this::toJas).toList()));
        }
        GenPolynomial<BigRational> previous = ring.getONE();
        int rank = 0;
        for (int col = 0; col < c && rank < r; col++) {
            int pivot = -1;
            for (int i = rank; i < r; i++) {
                if (!a.get(i).get(col).isZERO()) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            List<GenPolynomial<BigRational>> tmp = a.get(pivot);
            a.set(pivot, a.get(rank));
            a.set(rank, tmp);
            GenPolynomial<BigRational> p = a.get(rank).get(col);
            for (int i = rank + 1; i < r; i++) {
                List<GenPolynomial<BigRational>> row = a.get(i);
                GenPolynomial<BigRational> f = row.get(col);
                for (int j = col; j < c; j++) {
                    row.set(j, p.multiply(row.get(j)).subtract(f.multiply(a.get(rank).get(j))).divide(previous));
                }
            }
            previous = p;
            rank++;
        }
        return rank;
    }
}
