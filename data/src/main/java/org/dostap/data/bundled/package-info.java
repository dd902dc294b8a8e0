/**
 * The bundled dataset (all of Bulgaria, Smolyan pilot facilities) served as an in-memory
 * {@link org.dostap.engine.store.RegionStore}.
 */
package org.dostap.data.bundled;
