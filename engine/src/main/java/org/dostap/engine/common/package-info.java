/**
 * Shared vocabulary: points (lon, lat in EPSG:4326), problems and the planner-facing exception.
 * Imports nothing from the feature packages.
 */
package org.dostap.engine.common;
