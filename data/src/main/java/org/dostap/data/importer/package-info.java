/**
 * Developer-run importer that builds the bundled dataset from the raw sources (see data/README.md).
 * Never used at build, test or run time.
 */
package org.dostap.data.importer;
