/**
 * Readers of the user's settlement and facility files (CSV or GeoJSON, PRODUCT.md "Input file contracts"):
 * every problem of a file is collected and reported at once, naming file, row and column.
 */
package org.dostap.data.input;
