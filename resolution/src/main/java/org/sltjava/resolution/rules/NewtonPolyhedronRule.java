package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * The Newton polyhedron: lambda and m of a K that is non-degenerate at the point, or the upper
 * bound 1/t0 (Varchenko 1976; Arnold, Gusein-Zade, Varchenko 1988; Lin 2011; Watanabe 2009),
 * through {@link org.sltjava.resolution.NewtonEngine}. The search asks Newton about the question
 * asked with the whole budget and about sub-questions with a quarter of it (see
 * {@link SearchContext#newton}); a global strategy asks about the question asked first and about
 * sub-questions after the reductions.
 */
public final class NewtonPolyhedronRule implements Rule {

    @Override
    public String id() {
        return "newton-polyhedron";
    }

    @Override
    public String citation() {
        return "Varchenko 1976; Arnold, Gusein-Zade, Varchenko 1988; Lin 2011; Watanabe 2009";
    }

    /** Which questions the rule answers. */
    private enum Scope { ALL, ASKED, SUB_QUESTIONS }

    private final Scope scope;

    private NewtonPolyhedronRule(Scope scope) {
        this.scope = scope;
    }

    /** Every question. */
    public static NewtonPolyhedronRule always() {
        return new NewtonPolyhedronRule(Scope.ALL);
    }

    /** Only the question the search was made for. */
    public static NewtonPolyhedronRule forTheQuestionAsked() {
        return new NewtonPolyhedronRule(Scope.ASKED);
    }

    /** Only the sub-questions of the search. */
    public static NewtonPolyhedronRule forSubQuestions() {
        return new NewtonPolyhedronRule(Scope.SUB_QUESTIONS);
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        boolean asked = p == ctx.root();
        if (scope == Scope.ASKED && !asked || scope == Scope.SUB_QUESTIONS && asked) {
            return Optional.empty();
        }
        RlctResult n = ctx.newton(p);
        if (n.isExact()) {
            return Optional.of(Restated.exact(n, cert.nest("newton: " + n, n.certificate())));
        }
        cert.line("newton: " + n + " (its derivation omitted)");
        return Optional.of(n);
    }
}
