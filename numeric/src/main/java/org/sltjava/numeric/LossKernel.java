package org.sltjava.numeric;

/**
 * Evaluates a compiled loss on a batch of points stored as structure of arrays: coordinate
 * {@code i} of point {@code j} is {@code points[i][j]}. Kernels never allocate per call and only
 * write {@code out[0 .. count)}; one kernel may be shared by threads.
 */
public sealed interface LossKernel permits ScalarKernel, VectorKernel, CompiledKernel {

    /**
     * Writes K at points {@code 0 .. count-1} into {@code out}.
     *
     * @param points one array per coordinate, each of length at least {@code count} (read only)
     * @param count  number of points
     * @param out    receives the values (modified)
     */
    void evaluate(double[][] points, int count, double[] out);

    /** The compiled loss this kernel evaluates. */
    KernelProgram program();

    /** {@code "scalar"}, {@code "vector(<lanes>)"} (the interpreter) or {@code "compiled(<lanes>)"}. */
    String backend();

    /** The plain scalar reference: one point at a time, no fused operations. */
    static LossKernel scalar(KernelProgram program) {
        return new ScalarKernel(program);
    }

    /**
     * The Vector API interpreter of the program's term arrays (jdk.incubator.vector, preferred
     * species, masked tails, FMA): the fallback for losses too large to compile.
     *
     * @throws IllegalStateException when the module jdk.incubator.vector is not in the boot layer
     */
    static LossKernel vector(KernelProgram program) {
        if (!vectorAvailable()) {
            throw new IllegalStateException("module jdk.incubator.vector is absent: run java with --add-modules jdk.incubator.vector");
        }
        return new VectorKernel(program);
    }

    /**
     * The loss compiled to straight-line Vector API code in a class generated at run time (see
     * {@link CompiledKernel}), or the interpreter when the loss is too large for the JIT to
     * compile such code.
     *
     * @throws IllegalStateException when the module jdk.incubator.vector is not in the boot layer
     */
    static LossKernel compiled(KernelProgram program) {
        if (!vectorAvailable()) {
            throw new IllegalStateException("module jdk.incubator.vector is absent: run java with --add-modules jdk.incubator.vector");
        }
        return CompiledKernel.of(program).<LossKernel>map(k -> k).orElseGet(() -> new VectorKernel(program));
    }

    /** The compiled kernel when the Vector API is present at run time, else the scalar reference. */
    static LossKernel fastest(KernelProgram program) {
        return vectorAvailable() ? compiled(program) : new ScalarKernel(program);
    }

    /** Whether the module jdk.incubator.vector was resolved at start-up. */
    static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
