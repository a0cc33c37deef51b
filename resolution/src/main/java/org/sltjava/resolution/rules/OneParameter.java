package org.sltjava.resolution.rules;

import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.JasAlgebra;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;
import org.sltjava.resolution.UnivariatePolynomial;

/**
 * One parameter x over [lo, hi], the weight free of zeros: K = c prod g_i^(k_i) with g_i
 * irreducible over Q, so squarefree, and its real roots are simple; near such a root g_i
 * is a coordinate and K = g_i^(k_i) times a non-zero unit (distinct irreducible factors
 * have no common root), so the local lambda is 1/k_i with m = 1, at an end of the range
 * as well (a half-line gives the same exponent). Roots are counted exactly, without being
 * located: Sturm sequences in the open range and evaluation at the rational ends. This is
 * how irrational zeros such as x = sqrt(2) are settled without a number field.
 */
public final class OneParameter implements Rule {

    @Override
    public String id() {
        return "one-parameter";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, Thm 6.1 (monomial rule); Sturm sequences";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (p.isLocal() || p.parameters().size() != 1 || !Charts.weightFreeOfZeros(p)) {
            return Optional.empty();
        }
        String x = p.parameters().getFirst();
        Interval range = p.box().range(x);
        Rational lambda = null;
        StringBuilder text = new StringBuilder("one parameter, the weight free of zeros on " + range + ": K = c * prod g_i^k_i over Q;");
        for (Map.Entry<Polynomial, Integer> f : JasAlgebra.over(p.parameters(), ctx.deadline()).factors(p.k()).entrySet()) {
            UnivariatePolynomial g = JasAlgebra.univariate(f.getKey(), x);
            int roots = g.rootCountIn(range.lo(), range.hi())
                    + (f.getKey().evaluate(Map.of(x, range.lo())).isZero() ? 1 : 0)
                    + (f.getKey().evaluate(Map.of(x, range.hi())).isZero() ? 1 : 0);
            text.append(" g = ").append(f.getKey()).append(" (k = ").append(f.getValue()).append(") has ").append(roots)
                    .append(" root(s) in the closed range");
            if (roots > 0) {
                Rational l = Rational.of(1, f.getValue());
                text.append(", each simple: local lambda = 1/").append(f.getValue()).append(", m = 1");
                lambda = Charts.min(lambda, l);
            }
            text.append(";");
        }
        if (lambda == null) {
            return Optional.empty();
        }
        cert.line(text + " the minimum over the roots: lambda = " + lambda + ", m = 1");
        return Optional.of(RlctResult.exact(lambda, 1, ResolveEngine.NAME, cert.build()));
    }
}
