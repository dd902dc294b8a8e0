/** GeoPackage output for QGIS: {@link org.dostap.data.geopackage.GeoPackageExporter}. */
package org.dostap.data.geopackage;
