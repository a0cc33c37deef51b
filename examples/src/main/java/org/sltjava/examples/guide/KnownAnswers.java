package org.sltjava.examples.guide;

import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.generate.KnownProblem;
import org.sltjava.core.generate.KnownProblemGenerator;

/**
 * Guide, chapter 8: problems with known answers for one's own tests. Each generated problem carries
 * its (lambda, m) and the derivation that proves it; the program prints both beside the engines'
 * answer, which a property test compares.
 */
public final class KnownAnswers {

    private KnownAnswers() {
    }

    public static void main(String[] args) {
        KnownProblemGenerator generator = KnownProblemGenerator.of(2026, new KnownProblemGenerator.Size(3, 2, 1, true));
        for (int i = 1; i <= 4; i++) {
            KnownProblem k = generator.next();
            RlctResult r = RlctEngine.standard().analyse(k.problem());
            System.out.println("problem " + i + ": " + k.problem());
            k.derivation().forEach(step -> System.out.println("  " + step));
            System.out.println("  known: lambda = " + k.lambda() + ", m = " + k.m());
            System.out.println("  engines: " + r);
        }
    }
}
