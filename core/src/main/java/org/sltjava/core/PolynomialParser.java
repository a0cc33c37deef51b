package org.sltjava.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads user strings such as {@code (y^2 - x^3)^2} or {@code 0.5*x^2 + 3/2*y} into exact
 * {@link Polynomial}s.
 *
 * <p>The accepted language is small and checked first, so that every refusal names what was
 * wrong and where: integers, fractions ({@code 3/2}), decimals and scientific notation (read
 * exactly: {@code 0.1} = {@code 1/10}, {@code 1e-3} = {@code 1/1000}), variable names (a letter
 * followed by letters or digits), {@code + - * /}, {@code ^} with a non-negative integer exponent,
 * and parentheses. Division is allowed only by a non-zero constant. Function calls, implicit
 * products ({@code 2x}), fractional or negative exponents and unknown characters are refused.
 * The checked tree is expanded exactly, with no other library, under size limits that keep every
 * parse short: a text over a limit is refused with a message naming the limit.
 */
public final class PolynomialParser {

    /** The largest total degree a parsed expression may reach. */
    public static final int MAX_DEGREE = 200;
    /** The most terms an expansion (or any step of it) may have. */
    public static final int MAX_TERMS = 100_000;
    /** The most distinct variables a polynomial may have. */
    public static final int MAX_VARIABLES = 5_000;
    /** The most exponents (terms times variables) of the expanded polynomial. */
    public static final long MAX_CELLS = 20_000_000L;
    /** The most term-by-term products one parse may compute. */
    public static final long MAX_WORK = 4_000_000L;
    /** The most bits of a numerator or denominator of any coefficient. */
    public static final int MAX_COEFFICIENT_BITS = 65_536;
    /** The most digits of one number in the text. */
    public static final int MAX_NUMBER_DIGITS = 1_000;
    /** The most nested parentheses and signs. */
    public static final int MAX_NESTING = 200;
    /** The longest text read. */
    public static final int MAX_LENGTH = 2_000_000;

    private PolynomialParser() {
    }

    /**
     * Parses {@code text} into a polynomial.
     *
     * @throws InvalidInputException naming the offending token and its 1-based position, or the
     *     size limit the text goes over
     */
    public static Polynomial parse(String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidInputException("the polynomial text has " + text.length() + " characters, over the limit "
                    + MAX_LENGTH + " (MAX_LENGTH)", MAX_LENGTH + 1);
        }
        Checker checker = new Checker(text);
        Node root = checker.parseAll();
        return root.expansion.toPolynomial(checker.variables, checker.limits);
    }

    /** The text as an error message quotes it: long texts are cut in the middle. */
    static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 120) + " ... " + text.substring(text.length() - 60);
    }

    /** A checked subexpression: its expansion, whether it is constant (then its exact value) and a degree bound. */
    private record Node(SparseExpansion expansion, Rational value, int degree) {
        boolean isConstant() {
            return value != null;
        }
    }

    private enum Kind { NUMBER, NAME, OP, LPAREN, RPAREN, END }

    private record Token(Kind kind, String text, int position) {
        String describe() {
            return kind == Kind.END ? "the end of the input at position " + position : "'" + text + "' at position " + position;
        }
    }

    /** Tokenizer and recursive-descent checker of the accepted language, expanding as it goes. */
    private static final class Checker {
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private final List<String> variables = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final SparseExpansion.Limits limits;
        private int next;
        private int nesting;

        Checker(String text) {
            if (text == null || text.isBlank()) {
                throw new InvalidInputException("empty polynomial: expected an expression such as (x*y)^2", 1);
            }
            this.text = text;
            this.limits = new SparseExpansion.Limits(text);
            tokenize();
        }

        private void tokenize() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (isDigit(c) || (c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
                    i = number(i);
                } else if (c < 128 && Character.isLetter(c)) {
                    int j = i;
                    while (j < text.length() && text.charAt(j) < 128 && Character.isLetterOrDigit(text.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(Kind.NAME, text.substring(i, j), i + 1));
                    i = j;
                } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                    throw limits.refuse("'**' at position " + (i + 1) + " is not an operator here: write x^2 for powers", i + 1);
                } else if ("+-*/^".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.OP, String.valueOf(c), i + 1));
                    i++;
                } else if (c == '(') {
                    tokens.add(new Token(Kind.LPAREN, "(", i + 1));
                    i++;
                } else if (c == ')') {
                    tokens.add(new Token(Kind.RPAREN, ")", i + 1));
                    i++;
                } else {
                    String shown = Character.isISOControl(c) || Character.isSurrogate(c)
                            ? String.format("U+%04X", text.codePointAt(i)) : "'" + c + "'";
                    throw limits.refuse("unexpected character " + shown + " at position " + (i + 1)
                            + ": a polynomial uses numbers, variable names, + - * / ^ and parentheses", i + 1);
                }
            }
            tokens.add(new Token(Kind.END, "", text.length() + 1));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** Reads digits with at most one point and an optional exponent {@code e-3}; returns the index after it. */
        private int number(int i) {
            int j = i;
            while (j < text.length() && (isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
            if (j + 1 < text.length() && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
                int k = j + 1;
                if (text.charAt(k) == '+' || text.charAt(k) == '-') {
                    k++;
                }
                if (k < text.length() && isDigit(text.charAt(k))) {
                    while (k < text.length() && isDigit(text.charAt(k))) {
                        k++;
                    }
                    j = k;
                }
            }
            if (j - i > MAX_NUMBER_DIGITS) {
                throw limits.refuse("a number of " + (j - i) + " characters at position " + (i + 1) + ", over the limit "
                        + MAX_NUMBER_DIGITS + " (MAX_NUMBER_DIGITS)", i + 1);
            }
            tokens.add(new Token(Kind.NUMBER, text.substring(i, j), i + 1));
            return j;
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            return tokens.get(next++);
        }

        private boolean atOp(String op) {
            return peek().kind == Kind.OP && peek().text.equals(op);
        }

        Node parseAll() {
            Node n = sum();
            Token t = peek();
            if (t.kind != Kind.END) {
                if (t.kind == Kind.RPAREN) {
                    throw error("unmatched ')' at position " + t.position, t);
                }
                throw error("missing operator before " + t.describe() + " (write 2*x, not 2x or 2 x)", t);
            }
            return n;
        }

        private Node sum() {
            Node first = product();
            if (!atOp("+") && !atOp("-")) {
                return first;
            }
            SparseExpansion.Sum acc = new SparseExpansion.Sum(first.expansion);
            Rational value = first.value;
            int degree = first.degree;
            while (atOp("+") || atOp("-")) {
                Token op = take();
                Node rhs = product();
                boolean minus = op.text.equals("-");
                value = value != null && rhs.isConstant() ? (minus ? value.subtract(rhs.value) : value.add(rhs.value)) : null;
                degree = Math.max(degree, rhs.degree);
                acc.add(rhs.expansion, minus, limits, op.position);
            }
            return new Node(acc.result(), value, degree);
        }

        private Node product() {
            Node acc = unary();
            while (atOp("*") || atOp("/")) {
                Token op = take();
                Node rhs = unary();
                if (op.text.equals("/")) {
                    if (!rhs.isConstant()) {
                        throw error("division by an expression with variables after position " + op.position
                                + ": a polynomial may only be divided by a non-zero constant", op);
                    }
                    if (rhs.value.isZero()) {
                        throw error("division by zero after position " + op.position, op);
                    }
                    Rational inverse = rhs.value.reciprocal();
                    acc = new Node(acc.expansion.scale(inverse, limits, op.position),
                            acc.isConstant() ? acc.value.multiply(inverse) : null, acc.degree);
                } else {
                    int degree = checkDegree(acc.degree + rhs.degree, op);
                    acc = new Node(acc.expansion.times(rhs.expansion, limits, op.position),
                            acc.isConstant() && rhs.isConstant() ? acc.value.multiply(rhs.value) : null, degree);
                }
            }
            return acc;
        }

        private Node unary() {
            if (atOp("-") || atOp("+")) {
                Token op = take();
                enter(op);
                Node n = unary();
                nesting--;
                if (op.text.equals("+")) {
                    return n;
                }
                return new Node(n.expansion.scale(Rational.MINUS_ONE, limits, op.position),
                        n.isConstant() ? n.value.negate() : null, n.degree);
            }
            return power();
        }

        private Node power() {
            Node base = atom();
            if (!atOp("^")) {
                return base;
            }
            Token op = take();
            int k = exponent(op);
            int degree = checkDegree((long) base.degree * k, op);
            Rational v = base.isConstant() ? (k == 0 ? Rational.ONE : base.value.pow(k)) : null;
            return new Node(base.expansion.pow(k, limits, op.position), v, degree);
        }

        private int exponent(Token op) {
            Token t = peek();
            boolean paren = t.kind == Kind.LPAREN;
            if (paren) {
                take();
                t = peek();
            }
            if (t.kind != Kind.NUMBER || !t.text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                String found = t.kind == Kind.END ? "nothing" : "'" + t.text + "'";
                throw error("the exponent after '^' at position " + op.position
                        + " must be a non-negative integer, found " + found + " at position " + t.position, t);
            }
            take();
            if (paren) {
                Token close = peek();
                if (close.kind != Kind.RPAREN) {
                    throw error("the exponent after '^' at position " + op.position
                            + " must be a non-negative integer, found " + close.describe(), close);
                }
                take();
            }
            if (atOp("^")) {
                throw error("repeated '^' at position " + peek().position + ": write (a^b)^c with parentheses", peek());
            }
            BigInteger k = new BigInteger(t.text);
            if (k.compareTo(BigInteger.valueOf(MAX_DEGREE)) > 0) {
                throw error("exponent " + PolynomialParser.shorten(t.text) + " at position " + t.position
                        + " exceeds the limit " + MAX_DEGREE + " (MAX_DEGREE)", t);
            }
            return k.intValueExact();
        }

        private Node atom() {
            Token t = take();
            switch (t.kind) {
                case NUMBER -> {
                    Rational v = numberValue(t);
                    limits.checkCoefficient(v, t.position);
                    return new Node(SparseExpansion.constant(v), v, 0);
                }
                case NAME -> {
                    if (peek().kind == Kind.LPAREN) {
                        throw error("function '" + t.text + "' at position " + t.position
                                + " is not allowed: K must be a polynomial in its variables", t);
                    }
                    Integer idx = index.get(t.text);
                    if (idx == null) {
                        if (variables.size() >= MAX_VARIABLES) {
                            throw error("variable '" + t.text + "' at position " + t.position + " is one over the limit of "
                                    + MAX_VARIABLES + " variables (MAX_VARIABLES)", t);
                        }
                        idx = variables.size();
                        variables.add(t.text);
                        index.put(t.text, idx);
                    }
                    return new Node(SparseExpansion.variable(idx), null, 1);
                }
                case LPAREN -> {
                    enter(t);
                    Node inner = sum();
                    nesting--;
                    Token close = take();
                    if (close.kind != Kind.RPAREN) {
                        throw error("missing ')' for '(' at position " + t.position + ", found " + close.describe(), close);
                    }
                    return inner;
                }
                default -> throw error("expected a number, a variable or '(' but found " + t.describe(), t);
            }
        }

        private Rational numberValue(Token t) {
            String s = t.text;
            int e = Math.max(s.indexOf('e'), s.indexOf('E'));
            String mantissa = e < 0 ? s : s.substring(0, e);
            if (mantissa.indexOf('.') != mantissa.lastIndexOf('.')) {
                throw error("malformed number '" + s + "' at position " + t.position, t);
            }
            if (e >= 0 && s.length() - e - 1 > 6) {
                throw error("the exponent of '" + PolynomialParser.shorten(s) + "' at position " + t.position
                        + " is out of range: scientific notation is read exactly for exponents up to 1000 in size", t);
            }
            BigDecimal d = new BigDecimal(s);
            if (Math.abs((long) d.scale()) > 1000 + MAX_NUMBER_DIGITS) {
                throw error("the exponent of '" + s + "' at position " + t.position
                        + " is out of range: scientific notation is read exactly for exponents up to 1000 in size", t);
            }
            return Rational.of(d);
        }

        private void enter(Token t) {
            if (++nesting > MAX_NESTING) {
                throw error("more than " + MAX_NESTING + " nested parentheses or signs at position " + t.position
                        + " (MAX_NESTING)", t);
            }
        }

        private int checkDegree(long degree, Token where) {
            if (degree > MAX_DEGREE) {
                throw error("the total degree reaches " + degree + " at position " + where.position
                        + ", over the limit " + MAX_DEGREE + " (MAX_DEGREE)", where);
            }
            return (int) degree;
        }

        private InvalidInputException error(String message, Token at) {
            return limits.refuse(message, at.position);
        }
    }
}
