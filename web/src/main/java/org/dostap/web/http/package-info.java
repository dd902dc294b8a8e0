/**
 * The HTTP API: one sub-package per feature (controllers and their JSON records), errors mapped to HTTP
 * status in {@code error}. Handlers stay thin: parse, call {@link org.dostap.web.analysis.AccessAnalysis}
 * or a store, map to JSON. Minutes at this edge, seconds inside.
 */
package org.dostap.web.http;
