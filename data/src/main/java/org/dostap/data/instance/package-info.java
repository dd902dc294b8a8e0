/**
 * Readers for published location-problem instances (OR-Library p-median, Osman &amp; Christofides
 * capacitated p-median, Lorena &amp; Senne SJC) into {@link org.dostap.engine.optimize.LocationInstance}.
 */
package org.dostap.data.instance;
