package org.sltjava.resolution.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.LinearCoordinates;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.SearchContext;

/**
 * Linear coordinates adapted to the factors (see {@link LinearCoordinates}) at a point
 * inside the box: the irreducible factors of K, and of the weight when it vanishes at 0,
 * depend only on the linear forms of their spans; in coordinates {@code u = A w} that take
 * a basis of each group's span (linear factors first, then the linear factors of K's
 * lowest- and highest-degree parts) K is a product of factors in disjoint blocks of
 * coordinates and its linear factors are coordinates. The change is
 * linear and invertible, so it fixes 0 and has the constant Jacobian {@code 1/|det A|}: an
 * analytic isomorphism that keeps the local lambda and m (Watanabe 2009, ch. 2). A weight
 * that is a unit at 0 is replaced by 1 (bounded above and below near 0). The changed K is
 * {@code c prod G_i(A^(-1) u)^(e_i)} (see {@link #substituteFactored}), so a large K is not
 * substituted term by term.
 */
public final class AdaptedLinearCoordinates extends LocalRule {

    /** The rule. */
    public AdaptedLinearCoordinates() {
        super("linear-coordinates", "Watanabe 2009, ch. 2 (invariance under analytic isomorphisms)", true);
    }

    @Override
    Optional<RlctResult> applyAt(Question p, Charts.Centred centred, int depth, SearchContext ctx, Certificate.Builder cert) {
        List<String> vars = centred.vars();
        Loss loss = centred.loss();
        Polynomial weight = centred.weight();
        Polynomial k = loss.expanded();
        Optional<Map<Polynomial, Integer>> kFactors = vars.size() < 2 || k.termCount() < 2 ? Optional.empty() : ctx.factors(k);
        boolean unit = !weight.constantTerm().isZero();
        Optional<Map<Polynomial, Integer>> wFactors = unit ? Optional.of(Map.of()) : ctx.factors(weight);
        if (kFactors.isEmpty() || wFactors.isEmpty()) {
            return Optional.empty();
        }
        List<Polynomial> pieces = new ArrayList<>(kFactors.get().keySet());
        wFactors.get().keySet().stream().filter(f -> !pieces.contains(f)).forEach(pieces::add);
        List<Polynomial> forms = new ArrayList<>();
        for (Polynomial part : List.of(Charts.lowestDegreePart(k, vars), Charts.highestDegreePart(k, vars))) {
            ctx.factors(part).ifPresent(fs -> fs.keySet().stream()
                    .filter(f -> f.totalDegree() == 1 && f.constantTerm().isZero() && !forms.contains(f)).forEach(forms::add));
        }
        Optional<LinearCoordinates> change = LinearCoordinates.adaptedTo(pieces, forms, vars);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        ctx.countChart();
        Map<String, Polynomial> sub = change.get().substitution();
        Loss changed = loss.squares().isPresent() ? Charts.substitute(loss, sub) : Loss.of(Charts.substituteFactored(k, kFactors.get(), sub));
        Polynomial changedWeight = unit ? Polynomial.one() : weight.substitute(sub);
        Optional<Question> q = Charts.localProblem(vars, changed, changedWeight, new int[vars.size()]);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        RlctResult r = ctx.local(q.get(), depth + 1);
        String heading = "linear coordinates adapted to the factors: each irreducible factor of K" + (unit ? "" : " and of the weight")
                + " depends only on the linear forms of its span (the row space of the coefficients of its partial"
                + " derivatives: it is constant along the directions that annihilate it), and the factors grouped as "
                + change.get().describeGroups() + " have spans in direct sum" + (forms.isEmpty() ? "" : "; the linear factors "
                + forms + " of K's lowest- and highest-degree parts are made coordinates where independent")
                + "; the linear change " + change.get().describe()
                + " (det " + change.get().determinant() + " != 0, constant Jacobian: an analytic isomorphism at 0 that keeps"
                + " lambda and m; Watanabe 2009, ch. 2) gives K = " + changed
                + (unit ? "; the weight is a unit at 0 and is replaced by 1" : ", weight " + changedWeight) + ": " + r;
        return Restated.nested(heading, r, cert);
    }
}
