package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.numeric.KernelProgram;
import org.sltjava.numeric.LossKernel;

/**
 * The three kernels (the scalar reference, the Vector API interpreter and the compiled kernel
 * generated at run time) agree with each other and with exact rational evaluation, on random polynomials (expanded or as sums of squares) and batch sizes that are
 * mostly not multiples of the lane count, so that masked tails are exercised.
 *
 * <p>Tolerance: every double operation has relative error at most u = 2^-53, so a sum of t
 * products of at most e factors is within about (t + e) u of the exact value times the
 * magnitude M = sum |c| |x^a| (Higham, Accuracy and Stability of Numerical Algorithms, 2002,
 * section 3.1, for sums and products); for a sum of squares M = scale * sum (sum |c||x^a|)^2.
 * With at most 6 terms of degree 16 that is below 1e-14 M, so 1e-12 M is a bound with room; an
 * evaluator that dropped a term, a square or a tail lane would miss it by whole units of M.
 * The same check confirms {@link KernelProgram#roundingBound}, which the estimator trusts to know
 * where double precision stops resolving {@code K < eps}: the actual error never exceeds it; and
 * likewise for the double-double value and its bound.
 */
class KernelEqualityProperties {

    private static final List<String> ORDER = List.of("w0", "w1", "w2", "w3");
    private static final double RELATIVE = 1e-12;

    private static Gen<Polynomial> polynomials() {
        Gen<Polynomial> term = integers().between(0, 4).zip(integers().between(0, 4), integers().between(0, 4),
                integers().between(0, 4), (a, b, c, d) -> new int[] {a, b, c, d})
                .zip(integers().between(-9, 9), integers().between(1, 4),
                        (e, num, den) -> Polynomial.fromTerms(ORDER, Map.of(Monomial.of(e), Rational.of(num, den))));
        return lists().of(term).ofSizeBetween(1, 6).map(ts -> ts.stream().reduce(Polynomial.zero(), Polynomial::add));
    }

    private static Gen<Loss> losses() {
        // Sums of squares need a non-zero square (Loss refuses all-zero ones); the constant 1 stands in for that case.
        Gen<Loss> squares = lists().of(polynomials()).ofSizeBetween(1, 3)
                .zip(integers().between(1, 7), (fs, s) -> Loss.sumOfSquares(Rational.of(s, 3),
                        fs.stream().allMatch(Polynomial::isZero) ? List.of(Polynomial.one()) : fs));
        Gen<Loss> expanded = polynomials().map(Loss::of);
        return booleans().all().flatMap(b -> b ? squares : expanded);
    }

    @Test
    void allKernelsAgreeWithExactValues() {
        qt().withExamples(300).forAll(losses(), integers().between(1, 37), longs().all())
                .checkAssert(KernelEqualityProperties::checkAgreement);
    }

    /**
     * (1 + w0 + w1 + w2 + w3)^10 has C(14, 4) = 1001 terms: too large for straight-line code that
     * the JIT would compile, so the compiled kernel falls back to the interpreter, which must
     * still agree with the scalar reference.
     */
    @Test
    void hugeLossFallsBackToTheInterpreter() {
        Polynomial p = Polynomial.one();
        Polynomial base = ORDER.stream().map(Polynomial::variable).reduce(Polynomial.one(), Polynomial::add);
        for (int k = 0; k < 10; k++) {
            p = p.multiply(base);
        }
        Loss huge = Loss.of(p);
        assertEquals(1001, KernelProgram.of(huge, ORDER).termCount());
        LossKernel kernel = LossKernel.compiled(KernelProgram.of(huge, ORDER));
        assertTrue(kernel.backend().startsWith("vector("), kernel.backend());
        checkAgreement(huge, 11, 7);
    }

    @Test
    void emptyBatchWritesNothing() {
        KernelProgram program = KernelProgram.of(Loss.parse("w0^2"), ORDER);
        double[] out = {7.0};
        LossKernel.vector(program).evaluate(new double[4][0], 0, out);
        LossKernel.compiled(program).evaluate(new double[4][0], 0, out);
        assertEquals(7.0, out[0]);
    }

    private static void checkAgreement(Loss loss, int count, long seed) {
        KernelProgram program = KernelProgram.of(loss, ORDER);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[ORDER.size()][count + 5];
        for (double[] coordinate : points) {
            for (int j = 0; j < coordinate.length; j++) {
                coordinate[j] = random.nextDouble(-2, 2);
            }
        }
        double[] scalar = new double[count + 5];
        double[] vector = new double[count + 5];
        double[] compiled = new double[count + 5];
        Arrays.fill(scalar, Double.NaN);
        Arrays.fill(vector, Double.NaN);
        Arrays.fill(compiled, Double.NaN);
        LossKernel.scalar(program).evaluate(points, count, scalar);
        LossKernel.vector(program).evaluate(points, count, vector);
        LossKernel compiledKernel = LossKernel.compiled(program);
        assertTrue(compiledKernel.backend().startsWith(program.termCount() < 100 ? "compiled(" : "vector("),
                "small losses compile, huge ones are interpreted: " + compiledKernel.backend());
        compiledKernel.evaluate(points, count, compiled);
        for (int j = 0; j < count; j++) {
            Map<String, Rational> exactPoint = new HashMap<>();
            double[] x = new double[ORDER.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = points[i][j];
                exactPoint.put(ORDER.get(i), Rational.of(new BigDecimal(x[i])));
            }
            double exact = loss.evaluate(exactPoint).doubleValue();
            double bound = RELATIVE * magnitude(loss, x) + Double.MIN_NORMAL;
            assertTrue(Math.abs(scalar[j] - exact) <= bound, "scalar " + scalar[j] + " vs exact " + exact);
            assertTrue(Math.abs(vector[j] - exact) <= bound,
                    "vector " + vector[j] + " vs exact " + exact + " for " + loss + " at point " + j + " of " + count);
            assertTrue(Math.abs(compiled[j] - exact) <= bound,
                    "compiled " + compiled[j] + " vs exact " + exact + " for " + loss + " at point " + j + " of " + count);
            assertTrue(Math.abs(vector[j] - scalar[j]) <= bound, "vector " + vector[j] + " vs scalar " + scalar[j]);
            assertTrue(Math.abs(compiled[j] - scalar[j]) <= bound, "compiled " + compiled[j] + " vs scalar " + scalar[j]);
            double rounding = program.roundingBound(x);
            assertTrue(Math.abs(scalar[j] - loss.evaluate(exactPoint).doubleValue()) <= rounding + Math.ulp(exact),
                    "rounding bound " + rounding + " below the actual error of " + scalar[j] + " vs " + exact);
            double refined = program.refinedValueAt(x);
            assertTrue(Math.abs(refined - exact) <= program.refinedBound(x) + Math.ulp(exact),
                    "double-double value " + refined + " vs exact " + exact + ", bound " + program.refinedBound(x));
        }
        for (int j = count; j < count + 5; j++) {
            assertTrue(Double.isNaN(vector[j]) && Double.isNaN(scalar[j]) && Double.isNaN(compiled[j]), "a kernel wrote past the batch");
        }
    }

    private static double magnitude(Loss loss, double[] x) {
        if (loss.squares().isEmpty()) {
            return absoluteSum(loss.expanded(), x);
        }
        double s = 0;
        for (Polynomial f : loss.squares().get()) {
            double m = absoluteSum(f, x);
            s += m * m;
        }
        return loss.scale().doubleValue() * s;
    }

    private static double absoluteSum(Polynomial p, double[] x) {
        double s = 0;
        for (Map.Entry<Monomial, Rational> t : p.termsOver(ORDER).entrySet()) {
            double v = Math.abs(t.getValue().doubleValue());
            for (int i = 0; i < x.length; i++) {
                v *= Math.pow(Math.abs(x[i]), t.getKey().get(i));
            }
            s += v;
        }
        return s;
    }
}
