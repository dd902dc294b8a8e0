/** Regions and their map layers (settlements, baseline facilities, boundaries) as JSON and GeoJSON. */
package org.dostap.web.http.region;
