package org.sltjava.spark;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.sltjava.cli.BatchAnswerer;
import org.sltjava.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The Spark job of slt-java: reads JSON Lines problems from any path Spark reads (a local file, a
 * directory, a glob, {@code hdfs://}, {@code s3a://} with its connector), answers every line with
 * {@link BatchAnswerer}, the code of {@code slt batch}, inside {@code mapPartitions}, and writes one
 * JSON result line per non-blank input line, in input order, as text part files.
 *
 * <p>A line's answer depends only on the line, its number and the settings, so Spark's task
 * retries and speculative copies compute the same answer, and the output committer keeps one
 * copy per partition; a malformed line is an error line, as in batch, never a failed task. Lines
 * are numbered (1-based, blank lines counted, as batch numbers them) in the order Spark reads
 * the input, then cut into contiguous blocks of line numbers, one per partition, so that the part
 * files read in name order are the input's answers in order.
 */
@Command(name = "slt-spark", mixinStandardHelpOptions = true, version = "slt-java 0.1.0",
        description = "Answers JSON Lines problems (the input format of slt batch) on Apache Spark, embedded (local[*]) by default,"
                + " and writes the result lines of slt batch, in input order, as part files under OUTPUT.")
public final class SparkBatch implements Callable<Integer> {

    /** The most lines of a default partition: four partitions per core, or more when the input is larger than that allows. */
    private static final long LINES_PER_PARTITION = 10_000;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "JSON Lines problems: any path Spark reads (file, directory, glob, hdfs://, s3a://)")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "directory for the result part files (must not exist unless --overwrite)")
    String output;

    @Option(names = "--overwrite", description = "replace OUTPUT if it exists")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark.master as spark-submit sets it, else local[*]: every core of this machine)")
    String master;

    @Option(names = "--engine", defaultValue = "standard", description = "engine to use (default: ${DEFAULT-VALUE}, every engine in turn)")
    String engine;

    @Option(names = "--budget", defaultValue = "10", paramLabel = "SECONDS",
            description = "the symbolic engines' time budget per line, wall-clock (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--derivation", description = "add to each result line the derivation tree, as slt batch --derivation does")
    boolean derivation;

    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions (tasks) to answer in (default: four per core of the session, or one per 10000 lines if more)")
    int partitions;

    /** What a run did: lines answered, partitions used, and how long the session start and the job took. */
    public record Summary(long lines, int partitions, long sessionMillis, long jobMillis) {
    }

    /** Runs the job from the command line and exits with its status. */
    public static void main(String[] args) {
        int status = new CommandLine(new SparkBatch()).execute(args);
        edu.jas.kern.ComputerThreads.terminate();
        System.exit(status);
    }

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(System.err, true);
        BatchAnswerer answerer;
        try {
            answerer = BatchAnswerer.of(engine, budget).withDerivation(derivation);
        } catch (InvalidInputException e) {
            err.println("slt-spark: error: --budget: " + e.getMessage());
            return 2;
        }
        if (partitions < 0) {
            err.println("slt-spark: error: --partitions must be positive, got " + partitions);
            return 2;
        }
        long start = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("slt-spark");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]").set("spark.ui.enabled", "false");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long sessionMillis = (System.nanoTime() - start) / 1_000_000;
            Summary s = run(spark, input, output, overwrite, answerer, partitions, sessionMillis);
            err.printf("slt-spark: %d lines answered in %d partitions on %s; session start %d ms, job %d ms; results in %s (part files in input order)%n",
                    s.lines(), s.partitions(), spark.sparkContext().master(), s.sessionMillis(), s.jobMillis(), output);
            return 0;
        } catch (RuntimeException e) {
            err.println("slt-spark: the job failed: " + firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("SLT_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set SLT_DEBUG=1 for the stack trace)");
            }
            return 1;
        } finally {
            spark.stop();
        }
    }

    /**
     * Answers every non-blank line under {@code input} with {@code answerer} and writes the result
     * lines under {@code output}; {@code partitions} 0 chooses the default.
     */
    public static Summary run(SparkSession spark, String input, String output, boolean overwrite, BatchAnswerer answerer,
                              int partitions, long sessionMillis) {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<String> text = jsc.textFile(input);
        JavaPairRDD<Long, String> numbered = text.zipWithIndex().mapToPair(t -> new Tuple2<>(t._2() + 1, t._1()));
        long total = text.count();
        int blocks = partitions > 0 ? partitions
                : (int) Math.max(1, Math.max(4L * jsc.defaultParallelism(), Math.ceilDiv(total, LINES_PER_PARTITION)));
        JavaRDD<String> answers = numbered.filter(t -> !t._2().isBlank())
                .repartitionAndSortWithinPartitions(new LineBlocks(blocks, total))
                .mapPartitions(lines -> answerEach(lines, answerer));
        spark.createDataset(answers.rdd(), Encoders.STRING()).write()
                .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).text(output);
        long answered = spark.read().text(output).count();
        return new Summary(answered, blocks, sessionMillis, (System.nanoTime() - start) / 1_000_000);
    }

    private static Iterator<String> answerEach(Iterator<Tuple2<Long, String>> lines, BatchAnswerer answerer) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public String next() {
                Tuple2<Long, String> line = lines.next();
                return answerer.answer(line._2(), line._1());
            }
        };
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
