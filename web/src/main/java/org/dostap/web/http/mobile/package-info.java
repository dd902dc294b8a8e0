/** Mobile teams at the API edge: {@code POST /api/regions/{code}/mobile} plans teams with the engine's MobilePlanner. */
package org.dostap.web.http.mobile;
