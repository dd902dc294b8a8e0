/**
 * The PostGIS store: {@link org.dostap.data.postgis.PostgisStores#open(String)} opens a pool, migrates the schema
 * (Flyway, {@code db/migration/dostap}) and hands out {@link org.dostap.data.postgis.PostgisRegionStore} and
 * {@link org.dostap.data.postgis.PostgisScenarioStore} (the engine's store contracts) and the result store.
 * Imports replace a region in one transaction ({@link org.dostap.data.postgis.PostgisRegionWriter}). All SQL is
 * parameterized; an unreachable database is a {@code PlanningException} UNAVAILABLE with a one-line message.
 */
package org.dostap.data.postgis;
