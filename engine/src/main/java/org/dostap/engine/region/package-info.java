/**
 * The planning region: settlements (demand points, population per named column), facilities
 * (service sites), municipalities and province, and the service-type catalogue.
 */
package org.dostap.engine.region;
