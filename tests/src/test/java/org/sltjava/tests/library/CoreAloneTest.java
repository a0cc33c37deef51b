package org.sltjava.tests.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sltjava.core.RlctEngine;

/**
 * A consumer that depends on slt-core alone, imitated by a class loader holding only slt-core and
 * its one dependency (Commons Numbers): parsing and building problems work there (the core needs
 * no Symja), and {@link RlctEngine#standard()} fails with a clear error naming the artifact to
 * add, instead of an {@code unresolved} answer to every question (the engines of slt-resolution
 * are not found by the service loader).
 */
class CoreAloneTest {

    private static URLClassLoader coreOnly() {
        URL core = RlctEngine.class.getProtectionDomain().getCodeSource().getLocation();
        URL fraction = BigFraction.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {core, fraction}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void coreAloneParsesAndValidatesWithoutSymja() throws Exception {
        try (URLClassLoader coreOnly = coreOnly()) {
            Class<?> problem = coreOnly.loadClass("org.sltjava.core.Problem");
            Object cusp = problem.getMethod("of", String.class).invoke(null, "(y^2 - x^3)^2");
            Object expanded = coreOnly.loadClass("org.sltjava.core.PolynomialParser").getMethod("parse", String.class)
                    .invoke(null, "y^4 - 2*x^3*y^2 + x^6");
            // (y^2 - x^3)^2 = y^4 - 2 x^3 y^2 + x^6 by hand
            assertEquals(expanded, problem.getMethod("k").invoke(cusp));
        }
    }

    @Test
    void standardEngineWithoutResolutionNamesTheMissingArtifact() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader coreOnly = coreOnly()) {
            Thread.currentThread().setContextClassLoader(coreOnly);
            Class<?> engine = coreOnly.loadClass(RlctEngine.class.getName());
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> engine.getMethod("standard").invoke(null));
            IllegalStateException cause = assertInstanceOf(IllegalStateException.class, e.getCause());
            assertTrue(cause.getMessage().contains("org.sltjava:slt-resolution"), cause.getMessage());
            assertTrue(cause.getMessage().contains("org.sltjava:slt-all"), cause.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void standardEngineWithResolutionTriesItsEngines() {
        assertEquals("standard", RlctEngine.standard().name());
        assertTrue(RlctEngine.available().stream().anyMatch(e -> e.name().equals("newton")), RlctEngine.available().toString());
    }
}
