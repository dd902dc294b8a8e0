/**
 * Road networks while the server runs: the graph cache's networks, loading one (a cached graph, a local OpenStreetMap
 * file or a download) as a background job with progress, and switching the analysis to it without a restart.
 */
package org.dostap.web.analysis.network;
