/**
 * The HTTP API: one sub-package per feature (controllers and their JSON records), errors mapped to HTTP
 * status in {@code error}. Handlers stay thin: parse the request into a use case's request record
 * ({@code org.dostap.web.analysis}), run it, write the result as JSON. Minutes at this edge, seconds inside.
 */
package org.dostap.web.http;
