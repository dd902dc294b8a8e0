/**
 * Readers for published benchmark instances, reporting every defect with its file and line: location problems
 * (OR-Library p-median, Osman &amp; Christofides capacitated p-median, Lorena &amp; Senne SJC) into
 * {@link org.dostap.engine.optimize.LocationInstance}, and Solomon VRPTW.
 */
package org.dostap.data.instance;
