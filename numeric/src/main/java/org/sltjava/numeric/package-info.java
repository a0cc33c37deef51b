/**
 * The numeric cross-check: an independent Monte Carlo estimate of the learning coefficient that
 * shares nothing with the symbolic engines beyond {@link org.sltjava.core.Problem} and
 * {@link org.sltjava.core.Polynomial}.
 *
 * <p>Entry points: {@link org.sltjava.numeric.Estimator#estimate} (what {@code slt estimate} and
 * {@code --check} call) returning an {@link org.sltjava.numeric.Estimate}; the kernels
 * {@link org.sltjava.numeric.LossKernel}. The measured figures are printed by {@code slt bench}
 * (the examples module's {@code org.sltjava.bench}, with the JMH kernel benchmark).
 *
 * <h2>Performance model</h2>
 * <ul>
 * <li>K is compiled once into flat term arrays ({@link org.sltjava.numeric.KernelProgram}), as
 *     stated: a sum of squares keeps its squares. {@link org.sltjava.numeric.LossKernel#fastest}
 *     turns that into a straight-line program ({@link org.sltjava.numeric.KernelGraph}: powers by
 *     squaring, shared monomial prefixes, fused multiply-adds) and generates a hidden class whose
 *     one method runs it on {@code DoubleVector.SPECIES_PREFERRED} lanes, one point per lane
 *     ({@link org.sltjava.numeric.CompiledKernel}). Its cost per point is about
 *     {@code (operations + loads + 1) / lanes} vector instructions, the same count as a C loop
 *     compiled with {@code -O3 -march=native}, so both run at the CPU's vector throughput; the
 *     scalar reference and the interpreter ({@link org.sltjava.numeric.LossKernel#vector}) pay a
 *     loop, a look-up and a branch per factor instead.</li>
 * <li>Generating and defining a kernel's class takes about a millisecond; the JIT compiles its
 *     method after some thousands of calls. Until then, and whenever the JVM runs without C2, every
 *     vector operation allocates and the kernel is far slower than the scalar one: never time it in
 *     unit tests. A loss whose method would exceed HotSpot's 8000-byte limit for compilation stays
 *     with the interpreter; without {@code --add-modules jdk.incubator.vector} everything falls
 *     back to the scalar reference.</li>
 * <li>Nested sampling evaluates K for a batch of 16 lockstep chains at a time (two vectors of
 *     eight lanes), and between two calls does scalar work per chain (random directions, slice
 *     bookkeeping, rounding checks). For cheap losses in few dimensions that bookkeeping, not K,
 *     is the cost, so a faster kernel shortens an estimate only for losses of many terms
 *     (reduced-rank regressions and deep networks); the budget fixes the work, so estimates do not
 *     depend on the kernel's speed.</li>
 * <li>Replicates run on a fixed pool of threads, each with its own {@code L64X128MixRandom}
 *     stream split from the seed in replicate order, so results do not depend on the thread
 *     count or on scheduling.</li>
 * <li>Values that double precision cannot resolve near the threshold are recomputed in scalar
 *     double-double; this matters for expanded polynomials that cancel near their zero set, such
 *     as the cusp {@code y^4 - 2x^3y^2 + x^6}.</li>
 * </ul>
 */
package org.sltjava.numeric;
