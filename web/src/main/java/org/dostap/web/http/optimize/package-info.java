/**
 * Location optimization at the API edge: jobs run on a small bounded executor ({@link org.dostap.web.http.optimize.OptimizationJobs})
 * so that long runs report their status and can be cancelled.
 */
package org.dostap.web.http.optimize;
