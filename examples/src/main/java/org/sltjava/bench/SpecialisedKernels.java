package org.sltjava.bench;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Hand-written Vector API kernels for the benchmark's cases: the alternative "one specialised
 * kernel per shape", compiled by javac. They show what the JIT makes of the best Java a person
 * would write for each case, against which the generated kernels are measured. Batches are
 * multiples of the lane count ({@link KernelCase#BATCH}), so there is no tail.
 */
final class SpecialisedKernels {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    private SpecialisedKernels() {
    }

    /** Evaluates the case's loss over {@code count} points (a multiple of the lane count). */
    static void evaluate(KernelCase c, double[][] p, int count, double[] out) {
        switch (c) {
            case CUSP -> cusp(p, count, out);
            case CUSP_EXPANDED -> cuspExpanded(p, count, out);
            case RRR1 -> reducedRank(p, 1, count, out);
            case RRR2 -> reducedRank(p, 2, count, out);
        }
    }

    private static void cusp(double[][] p, int count, double[] out) {
        double[] xs = p[0];
        double[] ys = p[1];
        for (int o = 0; o < count; o += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, xs, o);
            DoubleVector y = DoubleVector.fromArray(S, ys, o);
            DoubleVector f = y.mul(y).sub(x.mul(x).mul(x));
            f.mul(f).intoArray(out, o);
        }
    }

    private static void cuspExpanded(double[][] p, int count, double[] out) {
        double[] xs = p[0];
        double[] ys = p[1];
        DoubleVector minusTwo = DoubleVector.broadcast(S, -2);
        for (int o = 0; o < count; o += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, xs, o);
            DoubleVector y = DoubleVector.fromArray(S, ys, o);
            DoubleVector y2 = y.mul(y);
            DoubleVector x3 = x.mul(x).mul(x);
            y2.mul(y2).add(x3.mul(x3)).add(x3.mul(y2).mul(minusTwo)).intoArray(out, o);
        }
    }

    /** {@code sum_ij (sum_k B_ik A_kj)^2} with B 3 x h, A h x 3, coordinates as in {@link KernelCase}. */
    private static void reducedRank(double[][] p, int h, int count, double[] out) {
        for (int o = 0; o < count; o += S.length()) {
            DoubleVector total = DoubleVector.zero(S);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    DoubleVector f = DoubleVector.zero(S);
                    for (int k = 0; k < h; k++) {
                        f = DoubleVector.fromArray(S, p[i * h + k], o).fma(DoubleVector.fromArray(S, p[3 * h + k * 3 + j], o), f);
                    }
                    total = f.fma(f, total);
                }
            }
            total.intoArray(out, o);
        }
    }
}
