package org.sltjava.examples.guide;

import java.util.List;
import java.util.Map;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.model.ModelFamilies;
import org.sltjava.core.model.RegressionModel;

/**
 * Guide, chapter 3: from a model to K. A regression y = a b x + noise with x standard normal and
 * true parameter a = b = 0, and reduced-rank regression with M = N = 2, H = 1 and true matrix 0
 * from the model families. The guide derives K = (a b)^2 / 2 (lambda = 1/2, m = 2) and the
 * closed form of Aoyagi and Watanabe (2005) for the second (lambda = 1, m = 2).
 */
public final class FromAModel {

    private FromAModel() {
    }

    public static void main(String[] args) {
        RegressionModel line = RegressionModel.builder()
                .inputs(List.of("x"))
                .parameters(List.of("a", "b"))
                .output(PolynomialParser.parse("a*b*x"))
                .trueParameters(Map.of("a", Rational.ZERO, "b", Rational.ZERO))
                .build();
        Problem p = line.problem().box(-1, 1).build();
        System.out.println("K(a, b) = " + line.loss());
        System.out.println("regression y = a b x: " + RlctEngine.standard().analyse(p));

        Rational[][] zero = {{Rational.ZERO, Rational.ZERO}, {Rational.ZERO, Rational.ZERO}};
        Problem rrr = ModelFamilies.reducedRankRegression(2, 2, 1, zero).problem().box(-2, 2).build();
        System.out.println("K(w) = " + rrr.loss());
        System.out.println("reduced-rank regression M=2 N=2 H=1 r=0: " + RlctEngine.standard().analyse(rrr));
    }
}
