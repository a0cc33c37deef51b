package org.sltjava.symja;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Rational;

/**
 * Reads K written in Mathematica/Symja syntax, which the core's {@link PolynomialParser} does not
 * accept: {@code Expand[...]}, {@code Sum[x^i, {i, 1, 3}]}, implicit products {@code 2 x y},
 * matrix products such as {@code Total[Flatten[({{a, b}}.{{c}, {d}} - {{1}})^2]]} for a quick
 * model. Symja evaluates and expands the text; the result must be a polynomial with rational
 * coefficients in variables named like the core's (a letter followed by letters or digits).
 *
 * <p>The error contract is the core parser's: every refusal is an {@link InvalidInputException}
 * with a message meant for the user, and a text that Symja cannot expand within the time limit
 * is refused, not waited for. Symja's own traps are refused rather than guessed at: decimals
 * (Symja makes them floating point; write {@code 1/10}), symbols Symja treats as constants
 * ({@code Pi}, {@code E}, {@code I}) and anything that does not expand to a polynomial.
 *
 * <p>Symja evaluators are not thread-safe; each call builds its own on a daemon thread of its own,
 * so calls from several threads are safe and an abandoned expansion never keeps the JVM alive.
 */
public final class SymjaReader {

    /** The time a call may take by default. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    private SymjaReader() {
    }

    /** Reads {@code text} within {@link #DEFAULT_LIMIT}. */
    public static Polynomial parse(String text) {
        return parse(text, DEFAULT_LIMIT);
    }

    /**
     * Reads {@code text}, giving up after {@code limit}.
     *
     * @throws InvalidInputException when the text is not read, not a polynomial with rational
     *     coefficients, over the core parser's size limits, or not expanded within the limit
     */
    public static Polynomial parse(String text, Duration limit) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty expression: expected a polynomial such as Expand[(x y - 1)^2]", 1);
        }
        if (text.matches("(?s).*\\.\\d.*")) {
            throw new InvalidInputException("in '" + text + "': decimals become floating point in Symja; write fractions such as 1/10");
        }
        AtomicReference<EvalEngine> engine = new AtomicReference<>();
        FutureTask<Polynomial> task = new FutureTask<>(() -> expand(text, engine));
        Thread worker = new Thread(task, "slt-symja");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(worker, engine);
            throw new InvalidInputException("in '" + text + "': Symja did not expand the expression within "
                    + limit.toMillis() + " ms");
        } catch (InterruptedException e) {
            stop(worker, engine);
            Thread.currentThread().interrupt();
            throw new InvalidInputException("in '" + text + "': interrupted while Symja expanded the expression");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("in '" + text + "': Symja could not read the expression: " + e.getCause().getMessage());
        }
    }

    /**
     * Stops an abandoned expansion: Symja does not look at the thread's interrupt flag but at its
     * engine's stop request, which it checks at every evaluation step. Without it the expansion
     * ran on and held a core until the JVM exited.
     */
    private static void stop(Thread worker, AtomicReference<EvalEngine> engine) {
        EvalEngine e = engine.get();
        if (e != null) {
            e.stopRequest();
        }
        worker.interrupt();
    }

    private static Polynomial expand(String text, AtomicReference<EvalEngine> engine) {
        ExprEvaluator util = new ExprEvaluator(false, (short) 100);
        engine.set(util.getEvalEngine());
        util.getEvalEngine().setQuietMode(true);
        IExpr expr;
        try {
            expr = util.eval(F.Expand(util.parse(text)));
        } catch (RuntimeException e) {
            throw new InvalidInputException("in '" + text + "': Symja could not read or expand the expression: " + e.getMessage());
        }
        IExpr vars = util.eval(F.Variables(expr));
        if (!(vars instanceof IAST varList) || !varList.isList()) {
            throw notPolynomial(text, expr);
        }
        List<String> names = new ArrayList<>();
        for (IExpr v : varList) {
            if (!v.isSymbol()) {
                throw notPolynomial(text, expr);
            }
            String name = v.toString();
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new InvalidInputException("in '" + text + "': '" + name + "' is not a variable name (a letter followed by letters or digits)");
            }
            names.add(name);
        }
        if (names.size() > PolynomialParser.MAX_VARIABLES) {
            throw new InvalidInputException("in '" + text + "': " + names.size() + " variables, over the limit "
                    + PolynomialParser.MAX_VARIABLES + " (MAX_VARIABLES)");
        }
        if (names.isEmpty()) {
            return Polynomial.constant(rational(text, expr));
        }
        IExpr rules = util.eval(F.binaryAST2(S.CoefficientRules, expr, varList));
        if (!(rules instanceof IAST list) || !list.isList()) {
            throw notPolynomial(text, expr);
        }
        if (list.argSize() > PolynomialParser.MAX_TERMS) {
            throw new InvalidInputException("in '" + text + "': the expansion has " + list.argSize() + " terms, over the limit "
                    + PolynomialParser.MAX_TERMS + " (MAX_TERMS)");
        }
        Map<Monomial, Rational> terms = new LinkedHashMap<>();
        for (IExpr rule : list) {
            if (!(rule instanceof IAST r) || !r.isRuleAST() || !(r.arg1() instanceof IAST exps)) {
                throw notPolynomial(text, expr);
            }
            int[] e = new int[names.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = exps.get(i + 1).toIntDefault(-1);
                if (e[i] < 0 || e[i] > PolynomialParser.MAX_DEGREE) {
                    throw new InvalidInputException("in '" + text + "': the exponent " + exps.get(i + 1) + " of " + names.get(i)
                            + " is not an integer from 0 to " + PolynomialParser.MAX_DEGREE);
                }
            }
            terms.merge(Monomial.of(e), rational(text, r.arg2()), Rational::add);
        }
        return Polynomial.fromTerms(names, terms);
    }

    private static Rational rational(String text, IExpr e) {
        if (!e.isRational()) {
            throw new InvalidInputException("in '" + text + "': not a polynomial with rational coefficients: Symja gives the"
                    + " coefficient " + e + " (Pi, E and I are constants in Symja; decimals are floating point)");
        }
        IRational q = (IRational) e;
        return Rational.of(q.toBigNumerator(), q.toBigDenominator());
    }

    private static InvalidInputException notPolynomial(String text, IExpr expanded) {
        String shown = expanded.toString();
        return new InvalidInputException("in '" + text + "': not a polynomial: Symja expands it to "
                + (shown.length() > 200 ? shown.substring(0, 200) + " ..." : shown));
    }
}
