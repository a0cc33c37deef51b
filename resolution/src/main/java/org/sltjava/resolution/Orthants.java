package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Rational;

/**
 * The Newton engine's analysis of one orthant of a local question: the signs of the vertex terms,
 * the compact faces that carry terms of both signs, and the proof for each that its face
 * polynomial (or the face parts of the squares) has no zero in the open orthant (see
 * {@link NewtonEngine} for the theorems and {@link FaceProof} for the proofs).
 */
final class Orthants {

    private Orthants() {
    }

    /** The result in one orthant: exact (lambda, m), an upper bound, or K negative there. */
    record OrthantOutcome(boolean exact, Rational lambda, int m, boolean negative) {

        String summary() {
            return negative ? "K < 0 nearby" : exact ? "lambda = " + lambda + ", m = " + m : "lambda <= " + lambda;
        }
    }

    /** What is shared by the orthants of one local question. */
    record OrthantContext(NewtonPolyhedron gamma, List<int[]> kPoints, List<Rational> kCoefficients, NewtonEngine.Form form,
            Face principal, int codim, Rational candidate, Budget budget) {

        OrthantOutcome analyse(int[] s, Certificate.Builder cert) {
            List<int[]> points = gamma.points();
            Rational[] signed = new Rational[points.size()];
            for (int j = 0; j < points.size(); j++) {
                signed[j] = kCoefficients.get(j).multiply(OrthantClasses.sign(s, points.get(j)));
            }
            for (int v : gamma.vertices()) {
                if (signed[v].signum() < 0) {
                    cert.line("the vertex term at " + Arrays.toString(points.get(v)) + " has coefficient " + signed[v]);
                    return new OrthantOutcome(false, candidate, 0, true);
                }
            }
            cert.line("every vertex term of Gamma is positive in this orthant");
            List<Integer> candidates = new ArrayList<>();
            for (int j = 0; j < points.size(); j++) {
                if (gamma.compactFaceContaining(List.of(j)).isPresent()) {
                    candidates.add(j);
                }
            }
            List<List<Integer>> pairs = new ArrayList<>();
            for (int a = 0; a < candidates.size(); a++) {
                for (int b = a + 1; b < candidates.size(); b++) {
                    int ja = candidates.get(a);
                    int jb = candidates.get(b);
                    if (signed[ja].signum() != signed[jb].signum()) {
                        pairs.add(List.of(ja, jb));
                    }
                }
            }
            Optional<List<Face>> faces = gamma.compactFacesAbovePairs(pairs, budget.maxCharts());
            if (faces.isEmpty()) {
                cert.line("more than " + budget.maxCharts() + " compact faces carry terms of both signs; not examined");
                return bound(cert);
            }
            if (faces.get().isEmpty()) {
                cert.line("no compact face of Gamma contains terms of both signs: every face polynomial K_tau has"
                        + " coefficients of one sign, hence no zero in (0, inf)^d");
            } else {
                cert.line("compact faces with terms of both signs (every other face polynomial has coefficients of one sign):");
            }
            List<Face> withZeros = new ArrayList<>();
            List<Face> undecided = new ArrayList<>();
            List<Face> zeroFree = new ArrayList<>();
            boolean proven = true;
            List<Face> byDimension = new ArrayList<>(faces.get());
            byDimension.sort(java.util.Comparator.comparingInt(Face::dimension));
            for (Face face : byDimension) {
                if (budget.expired()) {
                    cert.line("time budget used up before every face was examined");
                    return bound(cert);
                }
                FaceProof proof = prove(face, signed, s, zeroFree, budget);
                cert.line("  face " + face.describe(points) + " (dimension " + face.dimension() + ", normal "
                        + Arrays.toString(face.normal().orElseThrow()) + "): " + proof.verdict() + ": " + proof.reason());
                switch (proof.verdict()) {
                    case NO_ZERO -> zeroFree.add(face);
                    case SMOOTH_ZEROS -> withZeros.add(face);
                    case NO_SINGULAR_ZERO -> undecided.add(face);
                    case DEGENERATE, UNPROVEN -> proven = false;
                }
            }
            if (!proven) {
                return bound(cert);
            }
            if (withZeros.isEmpty() && undecided.isEmpty()) {
                cert.line("non-degenerate (no compact face polynomial vanishes in the open orthant): lambda = 1/t0 = "
                        + candidate + ", m = codim = " + codim + " (" + NewtonEngine.STRONG_CITATION + ")");
                return new OrthantOutcome(true, candidate, codim, false);
            }
            int cmp = candidate.compareTo(Rational.HALF);
            if (cmp < 0) {
                cert.line("f is non-degenerate, " + (withZeros.isEmpty() ? "may vanish" : "vanishes") + " in the open orthant,"
                        + " and L = 1/t0 = " + candidate + " < 1/2 (rho < 1): lambda = " + candidate + ", m = codim = " + codim
                        + " whether f vanishes there or not (Varchenko 1976)");
                return new OrthantOutcome(true, candidate, codim, false);
            }
            if (cmp > 0) {
                if (withZeros.isEmpty()) {
                    cert.line("f is non-degenerate and L = 1/t0 = " + candidate + " > 1/2 (rho > 1), but whether f vanishes"
                            + " in the open orthant is not decided: lambda = 1/2 if it does, " + candidate + " if not");
                    return bound(cert);
                }
                cert.line("f is non-degenerate and vanishes (with non-singular zeros) in the open orthant, and L = 1/t0 = "
                        + candidate + " > 1/2 (rho > 1): lambda = 1/2, m = 1 from the smooth zero set (Varchenko 1976)");
                return new OrthantOutcome(true, Rational.HALF, 1, false);
            }
            boolean inside = withZeros.stream().anyMatch(f -> f.isContainedIn(principal));
            if (!inside && undecided.stream().anyMatch(f -> f.isContainedIn(principal))) {
                cert.line("tie L = 1/t0 = 1/2 (rho = 1): lambda = 1/2, but whether a face inside the principal face has zeros"
                        + " is not decided, so m is codim = " + codim + " or codim + 1");
                return bound(cert);
            }
            int m = NewtonEngine.tieMultiplicity(codim, inside);
            cert.line("tie L = 1/t0 = 1/2 (rho = 1) with non-singular zeros: lambda = 1/2; "
                    + (inside ? "a face with zeros lies in the principal face, " : "no face with zeros lies in the principal face, ")
                    + "so m = " + m + " (our count on the toric resolution of Varchenko 1976 and Arnold, Gusein-Zade,"
                    + " Varchenko 1988: the smooth zero set adds one coordinate of ratio 1/2 exactly over the principal face;"
                    + " the argument is spelled out in NewtonEngine.tieMultiplicity)");
            return new OrthantOutcome(true, Rational.HALF, m, false);
        }

        private OrthantOutcome bound(Certificate.Builder cert) {
            cert.line("not proven non-degenerate: lambda <= 1/t0 = " + candidate + " (K <= C sum |v^alpha| near 0);"
                    + " the blow-up engine takes over such orthants");
            return new OrthantOutcome(false, candidate, 0, false);
        }

        private FaceProof prove(Face face, Rational[] signed, int[] s, List<Face> zeroFree, Budget budget) {
            Rational[] y = face.normal().orElseThrow();
            Rational l = face.level().orElseThrow();
            List<int[]> facePoints = new ArrayList<>();
            List<Rational> faceCoefficients = new ArrayList<>();
            for (int j : face.members()) {
                facePoints.add(gamma.points().get(j));
                faceCoefficients.add(signed[j]);
            }
            FaceProof.Terms kTau = new FaceProof.Terms(facePoints, faceCoefficients);
            Optional<FaceProof> beyond = positiveBeyondSubface(face, signed);
            if (beyond.isPresent()) {
                return beyond.get();
            }
            Optional<FaceProof> split = splitIntoFaces(face, zeroFree);
            if (split.isPresent()) {
                return split.get();
            }
            return switch (form.kind()) {
                case POLYNOMIAL -> provePolynomial(kTau, budget);
                case SUM_OF_SQUARES -> proveSquares(kTau, signedParts(s, y, l), budget);
                case SINGLE_SQUARE -> proveSingle(signedParts(s, y, l).getFirst(), budget);
            };
        }

        /**
         * When the negative terms of K_tau lie in a proper face sigma of tau, K_tau = K_sigma + Q
         * with Q a non-empty sum of positive terms; K_sigma >= 0 on the open orthant (it is the
         * limit of s^(-l) K(s^y v) as s -> 0, and K >= 0 near the point), so K_tau > 0 there.
         */
        private Optional<FaceProof> positiveBeyondSubface(Face face, Rational[] signed) {
            List<Integer> negative = new ArrayList<>();
            for (int j : face.members()) {
                if (signed[j].signum() < 0) {
                    negative.add(j);
                }
            }
            if (negative.isEmpty()) {
                return Optional.of(new FaceProof(FaceProof.Verdict.NO_ZERO, "K_tau has coefficients of one sign"));
            }
            Optional<Face> sub = gamma.compactFaceContaining(negative);
            if (sub.isEmpty() || sub.get().members().size() >= face.members().size()) {
                return Optional.empty();
            }
            return Optional.of(new FaceProof(FaceProof.Verdict.NO_ZERO, "the negative terms lie in the proper face "
                    + sub.get().describe(gamma.points()) + ", so K_tau = K_sigma + (positive terms) with K_sigma >= 0"
                    + " (a face polynomial of K >= 0): K_tau > 0 on the open orthant"));
        }

        /**
         * When the terms of K_tau are those of a proper face sigma, already proven free of zeros,
         * together with those of another face sigma', then K_tau = K_sigma + K_sigma' with both
         * parts >= 0 on the open orthant (face polynomials of K >= 0), so a zero of K_tau would be
         * a zero of K_sigma.
         */
        private Optional<FaceProof> splitIntoFaces(Face face, List<Face> zeroFree) {
            for (Face sigma : zeroFree) {
                if (!face.members().containsAll(sigma.members()) || sigma.members().size() >= face.members().size()) {
                    continue;
                }
                List<Integer> rest = new ArrayList<>(face.members());
                rest.removeAll(sigma.members());
                Optional<Face> other = gamma.compactFaceContaining(rest);
                if (other.isPresent() && other.get().members().size() == rest.size()) {
                    return Optional.of(new FaceProof(FaceProof.Verdict.NO_ZERO, "K_tau = K_sigma + K_sigma' for the faces sigma = "
                            + sigma.describe(gamma.points()) + " (proven free of zeros above) and sigma' = "
                            + other.get().describe(gamma.points()) + "; both are >= 0 (face polynomials of K >= 0),"
                            + " so a zero of K_tau would be one of K_sigma"));
                }
            }
            return Optional.empty();
        }

        private List<FaceProof.Terms> signedParts(int[] s, Rational[] y, Rational l) {
            List<FaceProof.Terms> parts = new ArrayList<>();
            for (FaceProof.Terms t : form.doubled()) {
                FaceProof.Terms on = t.onFace(y, l);
                List<Rational> c = new ArrayList<>();
                for (int j = 0; j < on.points().size(); j++) {
                    int[] half = on.points().get(j).clone();
                    for (int i = 0; i < half.length; i++) {
                        half[i] /= 2;
                    }
                    c.add(on.coefficients().get(j).multiply(OrthantClasses.sign(s, half)));
                }
                parts.add(new FaceProof.Terms(on.points(), c));
            }
            return parts;
        }

        private static FaceProof provePolynomial(FaceProof.Terms kTau, Budget budget) {
            Optional<int[][]> line = kTau.line();
            if (line.isEmpty()) {
                return FaceProof.nonNegativeByGroebner(kTau, budget);
            }
            UnivariatePolynomial p = kTau.alongLine(line.get()[0], line.get()[1]).orElseThrow();
            int roots = p.positiveRootCount();
            String text = "K_tau = v^a * P(t), t = v^" + Arrays.toString(line.get()[1]) + ", P(t) = " + p;
            return roots == 0
                    ? new FaceProof(FaceProof.Verdict.NO_ZERO, text + " has no root in (0, inf) (Sturm sequence)")
                    : new FaceProof(FaceProof.Verdict.DEGENERATE, text + " has " + roots
                            + " root(s) in (0, inf) (Sturm sequence): K_tau vanishes in the open orthant");
        }

        private static FaceProof proveSquares(FaceProof.Terms kTau, List<FaceProof.Terms> parts, Budget budget) {
            if (kTau.isOneSigned()) {
                return new FaceProof(FaceProof.Verdict.NO_ZERO, "K_tau has coefficients of one sign");
            }
            List<UnivariatePolynomial> alongFace = new ArrayList<>();
            Optional<int[][]> faceLine = kTau.line();
            for (int i = 0; i < parts.size(); i++) {
                FaceProof.Terms part = parts.get(i);
                if (part.isEmpty()) {
                    continue;
                }
                if (part.isOneSigned()) {
                    return new FaceProof(FaceProof.Verdict.NO_ZERO, "(f_" + (i + 1) + ")_sigma = " + part
                            + " has coefficients of one sign, so the face parts have no common zero in (0, inf)^d");
                }
                Optional<int[][]> line = part.line();
                if (line.isPresent()) {
                    UnivariatePolynomial p = part.alongLine(line.get()[0], line.get()[1]).orElseThrow();
                    if (p.positiveRootCount() == 0) {
                        return new FaceProof(FaceProof.Verdict.NO_ZERO, "(f_" + (i + 1) + ")_sigma = monomial * P(t), P(t) = "
                                + p + " has no root in (0, inf) (Sturm sequence)");
                    }
                }
                if (faceLine.isPresent()) {
                    alongFace.add(part.alongLine(faceLine.get()[0], faceLine.get()[1]).orElseThrow());
                }
            }
            if (faceLine.isEmpty()) {
                return FaceProof.squaresByGroebner(parts, budget);
            }
            UnivariatePolynomial g = alongFace.getFirst();
            for (UnivariatePolynomial p : alongFace) {
                g = g.gcd(p);
            }
            int roots = g.isZero() || g.degree() == 0 ? 0 : g.positiveRootCount();
            String text = "on the edge the face parts are monomials times P_i(t), t = v^" + Arrays.toString(faceLine.get()[1])
                    + "/2; gcd = " + g;
            return roots == 0
                    ? new FaceProof(FaceProof.Verdict.NO_ZERO, text + " has no root in (0, inf): no common zero")
                    : new FaceProof(FaceProof.Verdict.DEGENERATE, text + " has a root in (0, inf): a common zero");
        }

        private static FaceProof proveSingle(FaceProof.Terms fSigma, Budget budget) {
            if (fSigma.isOneSigned()) {
                return new FaceProof(FaceProof.Verdict.NO_ZERO, "f_sigma = " + fSigma + " has coefficients of one sign");
            }
            Optional<int[][]> line = fSigma.line();
            if (line.isEmpty()) {
                return FaceProof.singleByGroebner(fSigma, budget);
            }
            UnivariatePolynomial p = fSigma.alongLine(line.get()[0], line.get()[1]).orElseThrow();
            String text = "f_sigma = monomial * P(t), t = v^(" + Arrays.toString(line.get()[1]) + "/2), P(t) = " + p;
            int roots = p.positiveRootCount();
            if (roots == 0) {
                return new FaceProof(FaceProof.Verdict.NO_ZERO, text + " has no root in (0, inf) (Sturm sequence)");
            }
            UnivariatePolynomial g = p.gcd(p.derivative());
            if (g.degree() >= 1 && g.positiveRootCount() > 0) {
                return new FaceProof(FaceProof.Verdict.DEGENERATE, text + " has a multiple root in (0, inf): gcd(P, P') = "
                        + g + " (Sturm sequence), a singular zero of f_sigma");
            }
            return new FaceProof(FaceProof.Verdict.SMOOTH_ZEROS, text + " has " + roots + " simple root(s) in (0, inf)"
                    + " (Sturm sequence; gcd(P, P') = " + g + " has none there): non-singular zeros only");
        }
    }
}
