package org.sltjava.resolution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Box;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PositivityProver;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * A question inside a search: the parameters, the loss K, the prior's weight, the box and, for a
 * local question, the point. Unlike a {@link Problem} it is not validated when made: the
 * questions of charts, blocks and changes of coordinates are built by the rules from a question
 * already validated, and their K is non-negative near the point by the theorem each rule cites,
 * so the hundreds of exact evaluations and the interval proof of {@code Problem.builder()} would
 * only be repeated per chart. Where a sub-question may have no zero at all (a chart of a blow-up,
 * a factor of a product), {@link #hasProvenNoZero} says so as a typed outcome.
 */
public record Question(List<String> parameters, Loss loss, Polynomial weight, Box box, Optional<Map<String, Rational>> point) {

    /** A question; the point, when present, is copied in parameter order. */
    public Question {
        List<String> names = List.copyOf(parameters);
        parameters = names;
        point = point.map(p -> {
            Map<String, Rational> ordered = new LinkedHashMap<>();
            for (String v : names) {
                ordered.put(v, p.get(v));
            }
            return Collections.unmodifiableMap(ordered);
        });
    }

    /** The question of a validated problem. */
    public static Question of(Problem p) {
        return new Question(p.parameters(), p.loss(), p.weight(), p.box(), p.point());
    }

    /** A global question over the box. */
    public static Question global(List<String> parameters, Loss loss, Polynomial weight, Box box) {
        return new Question(parameters, loss, weight, box, Optional.empty());
    }

    /** K expanded. */
    public Polynomial k() {
        return loss.expanded();
    }

    /** Whether the question is local (asked at a point). */
    public boolean isLocal() {
        return point.isPresent();
    }

    /** The same question asked locally at {@code at}, a zero of K in the box. */
    public Question at(Map<String, Rational> at) {
        return new Question(parameters, loss, weight, box, Optional.of(at));
    }

    /** The same question with another loss. */
    public Question withLoss(Loss other) {
        return new Question(parameters, other, weight, box, point);
    }

    /**
     * Whether K is proven positive on the whole box by interval arithmetic (the check by which a
     * {@link Problem} refuses a non-realizable global question): then the question has no zero
     * and its zeta function no pole.
     */
    public boolean hasProvenNoZero() {
        Polynomial k = k();
        if (k.isConstant()) {
            return k.constantTerm().signum() > 0;
        }
        return PositivityProver.provePositive(k, box, PositivityProver.DEFAULT_BUDGET).isPresent();
    }

    /** A one-line description in the form of {@link Problem#toString()}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("K = ").append(loss).append(" over ").append(parameters).append(", box ").append(box);
        if (!weight.equals(Polynomial.one())) {
            sb.append(", weight |").append(weight).append('|');
        }
        point.ifPresent(p -> sb.append(", at ").append(Problem.formatPoint(p)));
        return sb.toString();
    }
}
