package org.sltjava.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sltjava.numeric.KernelProgram;
import org.sltjava.numeric.LossKernel;

/**
 * The JMH benchmark of the loss kernels: K evaluations per second (one operation is one point)
 * of each kernel on each {@link KernelCase}, over a batch of {@link KernelCase#BATCH} points as
 * in the C reference. Kernels: {@code scalar} (the reference), {@code interpreter} (the Vector API
 * interpreter of term arrays), {@code compiled} (the class generated at run time) and
 * {@code specialised} (hand-written per case, {@link SpecialisedKernels}). {@link KernelBenchmark}
 * runs it in forked JVMs and prints the table; {@code slt bench --only kernel} calls that.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KernelJmh {

    /** The loss. */
    @Param({"CUSP", "CUSP_EXPANDED", "RRR1", "RRR2"})
    public KernelCase shape;

    /** The kernel: scalar, interpreter, compiled or specialised. */
    @Param({"scalar", "interpreter", "compiled", "specialised"})
    public String kernel;

    private double[][] points;
    private double[] out;
    private LossKernel loss;

    /** Builds the kernel and the points. */
    @Setup
    public void setUp() {
        KernelProgram program = shape.program();
        points = shape.points();
        out = new double[KernelCase.BATCH];
        loss = switch (kernel) {
            case "scalar" -> LossKernel.scalar(program);
            case "interpreter" -> LossKernel.vector(program);
            case "compiled" -> LossKernel.compiled(program);
            case "specialised" -> null;
            default -> throw new IllegalArgumentException("unknown kernel " + kernel);
        };
    }

    /** One pass over the batch. */
    @Benchmark
    @OperationsPerInvocation(KernelCase.BATCH)
    public void evaluate(Blackhole sink) {
        if (loss == null) {
            SpecialisedKernels.evaluate(shape, points, KernelCase.BATCH, out);
        } else {
            loss.evaluate(points, KernelCase.BATCH, out);
        }
        sink.consume(out);
    }
}
