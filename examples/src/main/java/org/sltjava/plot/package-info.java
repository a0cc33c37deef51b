/**
 * Pictures as files (SVG and PNG, headless, deterministic): the Newton polygon with the ray and the
 * principal face ({@link org.sltjava.plot.NewtonPlot}), the free energy beside its exact asymptote
 * ({@link org.sltjava.plot.FreeEnergyPlot}), phases' free energies and their crossings
 * ({@link org.sltjava.plot.PhasesPlot}), and a sampler's calibration, pooled or one panel per
 * group ({@link org.sltjava.plot.CalibrationPlot}). Each returns a {@link org.sltjava.plot.Figure},
 * which {@code slt plot} writes; charts are drawn by JFreeChart and written by JFreeSVG, with every
 * element that carries meaning in a named SVG group.
 */
package org.sltjava.plot;
