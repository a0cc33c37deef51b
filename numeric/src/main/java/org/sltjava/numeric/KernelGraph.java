package org.sltjava.numeric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled loss as a straight-line program: a directed acyclic graph of loads, constants,
 * products, sums, differences and fused multiply-adds in topological order, with equal
 * sub-expressions shared. It is what {@link CompiledKernel} turns into bytecode, one vector
 * operation per node.
 *
 * <p>The loss keeps the shape in which it was stated ({@link KernelProgram}): each square of a
 * sum of squares is evaluated once and squared, never expanded. Inside a polynomial, powers are
 * built by squaring ({@code x^4 = (x^2)^2}), monomials as products of powers from left to right,
 * so that monomials with a common prefix share it, and terms are accumulated with fused
 * multiply-adds (a coefficient of 1 or -1 costs an addition or a subtraction, no product).
 */
final class KernelGraph {

    /** What a node computes. */
    enum Op {
        /** Coordinate {@code a} of the point. */
        LOAD,
        /** The constant {@code constant}. */
        CONSTANT,
        /** {@code a * b}. */
        MUL,
        /** {@code a + b}. */
        ADD,
        /** {@code a - b}. */
        SUB,
        /** {@code a * b + c}, rounded once. */
        FMA
    }

    /** One node: the operation and its operands (node indices, or the coordinate for a load). */
    record Node(Op op, int a, int b, int c, double constant) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> index = new HashMap<>();
    private final int result;

    private KernelGraph(KernelProgram program) {
        int polys = program.polynomialCount();
        int[] polyStart = program.polyStart();
        int total = -1;
        for (int p = 0; p < polys; p++) {
            int f = polynomial(program, polyStart[p], polyStart[p + 1]);
            if (!program.isSumOfSquares()) {
                total = f;
            } else if (total < 0) {
                total = node(Op.MUL, f, f, -1, 0);
            } else {
                total = node(Op.FMA, f, f, total, 0);
            }
        }
        if (program.isSumOfSquares() && program.scale() != 1.0) {
            total = node(Op.MUL, total, constant(program.scale()), -1, 0);
        }
        result = total;
    }

    /** The graph of a compiled loss. */
    static KernelGraph of(KernelProgram program) {
        return new KernelGraph(program);
    }

    /** The nodes in an order where every operand comes before its use. */
    List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The node holding K. */
    int result() {
        return result;
    }

    private int polynomial(KernelProgram program, int from, int to) {
        double[] coefficients = program.coefficients();
        int acc = -1;
        for (int t = from; t < to; t++) {
            double c = coefficients[t];
            int monomial = monomial(program, t);
            if (monomial < 0) {
                int k = constant(c);
                acc = acc < 0 ? k : node(Op.ADD, acc, k, -1, 0);
            } else if (acc < 0) {
                acc = c == 1.0 ? monomial : node(Op.MUL, monomial, constant(c), -1, 0);
            } else if (c == 1.0) {
                acc = node(Op.ADD, acc, monomial, -1, 0);
            } else if (c == -1.0) {
                acc = node(Op.SUB, acc, monomial, -1, 0);
            } else {
                acc = node(Op.FMA, monomial, constant(c), acc, 0);
            }
        }
        return acc < 0 ? constant(0.0) : acc;
    }

    /** The product of the term's powers from left to right, or -1 for the empty monomial. */
    private int monomial(KernelProgram program, int t) {
        int[] termStart = program.termStart();
        int[] variable = program.factorVariable();
        int[] exponent = program.factorExponent();
        int product = -1;
        for (int k = termStart[t]; k < termStart[t + 1]; k++) {
            int power = power(variable[k], exponent[k]);
            product = product < 0 ? power : node(Op.MUL, product, power, -1, 0);
        }
        return product;
    }

    /** {@code x_i^e} by squaring: shared between all terms that need it. */
    private int power(int i, int e) {
        if (e == 1) {
            return node(Op.LOAD, i, -1, -1, 0);
        }
        if (e % 2 == 0) {
            int half = power(i, e / 2);
            return node(Op.MUL, half, half, -1, 0);
        }
        return node(Op.MUL, power(i, e - 1), power(i, 1), -1, 0);
    }

    private int constant(double c) {
        return node(Op.CONSTANT, -1, -1, -1, c);
    }

    /** The index of the node, added when no equal node exists (sums and products are keyed with ordered operands). */
    private int node(Op op, int a, int b, int c, double constant) {
        Node n = (op == Op.MUL || op == Op.ADD) && b < a ? new Node(op, b, a, c, constant) : new Node(op, a, b, c, constant);
        Integer existing = index.get(n);
        if (existing != null) {
            return existing;
        }
        nodes.add(n);
        index.put(n, nodes.size() - 1);
        return nodes.size() - 1;
    }
}
