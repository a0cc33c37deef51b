package org.sltjava.examples.guide;

import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * Guide, chapter 2: read the certificate. The cusp K = (y^2 - x^3)^2, asked locally at the origin,
 * is answered by the Newton polyhedron; the certificate lists the vertices, the exact linear
 * program behind 1/t0 and the orthants. The guide derives lambda = 5/12, m = 1 by hand.
 */
public final class ReadTheCertificate {

    private ReadTheCertificate() {
    }

    public static void main(String[] args) {
        Problem cusp = Problem.builder()
                .parameters("x", "y")
                .loss("(y^2 - x^3)^2")
                .box(-1, 1)
                .at("x", Rational.ZERO)
                .at("y", Rational.ZERO)
                .build();
        RlctResult r = RlctEngine.standard().analyse(cusp);
        System.out.println("cusp at the origin: " + r);
        System.out.println(r.certificate().text());
    }
}
