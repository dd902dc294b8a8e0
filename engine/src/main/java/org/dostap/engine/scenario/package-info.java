/**
 * What-if scenarios: edits (add, move, close a facility; change a capacity; close roads) applied copy-on-write to a region.
 */
package org.dostap.engine.scenario;
