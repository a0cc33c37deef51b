package org.sltjava.core.catalog;

import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * One instance of a named model family with its published learning coefficient: the problem
 * (K, parameters, box), lambda and m, the citation, the conditions under which the published
 * formula holds, which case of it applies, and whether the source proves the value exact or only
 * a bound.
 */
public record CatalogEntry(String family, String instance, Problem problem, Rational lambda, int m, boolean publishedExact,
        String citation, String conditions, String derivation) {

    /** The entry's id, family then instance, as {@code "rrr M=3, N=3, H=2, r=1"}; {@link Catalog#entry(String)} reads it back. */
    public String id() {
        return family + " " + instance;
    }
}
