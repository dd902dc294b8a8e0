/**
 * The use-case layer: every question the product answers is one class here, taking one typed request record and
 * returning one typed result record; the edges ({@code cli}: picocli commands, {@code http}: Javalin controllers)
 * only parse their syntax into the request and write the result. Coverage, settlement detail, catchments and the
 * two comparisons: {@link org.dostap.web.analysis.AccessAnalysis} ({@link org.dostap.web.analysis.CoverageQuery} in,
 * {@link org.dostap.web.analysis.CoverageView} / {@link org.dostap.web.analysis.Comparison} out), on the bundled
 * regions, PostGIS or a user's own files ({@code RegionStore.of}). Optimization: {@code optimize}. Mobile teams:
 * {@code mobile}. Seconds inside; the edges convert to minutes. Imports engine and data, never cli or http.
 */
package org.dostap.web.analysis;
