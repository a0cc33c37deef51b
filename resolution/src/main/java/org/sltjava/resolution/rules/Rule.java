package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * One theorem of the resolution search, applied to a question. A rule either does not apply
 * (empty), or settles the question (an exact answer), or bounds it (an upper bound, or
 * unresolved with its reason); it puts sub-questions back to the search through the
 * {@link SearchContext}, and writes its steps into the certificate. A {@link Strategy} tries rules
 * in order: the first exact answer wins, bounds are kept, and a rule that {@link #ends} the search
 * when it applies stops it with what it proved.
 */
public interface Rule {

    /** A short stable identifier, as derivations and tests name the rule. */
    String id();

    /** The theorem the rule applies, by author and year. */
    String citation();

    /** Applies the rule to the question at this depth of the search. */
    Optional<RlctResult> apply(Question q, int depth, SearchContext context, Certificate.Builder cert);

    /** Whether the search ends once this rule applies (its answer is then all that can be proven). */
    default boolean ends() {
        return false;
    }
}
