package org.sltjava.resolution.rules;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Loss;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Pole;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.ModularProofs;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * Powers: when every irreducible factor of K over Q has a multiplicity divisible by k >= 3,
 * K = c G^k. For even k, K = c (G^2)^(k/2) with c > 0; for odd k, K = |c| (sG)^k with
 * {@code sG >= 0} (s the sign of c). The zeta function of {@code L^j} is that of L at
 * {@code j z}, so lambda divides by j and m stays (Watanabe 2009, ch. 6). K is not factored when
 * a reduction modulo a prime proves it no constant times a power with exponent 3 or more
 * ({@link ModularProofs#provenNoPowerAboveTwo}): then the gcd of the multiplicities is 1 or 2 and
 * the rule would not apply.
 */
public final class Powers implements Rule {

    @Override
    public String id() {
        return "powers";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, ch. 6";
    }

    @Override
    public Optional<RlctResult> apply(Question p, int depth, SearchContext ctx, Certificate.Builder cert) {
        Polynomial k = p.k();
        if (k.termCount() < 2 || ModularProofs.provenNoPowerAboveTwo(k, p.parameters(), ctx.deadline())) {
            return Optional.empty();
        }
        Optional<Map<Polynomial, Integer>> factored = ctx.factors(k);
        if (factored.isEmpty()) {
            return Optional.empty();
        }
        Map<Polynomial, Integer> factors = factored.get();
        int g = 0;
        for (int e : factors.values()) {
            g = BigInteger.valueOf(g).gcd(BigInteger.valueOf(e)).intValue();
        }
        if (g < 3) {
            return Optional.empty();
        }
        Polynomial root = Polynomial.one();
        for (Map.Entry<Polynomial, Integer> f : factors.entrySet()) {
            root = root.multiply(f.getKey().pow(f.getValue() / g));
        }
        Polynomial rootPower = root.pow(g);
        Map.Entry<Monomial, Rational> lead = k.termsOver(p.parameters()).entrySet().iterator().next();
        Rational c = lead.getValue().divide(rootPower.coefficient(Charts.toPowers(lead.getKey(), p.parameters())));
        int j = g % 2 == 0 ? g / 2 : g;
        Loss base = g % 2 == 0 ? Loss.sumOfSquares(List.of(root)) : Loss.of(c.signum() < 0 ? root.negate() : root);
        Question q = p.withLoss(base);
        ctx.countChart();
        RlctResult r = ctx.answer(q, depth);
        String heading = "K = " + c + " * (" + root + ")^" + g + ", so K is a positive constant times L^" + j + " with L = "
                + base + " (>= 0); the zeta function of L^" + j + " at z is that of L at " + j + "z: lambda(K) = lambda(L)/" + j
                + ", m(K) = m(L); L: " + r;
        cert.nest(heading, r.certificate());
        if (r.isExact()) {
            Pole pole = Pole.of(r).root(j);
            cert.line("lambda = " + r.lambda().orElseThrow() + "/" + j + " = " + pole.lambda() + ", m = " + pole.m());
            return Optional.of(pole.toResult(ResolveEngine.NAME, cert.build()));
        }
        return r.lambdaUpper().map(u -> RlctResult.upperBound(u.divide(Rational.of(j)), ResolveEngine.NAME, Certificate.of("power")));
    }
}
