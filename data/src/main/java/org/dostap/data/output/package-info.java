/**
 * Generic result writers: an all-or-nothing output folder, UTF-8 CSV tables and RFC 7946 GeoJSON.
 */
package org.dostap.data.output;
