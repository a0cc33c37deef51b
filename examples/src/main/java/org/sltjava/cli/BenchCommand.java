package org.sltjava.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sltjava.core.Budget;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.generate.KnownProblem;
import org.sltjava.core.generate.KnownProblemGenerator;
import org.sltjava.bench.AccuracyBenchmark;
import org.sltjava.bench.KernelBenchmark;
import org.sltjava.bench.MultiplicityBenchmark;
import org.sltjava.bench.MultiplicityCorpus;
import org.sltjava.bench.SgldBenchmark;
import org.sltjava.numeric.SgldOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code slt bench}: the measured figures, each against its baseline in the same run: K
 * evaluations per second of the compiled, interpreted and hand-specialised Vector API kernels
 * against the scalar reference (JMH, forked JVMs), the symbolic
 * engines' time per problem, the share of generated problems answered exactly by size, and the
 * numeric estimator's accuracy and coverage over many seeds, and the SGLD estimator's bias.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints the performance and accuracy figures: kernel throughput (vector against scalar), engine times,"
                + " exact share of generated problems, and estimator coverage.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kernel-seconds", defaultValue = "1", description = "seconds per JMH iteration of a kernel (default: ${DEFAULT-VALUE})")
    double kernelSeconds;

    @Option(names = "--kernel-iterations", defaultValue = "3",
            description = "JMH warm-up and measured iterations per kernel and case, each (default: ${DEFAULT-VALUE})")
    int kernelIterations;

    @Option(names = "--generated", defaultValue = "100", description = "generated problems per size (default: ${DEFAULT-VALUE}; 0 skips)")
    int generated;

    @Option(names = "--seeds", defaultValue = "0", description = "seeds per accuracy case of the estimator (default: ${DEFAULT-VALUE}, skipped; 20 takes minutes)")
    int seeds;

    @Option(names = "--sgld-seeds", defaultValue = "0", description = "seeds per SGLD case (default: ${DEFAULT-VALUE}, skipped; 10 takes minutes)")
    int sgldSeeds;

    @Option(names = "--corpus", description = "problems in the multiplicity corpus (default: 200 with --only multiplicity, else skipped)")
    Integer corpus;

    @Option(names = "--corpus-seed", defaultValue = "1", description = "generator seed of the multiplicity corpus (default: ${DEFAULT-VALUE}); another seed draws another corpus of the same kind")
    long corpusSeed;

    @Option(names = "--corpus-budget", defaultValue = "1", description = "estimator budget per corpus problem in seconds (default: ${DEFAULT-VALUE})")
    double corpusBudget;

    @Option(names = "--only", description = "one section: kernel, engines, generated, accuracy, multiplicity or sgld")
    String only;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (wants("kernel")) {
            out.println("== kernel: K evaluations per second, Vector API kernels against the scalar reference, same run");
            out.flush();
            out.println(KernelBenchmark.run(kernelSeconds, kernelIterations, kernelIterations, line -> { }));
            out.flush();
        }
        if (wants("engines")) {
            out.println("== symbolic engines: median time per problem");
            out.println(NewtonBenchmark.of(5).report());
            out.flush();
        }
        if (wants("generated") && generated > 0) {
            out.println("== generated problems with known answers: share answered exactly by the engines (2 s budget each)");
            generatedShare(out);
            out.flush();
        }
        if (wants("accuracy") && seeds > 0) {
            out.println("== estimator accuracy and 95% coverage over " + seeds + " seeds per case, 10 s budget");
            out.println(AccuracyBenchmark.run(seeds, 10, Runtime.getRuntime().availableProcessors(), line -> { }));
            out.flush();
        }
        int corpusSize = corpus != null ? corpus : "multiplicity".equals(only) ? 200 : 0;
        if (wants("multiplicity") && corpusSize > 0) {
            out.println("== multiplicity and coverage: claimed m against the exact one, 95% interval against the exact lambda");
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            out.println(MultiplicityBenchmark.run(MultiplicityCorpus.of(corpusSize, corpusSeed), corpusSeed, corpusBudget,
                    Runtime.getRuntime().availableProcessors(), line -> {
                        err.println(line);
                        err.flush();
                    }));
            out.flush();
        }
        if (wants("sgld") && sgldSeeds > 0) {
            SgldOptions options = SgldOptions.defaults();
            out.println("== SGLD local learning coefficient against the catalogue, " + sgldSeeds + " seeds per case: " + options);
            out.println(SgldBenchmark.Row.header());
            SgldBenchmark.run(sgldSeeds, options).forEach(r -> out.println(r.line()));
            out.flush();
        }
        return 0;
    }

    private boolean wants(String section) {
        return only == null || only.equals(section);
    }

    private void generatedShare(PrintWriter out) {
        RlctEngine standard = RlctEngine.standard();
        out.println(String.format("%-5s %8s %8s %8s %12s", "vars", "problems", "exact", "wrong", "median ms"));
        for (int d = 1; d <= 4; d++) {
            KnownProblemGenerator g = KnownProblemGenerator.of(1000 + d, new KnownProblemGenerator.Size(d, 3, 2, true));
            int exact = 0;
            int wrong = 0;
            int count = 0;
            long[] millis = new long[generated];
            while (count < generated) {
                KnownProblem kp = g.next();
                if (kp.problem().dimension() != d) {
                    continue;
                }
                long t0 = System.nanoTime();
                RlctResult r = standard.analyse(kp.problem(), Budget.of(Duration.ofSeconds(2), 6, 2000));
                millis[count++] = (System.nanoTime() - t0) / 1_000_000;
                if (r.isExact()) {
                    exact++;
                    if (!r.lambda().orElseThrow().equals(kp.lambda()) || r.m().orElseThrow() != kp.m()) {
                        wrong++;
                    }
                }
            }
            Arrays.sort(millis);
            out.println(String.format("%-5d %8d %7.1f%% %8d %12d", d, count, 100.0 * exact / count, wrong, millis[count / 2]));
        }
    }
}
