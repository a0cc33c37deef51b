/**
 * Symbolic engines built on exact arithmetic: the Newton-polyhedron engine
 * ({@link org.sltjava.resolution.NewtonEngine}, name {@code newton}) with its exact linear
 * programming ({@link org.sltjava.resolution.ExactLp}), faces of Newton polyhedra
 * ({@link org.sltjava.resolution.NewtonPolyhedron}), orthant classes, and the tools of the
 * non-degeneracy proofs: exact real roots ({@link org.sltjava.resolution.UnivariatePolynomial},
 * {@link org.sltjava.resolution.SquareForm}) and Groebner bases through JAS, whose calls stop at
 * the time limit ({@link org.sltjava.resolution.Deadline}); and the resolution engine
 * ({@link org.sltjava.resolution.ResolveEngine}, name {@code resolve}) for degenerate K and global
 * questions: a search ({@link org.sltjava.resolution.SearchContext}) over the rules of
 * {@code org.sltjava.resolution.rules}, one class per theorem, tried in the order of
 * {@code Strategy.standard()}.
 *
 * <p>Performance model: every number is a {@link org.sltjava.core.Rational}; the linear programs
 * have one row per variable plus one, so their cost grows with the number of terms and the
 * number of compact faces that carry terms of both signs. {@code slt bench --only engines} reports
 * the median time per problem.
 */
package org.sltjava.resolution;
