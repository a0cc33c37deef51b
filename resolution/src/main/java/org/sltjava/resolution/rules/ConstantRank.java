package org.sltjava.resolution.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.JasAlgebra;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * The constant-rank rule at 0 for {@code K = c sum f_i^2} with {@code f(0) = 0}: when the
 * Jacobian of f has rank r at 0 and rank at most r everywhere (its generic rank), the
 * constant rank theorem gives coordinates (y, z) with {@code f = F(y)}, F an immersion,
 * so K is comparable with |y|^2: lambda = r/2, m = 1 (Morse-Bott). Without squares, a
 * Hessian of full rank d gives d/2, m = 1 (Morse).
 */
public final class ConstantRank extends LocalRule {

    /** The rule. */
    public ConstantRank() {
        super("constant-rank", "Watanabe 2009 (Morse and Morse-Bott); the constant rank theorem");
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        List<String> vars = centred.vars();
        Loss loss = centred.loss();
        Polynomial weight = centred.weight();
        if (!centred.open() || weight.constantTerm().isZero()) {
            return Optional.empty();
        }
        Optional<List<Polynomial>> fs = Charts.squares(loss, vars, ctx.deadline());
        Map<String, Rational> zero = new LinkedHashMap<>();
        vars.forEach(v -> zero.put(v, Rational.ZERO));
        if (fs.isPresent()) {
            List<List<Polynomial>> jac = Charts.jacobian(fs.get(), vars);
            int r = RationalMatrix.rank(Charts.evaluate(jac, zero));
            if (r == 0) {
                return Optional.empty();
            }
            int generic = JasAlgebra.over(vars, ctx.deadline()).genericRank(jac);
            if (generic != r) {
                cert.line("the Jacobian of the squares has rank " + r + " at 0 but generic rank " + generic
                        + ": the constant-rank rule does not apply");
                return Optional.empty();
            }
            Rational lambda = Rational.of(r, 2);
            return Optional.of(RlctResult.exact(lambda, 1, ResolveEngine.NAME, cert.line("K = c * sum f_i^2 with f = " + fs.get()
                    + "; the Jacobian of f has rank " + r + " at 0 and generic rank " + r + " (Bareiss elimination over"
                    + " Q(w)), so by the constant rank theorem K is comparable with |y|^2 in " + r
                    + " coordinates y and the zero set is smooth of codimension " + r + ": lambda = " + lambda
                    + ", m = 1 (Morse-Bott; Watanabe 2009)").build()));
        }
        Polynomial k = loss.expanded();
        List<List<Polynomial>> hessian = new ArrayList<>();
        for (String a : vars) {
            List<Polynomial> row = new ArrayList<>();
            for (String b : vars) {
                row.add(k.derivative(a).derivative(b));
            }
            hessian.add(row);
        }
        int r = RationalMatrix.rank(Charts.evaluate(hessian, zero));
        if (r == vars.size()) {
            Rational lambda = Rational.of(r, 2);
            return Optional.of(RlctResult.exact(lambda, 1, ResolveEngine.NAME, cert.line("the Hessian of K at 0 has full rank " + r
                    + ": a regular (Morse) point, lambda = d/2 = " + lambda + ", m = 1 (Watanabe 2009)").build()));
        }
        return Optional.empty();
    }
}
