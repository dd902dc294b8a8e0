/** JSON shared by the HTTP features: reading request bodies, scenario edits, GeoJSON (RFC 7946) building. */
package org.dostap.web.http.json;
