package org.sltjava.bench;

import java.util.ArrayList;
import java.util.List;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.catalog.CatalogEntry;
import org.sltjava.core.catalog.DeepLinearNetwork;
import org.sltjava.core.catalog.ReducedRankRegression;
import org.sltjava.core.generate.KnownProblem;
import org.sltjava.core.generate.KnownProblemGenerator;

/**
 * Problems of 1 to 6 parameters with known (lambda, m), for measuring how often the estimator
 * claims a wrong multiplicity and how often its 95% interval covers lambda: first the catalogue's
 * reduced-rank regressions (Aoyagi and Watanabe 2005) and deep linear networks (Aoyagi 2024)
 * with published exact values, then problems of {@link KnownProblemGenerator} (monomials with
 * weights, disjoint sums, products and powers, under rational changes of coordinates), whose
 * answers are known by construction. The same seed gives the same corpus.
 */
public final class MultiplicityCorpus {

    /** Largest number of parameters in the corpus. */
    public static final int MAX_PARAMETERS = 6;

    /** Reduced-rank regressions (M, N, H, r) with at most six parameters H (M + N). */
    private static final int[][] RRR = {{1, 1, 1, 0}, {1, 2, 1, 0}, {2, 1, 1, 1}, {2, 2, 1, 0}, {2, 2, 1, 1}, {1, 3, 1, 0},
        {3, 1, 1, 1}, {2, 3, 1, 0}, {3, 2, 1, 1}, {1, 4, 1, 0}, {1, 5, 1, 1}, {1, 1, 2, 0}, {1, 2, 2, 0}, {2, 1, 2, 1}, {1, 1, 3, 0}};

    /** Deep linear networks (widths, input first) with at most six parameters, each with r = 0 and 1. */
    private static final int[][] DLN = {{1, 1, 1}, {1, 1, 1, 1}, {2, 1, 2}, {1, 2, 1}, {2, 1, 1, 2}, {1, 1, 1, 1, 1}};

    private MultiplicityCorpus() {
    }

    /** A problem with its exact answer and where the answer comes from. */
    public record Item(String name, Problem problem, Rational lambda, int m) {
    }

    /** The catalogue's instances (those published exact) followed by generated problems, {@code size} in all. */
    public static List<Item> of(int size, long seed) {
        List<Item> items = new ArrayList<>();
        for (int[] c : RRR) {
            add(items, ReducedRankRegression.entry(c[0], c[1], c[2], c[3]), size);
        }
        for (int[] widths : DLN) {
            for (int r = 0; r <= 1; r++) {
                add(items, DeepLinearNetwork.entry(widths, r), size);
            }
        }
        KnownProblemGenerator generator = KnownProblemGenerator.of(seed, new KnownProblemGenerator.Size(MAX_PARAMETERS, 3, 2, true));
        while (items.size() < size) {
            KnownProblem kp = generator.next();
            items.add(new Item(kp.problem().toString(), kp.problem(), kp.lambda(), kp.m()));
        }
        return List.copyOf(items);
    }

    private static void add(List<Item> items, CatalogEntry e, int size) {
        if (e.publishedExact() && items.size() < size) {
            items.add(new Item(e.family() + " " + e.instance(), e.problem(), e.lambda(), e.m()));
        }
    }
}
