package org.sltjava.numeric;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Optional;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The compiled kernel: the loss's {@link KernelGraph} turned into a class generated at run time
 * with the class-file API ({@code java.lang.classfile}), whose one method is straight-line
 * Vector API code, one lane per point and one vector operation per graph node, over
 * structure-of-arrays batches. The JIT sees the loss as code, not data: no loops over terms, no
 * exponent look-ups, every intermediate a vector in a register.
 *
 * <p>The generated method is
 * <pre>{@code
 * void evaluate(double[][] p, int count, double[] out) {
 *     double[] x0 = p[0], ...;                       // every coordinate array once
 *     DoubleVector c0 = DoubleVector.broadcast(S, k0), ...;   // every constant once
 *     int o = 0;
 *     for (; o <= count - L; o += L) { v0 = fromArray(S, x0, o); ...; vN.intoArray(out, o); }
 *     if (o < count) { m = S.indexInRange(o, count); the same with masked loads and store }
 * }
 * }</pre>
 * It is defined as a hidden class of this package, so it is unloaded with its kernel.
 * HotSpot does not JIT-compile a method of more than 8000 bytes of bytecode; a loss that large
 * is left to the interpreting {@link VectorKernel} ({@link #of} returns empty).
 */
final class CompiledKernel implements LossKernel {

    /** The species of every generated kernel: a constant for the JIT, read by the generated code. */
    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    /** Bytecode size above which HotSpot leaves a method interpreted ({@code -XX:+DontCompileHugeMethods}). */
    private static final int HUGE_METHOD = 8000;

    /**
     * Every node costs at least 8 bytes of bytecode (a constant's broadcast before the loop, any
     * other node in both the full and the masked block), so a graph of more nodes exceeds
     * {@link #HUGE_METHOD}; below it the method stays far from the class-file limit of 65535.
     */
    private static final int MAX_NODES = HUGE_METHOD / 8;

    /** What the generated class implements. */
    interface Batch {
        /** Writes K at points {@code 0 .. count-1} into {@code out}. */
        void evaluate(double[][] points, int count, double[] out);
    }

    private static final ClassDesc CD_DOUBLE_VECTOR = ClassDesc.of("jdk.incubator.vector.DoubleVector");
    private static final ClassDesc CD_VECTOR = ClassDesc.of("jdk.incubator.vector.Vector");
    private static final ClassDesc CD_SPECIES = ClassDesc.of("jdk.incubator.vector.VectorSpecies");
    private static final ClassDesc CD_MASK = ClassDesc.of("jdk.incubator.vector.VectorMask");
    private static final ClassDesc CD_DOUBLES = CD_double.arrayType();
    private static final ClassDesc CD_SELF = ClassDesc.of(CompiledKernel.class.getName());
    private static final ClassDesc CD_BATCH = ClassDesc.of(Batch.class.getName());
    private static final MethodTypeDesc MTD_EVALUATE = MethodTypeDesc.of(CD_void, CD_DOUBLES.arrayType(), CD_int, CD_DOUBLES);
    private static final MethodTypeDesc MTD_BINARY = MethodTypeDesc.of(CD_DOUBLE_VECTOR, CD_VECTOR);
    private static final MethodTypeDesc MTD_FMA = MethodTypeDesc.of(CD_DOUBLE_VECTOR, CD_VECTOR, CD_VECTOR);
    private static final MethodTypeDesc MTD_BROADCAST = MethodTypeDesc.of(CD_DOUBLE_VECTOR, CD_SPECIES, CD_double);
    private static final MethodTypeDesc MTD_LOAD = MethodTypeDesc.of(CD_DOUBLE_VECTOR, CD_SPECIES, CD_DOUBLES, CD_int);
    private static final MethodTypeDesc MTD_LOAD_MASKED = MethodTypeDesc.of(CD_DOUBLE_VECTOR, CD_SPECIES, CD_DOUBLES, CD_int, CD_MASK);
    private static final MethodTypeDesc MTD_STORE = MethodTypeDesc.of(CD_void, CD_DOUBLES, CD_int);
    private static final MethodTypeDesc MTD_STORE_MASKED = MethodTypeDesc.of(CD_void, CD_DOUBLES, CD_int, CD_MASK);
    private static final MethodTypeDesc MTD_IN_RANGE = MethodTypeDesc.of(CD_MASK, CD_int, CD_int);

    /** Local slots of the generated method's parameters. */
    private static final int POINTS = 1;
    private static final int COUNT = 2;
    private static final int OUT = 3;
    private static final int OFFSET = 4;
    private static final int LIMIT = 5;
    private static final int MASK = 6;
    private static final int FIRST_FREE = 7;

    private final KernelProgram program;
    private final Batch batch;

    private CompiledKernel(KernelProgram program, Batch batch) {
        this.program = program;
        this.batch = batch;
    }

    /**
     * Compiles the program, or returns empty when its straight-line code would be too large for
     * the JIT (see the class comment).
     *
     * @throws IllegalStateException when the generated class cannot be defined (a bug)
     */
    static Optional<CompiledKernel> of(KernelProgram program) {
        KernelGraph graph = KernelGraph.of(program);
        if (graph.nodes().size() > MAX_NODES) {
            return Optional.empty();
        }
        byte[] bytes = generate(program.dimension(), graph);
        int size = ClassFile.of().parse(bytes).methods().stream()
                .filter(m -> m.methodName().equalsString("evaluate"))
                .flatMap(m -> m.code().stream())
                .mapToInt(c -> ((CodeAttribute) c).codeLength()).findFirst().orElseThrow();
        if (size > HUGE_METHOD) {
            return Optional.empty();
        }
        try {
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            Batch batch = (Batch) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            return Optional.of(new CompiledKernel(program, batch));
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the compiled kernel: " + e, e);
        }
    }

    @Override
    public void evaluate(double[][] points, int count, double[] out) {
        batch.evaluate(points, count, out);
    }

    @Override
    public KernelProgram program() {
        return program;
    }

    @Override
    public String backend() {
        return "compiled(" + SPECIES.length() + ")";
    }

    private static byte[] generate(int dimension, KernelGraph graph) {
        ClassDesc name = ClassDesc.of(CompiledKernel.class.getPackageName(), "CompiledLoss");
        return ClassFile.of().build(name, cb -> cb
                .withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER | ClassFile.ACC_SYNTHETIC)
                .withInterfaceSymbols(CD_BATCH)
                .withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC,
                        code -> code.aload(0).invokespecial(CD_Object, INIT_NAME, MTD_void).return_())
                .withMethodBody("evaluate", MTD_EVALUATE, ClassFile.ACC_PUBLIC,
                        code -> evaluateBody(code, dimension, graph)));
    }

    /**
     * Slots: the coordinate arrays from {@link #FIRST_FREE}, then one per graph node (constants
     * are filled before the loop, every other node inside it).
     */
    private static void evaluateBody(CodeBuilder code, int dimension, KernelGraph graph) {
        List<KernelGraph.Node> nodes = graph.nodes();
        int nodeSlot = FIRST_FREE + dimension;
        for (int i = 0; i < dimension; i++) {
            code.aload(POINTS).loadConstant(i).aaload().astore(FIRST_FREE + i);
        }
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k).op() == KernelGraph.Op.CONSTANT) {
                species(code).loadConstant(nodes.get(k).constant())
                        .invokestatic(CD_DOUBLE_VECTOR, "broadcast", MTD_BROADCAST).astore(nodeSlot + k);
            }
        }
        code.iconst_0().istore(OFFSET);
        code.iload(COUNT).loadConstant(SPECIES.length()).isub().istore(LIMIT);
        Label loop = code.newLabel();
        Label tail = code.newLabel();
        Label end = code.newLabel();
        code.labelBinding(loop);
        code.iload(OFFSET).iload(LIMIT).if_icmpgt(tail);
        block(code, nodes, nodeSlot, graph.result(), false);
        code.iinc(OFFSET, SPECIES.length()).goto_(loop);
        code.labelBinding(tail);
        code.iload(OFFSET).iload(COUNT).if_icmpge(end);
        species(code).iload(OFFSET).iload(COUNT).invokeinterface(CD_SPECIES, "indexInRange", MTD_IN_RANGE).astore(MASK);
        block(code, nodes, nodeSlot, graph.result(), true);
        code.labelBinding(end);
        code.return_();
    }

    /** One block of lanes at {@code OFFSET}: loads, the graph's operations, the store. */
    private static void block(CodeBuilder code, List<KernelGraph.Node> nodes, int nodeSlot, int result, boolean masked) {
        for (int k = 0; k < nodes.size(); k++) {
            KernelGraph.Node n = nodes.get(k);
            switch (n.op()) {
                case CONSTANT -> {
                    continue;
                }
                case LOAD -> {
                    species(code).aload(FIRST_FREE + n.a()).iload(OFFSET);
                    if (masked) {
                        code.aload(MASK).invokestatic(CD_DOUBLE_VECTOR, "fromArray", MTD_LOAD_MASKED);
                    } else {
                        code.invokestatic(CD_DOUBLE_VECTOR, "fromArray", MTD_LOAD);
                    }
                }
                case MUL -> binary(code, nodeSlot, n, "mul");
                case ADD -> binary(code, nodeSlot, n, "add");
                case SUB -> binary(code, nodeSlot, n, "sub");
                case FMA -> code.aload(nodeSlot + n.a()).aload(nodeSlot + n.b()).aload(nodeSlot + n.c())
                        .invokevirtual(CD_DOUBLE_VECTOR, "fma", MTD_FMA);
            }
            code.astore(nodeSlot + k);
        }
        code.aload(nodeSlot + result).aload(OUT).iload(OFFSET);
        if (masked) {
            code.aload(MASK).invokevirtual(CD_DOUBLE_VECTOR, "intoArray", MTD_STORE_MASKED);
        } else {
            code.invokevirtual(CD_DOUBLE_VECTOR, "intoArray", MTD_STORE);
        }
    }

    private static void binary(CodeBuilder code, int nodeSlot, KernelGraph.Node n, String method) {
        code.aload(nodeSlot + n.a()).aload(nodeSlot + n.b()).invokevirtual(CD_DOUBLE_VECTOR, method, MTD_BINARY);
    }

    private static CodeBuilder species(CodeBuilder code) {
        return code.getstatic(CD_SELF, "SPECIES", CD_SPECIES);
    }
}
