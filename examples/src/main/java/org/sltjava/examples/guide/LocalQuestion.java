package org.sltjava.examples.guide;

import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;

/**
 * Guide, chapter 4: a local question at a true parameter. K = (a b)^2 vanishes on both axes; the
 * guide derives that at the true parameter (a, b) = (0, 1/2) the answer is lambda = 1/2, m = 1,
 * while the global answer (the worst point, the origin) is lambda = 1/2, m = 2.
 */
public final class LocalQuestion {

    private LocalQuestion() {
    }

    public static void main(String[] args) {
        Problem global = Problem.builder().parameters("a", "b").loss("(a*b)^2").box(-1, 1).build();
        Problem local = global.toBuilder().at("a", Rational.ZERO).at("b", Rational.HALF).build();
        System.out.println("global: " + RlctEngine.standard().analyse(global));
        System.out.println("at a=0, b=1/2: " + RlctEngine.standard().analyse(local));
    }
}
