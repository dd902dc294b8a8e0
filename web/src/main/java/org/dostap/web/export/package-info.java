/**
 * Workbook (.xlsx) and Excel CSV tables of the application's results (coverage per settlement and municipality,
 * scenario comparison, optimization result, mobile schedule) with Bulgarian or English headers, names beside codes and
 * a provenance sheet; used by the command line and the HTTP exports. The files themselves are written by
 * {@code org.dostap.data.output}.
 */
package org.dostap.web.export;
