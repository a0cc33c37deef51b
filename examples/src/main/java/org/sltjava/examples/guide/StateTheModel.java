package org.sltjava.examples.guide;

import org.sltjava.core.Problem;
import org.sltjava.core.RlctEngine;

/**
 * Guide, chapter 1: state K and a prior. K = x^2 y^2 on [-1, 1]^2, first with the uniform prior,
 * then with the prior density proportional to |y|. The guide derives 1/2 with m = 2, then 1/2 with
 * m = 1, from the monomial rule.
 */
public final class StateTheModel {

    private StateTheModel() {
    }

    public static void main(String[] args) {
        Problem uniform = Problem.builder()
                .parameters("x", "y")
                .loss("x^2*y^2")
                .box(-1, 1)
                .build();
        Problem weighted = uniform.toBuilder().weight("y").build();
        System.out.println(uniform);
        System.out.println("uniform prior: " + RlctEngine.standard().analyse(uniform));
        System.out.println(weighted);
        System.out.println("prior |y|: " + RlctEngine.standard().analyse(weighted));
    }
}
