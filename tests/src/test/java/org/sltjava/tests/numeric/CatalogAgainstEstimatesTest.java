package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sltjava.core.catalog.Catalog;
import org.sltjava.core.catalog.CatalogEntry;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * Catalogue entries the symbolic engines cannot yet prove (reduced-rank regression with H = 2 and
 * r = 0, where they only give upper bounds) against the independent numeric estimate: the published
 * value of Aoyagi and Watanabe (2005) must lie within 4 of the estimate's standard errors.
 */
@Tag("slow")
class CatalogAgainstEstimatesTest {

    @ParameterizedTest(name = "rrr M={0} N={1} H={2} r={3}")
    @CsvSource({"1, 2, 2, 0", "2, 2, 2, 0", "1, 3, 2, 0"})
    void publishedValuesAgreeWithTheEstimate(int m, int n, int h, int r) {
        CatalogEntry e = Catalog.entry("rrr", Map.of("M", m, "N", n, "H", h, "r", r));
        Estimate est = Estimator.estimate(e.problem(), EstimatorOptions.defaults().withSeed(7).withBudgetSeconds(3));
        double z = est.zScore(e.lambda());
        assertTrue(Math.abs(z) <= 4, e.instance() + ": published " + e.lambda() + ", estimate " + est + ", z = " + z);
    }
}
