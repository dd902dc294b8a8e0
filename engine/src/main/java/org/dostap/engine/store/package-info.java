/**
 * Store contracts: regions and saved scenarios. In-memory implementations serve the bundled pilot;
 * the PostGIS implementations live in the {@code data} module.
 */
package org.dostap.engine.store;
