package org.sltjava.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JSON Lines loop of {@code batch} and {@code validate}: one output line per non-blank input
 * line, in order, flushed at once so that a caller can stream; {@code batch} answers several lines
 * at a time and still writes them in input order.
 */
final class JsonLines {

    /** Lines per thread that may be read but not yet written: room for the others to run past a slow line. */
    static final int WINDOW_PER_JOB = 32;

    /** The answer to one input line, given its 1-based number. */
    interface Answer {
        String to(String line, int lineNo);
    }

    private JsonLines() {
    }

    /** Answers every non-blank line of {@code in} on {@code out}; returns how many were answered. */
    static int answerEach(InputStream in, PrintWriter out, Answer answer) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int answered = 0;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            answered++;
            out.println(answer.to(line, lineNo));
            out.flush();
        }
        return answered;
    }

    /**
     * Answers every non-blank line of {@code in} on {@code jobs} threads and writes the answers on
     * {@code out} in input order, each flushed as soon as it and every line before it are answered.
     * At most {@code WINDOW_PER_JOB * jobs} lines are held at a time (read but not yet written),
     * so memory stays bounded however long the input; the reading waits while the window is full.
     * The answers must not depend on the thread that computes them; an answer that throws stops
     * the reading, the lines before it are still written, and the exception is rethrown.
     *
     * @return how many lines were answered
     */
    static int answerEach(InputStream in, PrintWriter out, Answer answer, int jobs) throws IOException {
        Semaphore window = new Semaphore(WINDOW_PER_JOB * jobs);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "slt-batch-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
        int answered = 0;
        int lineNo = 0;
        try {
            for (String line = reader.readLine(); line != null && failure.get() == null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                answered++;
                window.acquireUninterruptibly();
                String problem = line;
                int number = lineNo;
                CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> answer.to(problem, number), pool);
                written = written.thenCompose(previous -> result).handle((text, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error.getCause() == null ? error : error.getCause());
                    } else if (failure.get() == null) {
                        out.println(text);
                        out.flush();
                    }
                    window.release();
                    return null;
                });
            }
            written.join();
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return answered;
    }
}
