package org.sltjava.resolution.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Box;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Charts;
import org.sltjava.resolution.LinearNetwork;
import org.sltjava.resolution.Question;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SearchContext;

/**
 * The global question of a deep linear network (reduced-rank regression when L = 2) with a true
 * matrix C of rank 1 <= r <= min(H_1, ..., H_(L-1)), settled by its symmetry. K = s ||W_L ... W_1
 * - C||^2 ({@link LinearNetwork}, proven by exact comparison) is invariant under the linear
 * automorphisms W_l -> g_l W_l g_(l-1)^-1 (g_l in GL(H_l) on the hidden layers), so the local
 * (lambda, m) at interior points with a positive weight are constant along orbits. The argument:
 * <ol>
 *   <li>The zeros at which every layer has rank r (canonical zeros) form one orbit: each
 *       partial product W_l ... W_1 has kernel ker C, and g_l maps its image, and a complement in
 *       ker W_(l+1), onto those of the other zero.</li>
 *   <li>Every zero has a canonical zero in the closure of its orbit: its representation of the
 *       A_(L+1) quiver is a sum of interval modules (Gabriel 1972); r of them span every layer (the
 *       rank of C), and a one-parameter subgroup scaling layer k of each other interval by t^k
 *       (t^(k - L) when it ends at the output), the identity on input and output, multiplies its
 *       maps by t and tends to a canonical zero as t -> 0.</li>
 *   <li>Near a zero q0, every zero q has lambda(q) >= lambda(q0) and, at equality, m(q) <= m(q0)
 *       (a small ball around q lies in one around q0 and the zeta functions' integrands are
 *       positive). With 1. and 2., no zero has a smaller (lambda, larger m) than a canonical one;
 *       on the box's faces the restricted volume is smaller still.</li>
 *   <li>A canonical zero inside the open box attains it, so the global answer is the local answer
 *       at a canonical zero. With P C Q = D = diag(1, ..., 1, 0, ...), (W_L, W_1) -> (P W_L, W_1 Q)
 *       is a linear automorphism carrying K to a function comparable with ||W - D||^2 (the map
 *       X -> P^-1 X Q^-1 is invertible), asked at the standard zero p, every layer [I_r 0; 0 0].</li>
 *   <li>At p, with blocks of the first r rows and columns, the product T = W_L ... W_1 has T11
 *       invertible and ||T - D||^2 is comparable with |X|^2 + |Y|^2 + |Z|^2 + |S|^2, X = T11 - I,
 *       Y = T12, Z = T21 and S = T22 - T21 T11^-1 T12 its Schur complement. Block LDU factorisation
 *       and (I + a b)^-1 = I - a (I + b a)^-1 b give S(W T') = s(W) V S(T') with V = (I + a b)^-1,
 *       a = T'21 T'11^-1, b = W11^-1 W12, so S = s_L V_L s_(L-1) ... V_2 s_1 with s_l the Schur
 *       complement of layer l. The map to X, Y, Z (in place of W_1's blocks 11 and 12 and W_L's
 *       block 21) and sigma_1 = s_1, sigma_l = s_l V_l (in place of the blocks 22) has, at p, a
 *       unipotent Jacobian (there every block but the 11 blocks vanishes and V = I), so it is an
 *       analytic change of coordinates, in which K is comparable with
 *       |X|^2 + |Y|^2 + |Z|^2 + ||sigma_L ... sigma_1||^2. The parts share no coordinate:
 *       lambda = r(M + N - r)/2 + lambda', m = m', (lambda', m') the answer of the network of widths
 *       H_l - r with true matrix 0 at the origin (no such part when a width is r).</li>
 * </ol>
 * A local answer that is only a bound bounds the global lambda.
 */
public final class LinearNetworkOrbits implements Rule {

    @Override
    public String id() {
        return "linear-network-orbits";
    }

    @Override
    public String citation() {
        return "Watanabe 2009, Remark 7.2 (the global answer is the worst local one); Gabriel 1972 (interval modules of the"
                + " A_n quiver); invariance of (lambda, m) under analytic automorphisms and comparable functions";
    }

    @Override
    public Optional<RlctResult> apply(Question q, int depth, SearchContext ctx, Certificate.Builder cert) {
        if (q.isLocal()) {
            return Optional.empty();
        }
        Optional<LinearNetwork> found = LinearNetwork.recognise(q.parameters(), q.loss());
        if (found.isEmpty() || found.get().rank() < 1 || found.get().rank() > found.get().narrowestHiddenLayer()) {
            return Optional.empty();
        }
        LinearNetwork net = found.get();
        if (!Charts.weightFreeOfZeros(q)) {
            cert.line("a linear network of widths " + Arrays.toString(net.widths()) + ", but the weight is not proven free of zeros"
                    + " on the box: its symmetry does not carry local answers along orbits");
            return Optional.empty();
        }
        Optional<Map<String, Rational>> zero = net.interiorCanonicalZero(q.box());
        if (zero.isEmpty()) {
            cert.line("a linear network of widths " + Arrays.toString(net.widths()) + " with a true matrix of rank " + net.rank()
                    + ", but no zero with every layer of rank " + net.rank() + " was found inside the open box");
            return Optional.empty();
        }
        Certificate.Builder bc = Certificate.builder();
        bc.line("K = " + net.scale() + " ||W_" + net.depth() + " ... W_1 - C||^2 exactly, with layer widths "
                + Arrays.toString(net.widths()) + " and C = " + Arrays.deepToString(net.truth()) + " of rank r = " + net.rank()
                + " <= " + net.narrowestHiddenLayer() + " (the narrowest hidden layer); the weight has no zero on the box");
        bc.line("K is invariant under W_l -> g_l W_l g_(l-1)^-1 (g_l in GL(H_l) on the hidden layers): the zeros with every"
                + " layer of rank r form one orbit, every zero has such a zero in the closure of its orbit (interval modules,"
                + " Gabriel 1972), and (lambda, m) can only improve towards a limit point, so no zero in the box beats a zero"
                + " with every layer of rank r, and on the box's faces the restricted volume is smaller still");
        bc.line("such a zero inside the open box: " + Problem.formatPoint(zero.get()));
        bc.line("its local answer is that of the standard network (C = D = diag(1, ..., 1, 0, ...), rank " + net.rank()
                + ") at its standard zero p, every layer [I_r 0; 0 0]: (W_L, W_1) -> (P W_L, W_1 Q) with P C Q = D is a linear"
                + " automorphism making K comparable with ||W - D||^2");
        int c = net.regularCoordinates();
        Rational regular = Rational.of(c, 2);
        bc.line("at p, ||W_L ... W_1 - D||^2 is comparable with |X|^2 + |Y|^2 + |Z|^2 + ||sigma_L ... sigma_1||^2 in analytic"
                + " coordinates: X, Y, Z the product's blocks 11 - I, 12 and 21 (" + c + " regular coordinates, lambda " + regular
                + ") and sigma_l the layers' Schur complements times invertible factors (Schur complements multiply up to units)");
        List<Polynomial> product = net.reducedProduct();
        if (product.isEmpty()) {
            bc.line("the reduced network has a layer of width 0 (M, N or a hidden width is r), so its product is 0: lambda = "
                    + regular + ", m = 1");
            bc.line("the global answer is the local one at a zero with every layer of rank r");
            return Optional.of(RlctResult.exact(regular, 1, ResolveEngine.NAME, bc.build()));
        }
        List<String> vars = net.reducedParameters();
        Map<String, Rational> origin = new LinkedHashMap<>();
        vars.forEach(v -> origin.put(v, Rational.ZERO));
        // The weight has no zero on the box: a positive unit near every zero, it changes no local answer.
        Question reduced = Question.global(vars, Loss.sumOfSquares(product), Polynomial.one(), Box.uniform(vars, Interval.of(-2, 2)))
                .at(origin);
        // Half of the time: when the local rules cannot settle it, the rules after this one may still bound K.
        Optional<RlctResult> answered = ctx.localWithin(2, reduced, depth + 1);
        if (answered.isEmpty()) {
            cert.nest("the network sigma_L ... sigma_1 at the origin ran out of its half of the time", bc.build());
            return Optional.empty();
        }
        RlctResult r = answered.get();
        bc.nest("the network sigma_L ... sigma_1 (true matrix 0) at the origin: " + r, r.certificate());
        if (r.isExact()) {
            Rational lambda = regular.add(r.lambda().orElseThrow());
            bc.line("the sum over disjoint coordinates: lambda = " + regular + " + " + r.lambda().orElseThrow() + " = " + lambda
                    + ", m = " + r.m().orElseThrow());
            bc.line("the global answer is the local one at a zero with every layer of rank r");
            return Optional.of(RlctResult.exact(lambda, r.m().orElseThrow(), ResolveEngine.NAME, bc.build()));
        }
        if (r.lambdaUpper().isEmpty()) {
            cert.nest("the local question at a zero with every layer of rank r was not settled", bc.build());
            return Optional.empty();
        }
        Rational bound = regular.add(r.lambdaUpper().orElseThrow());
        cert.nest("the local question at a zero with every layer of rank r bounds the global one: lambda <= " + bound, bc.build());
        return Optional.of(RlctResult.upperBound(bound, ResolveEngine.NAME, Certificate.of(
                "the local answer at a zero of K with every layer of rank r inside the box")));
    }
}
