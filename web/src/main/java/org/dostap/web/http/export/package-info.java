/** Downloads of the current view: CSV (UTF-8 with BOM, for Excel) and GeoJSON. */
package org.dostap.web.http.export;
