package org.sltjava.resolution.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.QuasiHomogeneity;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * A global question whose K and weight are quasi-homogeneous for positive weights q, with every
 * range containing 0: the scaling {@code w -> t^q w} ({@code 0 < t <= 1}) maps the box into
 * itself and multiplies K and the weight by constants, so a neighbourhood of any zero is carried
 * into every neighbourhood of 0, whose zeta function dominates: the global answer is the local one
 * at 0 (Watanabe 2009, ch. 2 and 6). The search ends here: nothing else can do better.
 */
public final class QuasiHomogeneousOrigin implements Rule {

    @Override
    public String id() {
        return "quasi-homogeneous-origin";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 2 and 6 (domination of zeta functions)";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        Optional<QuasiHomogeneity> q = p.isLocal() ? Optional.empty() : Charts.quasiHomogeneous(p);
        if (q.isEmpty() || !q.get().isPositive()) {
            return Optional.empty();
        }
        List<String> vars = p.parameters();
        Map<String, Rational> zero = new LinkedHashMap<>();
        vars.forEach(v -> zero.put(v, Rational.ZERO));
        cert.line("K and the weight are quasi-homogeneous for the positive weights " + Arrays.toString(q.get().q())
                + " and every range contains 0: the scaling w -> t^q w (0 < t <= 1) maps the box into itself and"
                + " multiplies K and the weight by constants, so a neighbourhood of any zero a is carried into"
                + " every neighbourhood of 0; the zeta function of a neighbourhood of 0 dominates, so 0 is a worst"
                + " point and the global answer is the local one at 0");
        RlctResult r = ctx.local(p.at(zero), depth + 1);
        return Restated.nested("local at 0: " + r, r, cert);
    }

    @Override
    public boolean ends() {
        return true;
    }
}
