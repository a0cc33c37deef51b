package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sltjava.core.Budget;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;

/**
 * The state of one budgeted search, passed explicitly to every rule: the budget and its
 * {@link Deadline}, the depth and chart counters, the cycle guard (the local questions on the
 * current path), and the memo of factorisations and Newton answers. Sub-questions are put back
 * to the search through {@link #local} and {@link #global}, which apply the strategy. One
 * context serves one question on one thread; nothing of it is static or thread-local.
 */
public final class SearchContext {

    /** How the search answers a sub-question: the strategy of the engine that made the context. */
    public interface Strategy {
        /** The answer to a local question. */
        RlctResult local(Question q, int depth, SearchContext context);

        /** The answer to a global question. */
        RlctResult global(Question q, int depth, SearchContext context);
    }

    /**
     * Largest K (in terms) that is factored whole for powers, disjoint factors and linear
     * coordinates (factorising is cheap next to the Newton polyhedron of such a K, and each K is
     * factored once per search).
     */
    private static final int MAX_TERMS_TO_FACTOR_WHOLE = 2000;

    private final Budget budget;
    private final Deadline deadline;
    private final Problem rootProblem;
    private final Question root;
    private final Strategy strategy;
    private final NewtonEngine newton = new NewtonEngine();
    private final Map<Polynomial, Map<Polynomial, Integer>> factored = new HashMap<>();
    private final Map<List<Object>, RlctResult> newtonAnswers = new HashMap<>();
    private final Set<List<Object>> onPath = new HashSet<>();
    private final Map<Question, Charts.Centred> centred = new IdentityHashMap<>();
    private int charts;
    private Rational rootBound;

    private SearchContext(Problem rootProblem, Budget budget, Strategy strategy) {
        this.rootProblem = rootProblem;
        this.root = Question.of(rootProblem);
        this.budget = budget;
        this.deadline = Deadline.of(budget);
        this.strategy = strategy;
    }

    /** A search for the problem under the budget, answering sub-questions by the strategy. */
    public static SearchContext of(Problem problem, Budget budget, Strategy strategy) {
        return new SearchContext(problem, budget, strategy);
    }

    /**
     * The answer to a local sub-question asked with {@code 1/parts} of the remaining time, in a
     * search of its own (same strategy and root, its own caches); empty when that share ran out
     * inside an exact computation. For a rule whose sub-question may be beyond the budget while
     * the rules after it could still bound the question.
     */
    public Optional<RlctResult> localWithin(int parts, Question q, int depth) {
        try {
            return Optional.of(new SearchContext(rootProblem, budget.share(parts), strategy).local(q, depth));
        } catch (Deadline.Exceeded e) {
            return Optional.empty();
        }
    }

    /** The question the search was made for. */
    public Question root() {
        return root;
    }

    /** The budget of the whole search. */
    public Budget budget() {
        return budget;
    }

    /** The end of the budget, for the algorithms that check it. */
    public Deadline deadline() {
        return deadline;
    }

    /** The answer to a local sub-question, with the cycle guard kept. */
    public RlctResult local(Question q, int depth) {
        List<Object> key = key(q);
        onPath.add(key);
        try {
            return strategy.local(q, depth, this);
        } finally {
            onPath.remove(key);
        }
    }

    /** The answer to a global sub-question. */
    public RlctResult global(Question q, int depth) {
        return strategy.global(q, depth, this);
    }

    /** The answer to a sub-question, local or global as it is. */
    public RlctResult answer(Question q, int depth) {
        return q.isLocal() ? local(q, depth) : global(q, depth);
    }

    /** The local question centred at its point, computed once per question. */
    public Charts.Centred centred(Question q) {
        return centred.computeIfAbsent(q, Charts.Centred::of);
    }

    /** Whether the local question is already being analysed on the current path (up to a constant factor of K). */
    public boolean isOnPath(Question q) {
        return onPath.contains(key(q));
    }

    /** Counts one more chart or sub-question. */
    public void countChart() {
        charts++;
    }

    /** The charts and sub-questions counted so far. */
    public int charts() {
        return charts;
    }

    /** Whether time, depth or charts are used up at this depth. */
    public boolean exhausted(int depth) {
        return budget.expired() || depth >= budget.maxDepth() || charts >= budget.maxCharts();
    }

    /** What the budget reached, for a certificate. */
    public String budgetText(int depth) {
        return "budget reached (depth " + depth + " of " + budget.maxDepth() + ", charts " + charts + " of "
                + budget.maxCharts() + ", " + budget.elapsedMillis() + " ms of " + budget.time().toMillis() + " ms)";
    }

    /** The smallest bound Newton proved for the root question, if it was asked. */
    public Optional<Rational> rootBound() {
        return Optional.ofNullable(rootBound);
    }

    /**
     * The irreducible factors of p over Q with their multiplicities, computed once per search;
     * empty when p has more than {@value #MAX_TERMS_TO_FACTOR_WHOLE} terms.
     */
    public Optional<Map<Polynomial, Integer>> factors(Polynomial p) {
        if (p.termCount() > MAX_TERMS_TO_FACTOR_WHOLE) {
            return Optional.empty();
        }
        Map<Polynomial, Integer> f = factored.get(p);
        if (f == null) {
            f = JasAlgebra.over(new ArrayList<>(p.variables()), deadline).factors(p);
            factored.put(p, f);
        }
        return Optional.of(f);
    }

    /**
     * Newton's answer for q, once per search: for the question asked (which the standard chain
     * may have just put to Newton, so its answer is taken from the budget's answers) with the
     * whole budget, for the sub-questions with at most a quarter of it, so that one large
     * polyhedron cannot use up the time the other rules need.
     */
    public RlctResult newton(Question q) {
        if (q == root) {
            RlctResult n = newton.analyse(rootProblem, budget);
            rootBound = n.lambdaUpper().orElse(null);
            return n;
        }
        List<Object> key = List.of(q.k(), q.weight(), q.box(), q.point());
        RlctResult known = newtonAnswers.get(key);
        if (known == null) {
            known = newton.analyse(q, budget.atMost(budget.time().dividedBy(4)));
            newtonAnswers.put(key, known);
        }
        return known;
    }

    /**
     * What identifies a local question for the cycle check: K scaled to a first coefficient of 1
     * (a constant factor changes neither lambda nor m), the weight, the box and the point.
     */
    private static List<Object> key(Question q) {
        Polynomial k = q.k();
        if (k.isZero()) {
            return List.of(k, q.weight(), q.box(), q.point());
        }
        Rational lead = k.termsOver(q.parameters()).values().iterator().next();
        return List.of(k.scale(lead.reciprocal()), q.weight(), q.box(), q.point());
    }
}
