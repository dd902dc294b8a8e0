/**
 * Readers for published benchmark instances: Solomon VRPTW, OR-Library p-median, Osman &amp; Christofides
 * capacitated p-median, Lorena &amp; Senne SJC (into {@link org.dostap.engine.optimize.LocationInstance}),
 * reporting every defect with its line and column.
 */
package org.dostap.data.instance;
