package org.sltjava.resolution.rules;

import java.util.Optional;
import org.sltjava.core.Certificate;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.ResolveEngine;

/**
 * The answer of a sub-question restated as the answer of the rule that asked it (a change of
 * coordinates or a reduction that keeps lambda and m), with the rule's certificate.
 */
final class Restated {

    private Restated() {
    }

    /** The exact answer r as this engine's, with the certificate so far. */
    static RlctResult exact(RlctResult r, Certificate.Builder cert) {
        return RlctResult.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), ResolveEngine.NAME, cert.build());
    }

    /** The answer r nested under the heading: exact as this engine's, otherwise as it is. */
    static Optional<RlctResult> nested(String heading, RlctResult r, Certificate.Builder cert) {
        cert.nest(heading, r.certificate());
        return Optional.of(r.isExact() ? exact(r, cert) : r);
    }
}
