/** {@code /api/network}: the road network in use, the graph cache's networks, loading one while the server runs. */
package org.dostap.web.http.network;
