/**
 * What the web layer asks of the engine, in one place: coverage of a region for a service type, threshold
 * and population column with optional scenario edits (applied to a copy), settlement detail, catchments and
 * the two comparisons (scenario against baseline, population year against population year).
 * Seconds inside; the HTTP layer converts to minutes.
 */
package org.dostap.web.analysis;
