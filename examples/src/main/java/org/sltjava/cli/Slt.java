package org.sltjava.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code slt} command line: state a model, get lambda and m. Subcommands {@code rlct} (one
 * problem) and {@code batch} (JSON Lines). User errors print a one-line message and exit with
 * status 2; no stack trace reaches the user unless {@code SLT_DEBUG} is set.
 */
@Command(name = "slt", mixinStandardHelpOptions = true, version = "slt-java 0.1.0",
        description = "Exact learning coefficients (real log canonical thresholds) of polynomial losses.",
        subcommands = {RlctCommand.class, EstimateCommand.class, BatchCommand.class, GenerateCommand.class, CatalogCommand.class,
            ValidateCommand.class, PhasesCommand.class, BenchCommand.class, PlotCommand.class})
public final class Slt {

    private final InputStream in;

    private Slt(InputStream in) {
        this.in = in;
    }

    /** The standard input of this run ({@code slt batch} reads it). */
    InputStream in() {
        return in;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        int status = run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        edu.jas.kern.ComputerThreads.terminate();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit status (for tests and embedding). */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Slt(in));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("slt: internal error: " + e);
            if (System.getenv("SLT_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set SLT_DEBUG=1 for the stack trace, and please report it)");
            }
            return 3;
        });
        if (args.length == 0) {
            cl.usage(out);
            return 2;
        }
        return cl.execute(args);
    }
}
