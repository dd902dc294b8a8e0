/**
 * The only writers of the output formats: an all-or-nothing output folder, JSON files and records
 * ({@link org.dostap.data.output.JsonOutput}), UTF-8 CSV tables ({@link org.dostap.data.output.CsvTableWriter},
 * {@link org.dostap.data.output.ExcelCsvWriter}), RFC 7946 GeoJSON ({@link org.dostap.data.output.GeoJsonFeatureWriter},
 * {@link org.dostap.data.output.GeoJsonNodes}), GeoPackage for QGIS ({@link org.dostap.data.output.GeoPackageExporter})
 * and workbooks ({@link org.dostap.data.output.XlsxWorkbookWriter}).
 */
package org.dostap.data.output;
