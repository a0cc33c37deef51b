package org.sltjava.tests.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;
import org.sltjava.resolution.NewtonEngine;

/**
 * The Newton engine against a closed form on a family whose mixed-sign faces have dimension two
 * or more: {@code K = f^2} with {@code f = sum_i c_i x_i^(p_i)} in three or four variables
 * ({@code c_i} non-zero integers, {@code p_i >= 2}), at the origin with a uniform prior.
 *
 * <p>The closed form, derived without the Newton polyhedron. Put {@code rho = sum 1/p_i}. In an
 * orthant where the signed coefficients {@code c_i s_i^(p_i)} all have one sign, {@code |f|} is
 * comparable to {@code sum |x_i|^(p_i)}, so K to {@code sum x_i^(2 p_i)}: a disjoint sum of
 * monomials, lambda = {@code sum 1/(2 p_i)} = rho/2, m = 1. In an orthant with both signs, the
 * weighted polar coordinates {@code x_i = r^(1/p_i) theta_i} (on {@code sum |theta_i|^(p_i) = 1})
 * give {@code f = r f~(theta)} with Jacobian {@code r^(rho - 1)}, so the pole {@code -rho/2} from
 * r; {@code f~} has real zeros there and they are smooth (its gradient {@code (c_i p_i
 * theta_i^(p_i - 1))} vanishes only at 0), so {@code |f~|^(2z)} adds the pole -1/2, crossing
 * {@code r = 0} normally: lambda = min(rho, 1)/2 with m = 2 exactly when rho = 1. An orthant with
 * both signs exists exactly when the {@code c_i} have both signs or some {@code p_i} is odd. The
 * local answer is the minimum over orthants, with the largest m among those attaining it.
 */
class NewtonGroebnerProperties {

    private static final NewtonEngine NEWTON = new NewtonEngine();

    /** {@code f = sum c_i x_i^(p_i)} given by its coefficients and exponents. */
    private record Fermat(int[] c, int[] p) {

        Polynomial f() {
            Polynomial f = Polynomial.zero();
            for (int i = 0; i < c.length; i++) {
                f = f.add(Polynomial.term(Rational.of(c[i]), Map.of("x" + (i + 1), p[i])));
            }
            return f;
        }

        Rational rho() {
            Rational rho = Rational.ZERO;
            for (int pi : p) {
                rho = rho.add(Rational.of(1, pi));
            }
            return rho;
        }

        boolean hasMixedOrthant() {
            boolean positive = false;
            boolean negative = false;
            boolean odd = false;
            for (int i = 0; i < c.length; i++) {
                positive |= c[i] > 0;
                negative |= c[i] < 0;
                odd |= p[i] % 2 == 1;
            }
            return (positive && negative) || odd;
        }

        @Override
        public String toString() {
            return "f = " + f();
        }
    }

    private static Gen<Fermat> fermats() {
        return Generate.range(3, 4).flatMap(n -> Generate.intArrays(Generate.constant(n), Generate.range(-3, 2))
                .zip(Generate.intArrays(Generate.constant(n), Generate.range(2, 6)), (raw, p) -> {
                    int[] c = new int[n];
                    for (int i = 0; i < n; i++) {
                        c[i] = raw[i] >= 0 ? raw[i] + 1 : raw[i];
                    }
                    return new Fermat(c, p);
                }));
    }

    @Test
    void newtonMatchesTheWeightedBlowUp() {
        qt().withExamples(60).forAll(fermats()).checkAssert(fermat -> {
            List<String> vars = new ArrayList<>();
            Problem.Builder b = Problem.builder();
            for (int i = 1; i <= fermat.c().length; i++) {
                vars.add("x" + i);
            }
            b.parameters(vars).loss(fermat.f().multiply(fermat.f()));
            vars.forEach(v -> b.at(v, "0"));
            Rational rho = fermat.rho();
            Rational lambda;
            int m;
            if (!fermat.hasMixedOrthant()) {
                lambda = rho.multiply(Rational.HALF);
                m = 1;
            } else {
                lambda = rho.min(Rational.ONE).multiply(Rational.HALF);
                m = rho.equals(Rational.ONE) ? 2 : 1;
            }
            RlctResult r = NEWTON.analyse(b.build());
            assertEquals(Status.EXACT, r.status(), () -> fermat + "\n" + r.certificate());
            assertEquals(lambda, r.lambda().orElseThrow(), () -> fermat + "\n" + r.certificate());
            assertEquals(m, r.m().orElseThrow(), () -> fermat + "\n" + r.certificate());
        });
    }
}
