package org.dostap.engine.store;

import org.dostap.engine.scenario.ScenarioEdit;

import java.util.List;
import java.util.Optional;

/**
 * Saved scenarios. Updates and deletes name the version they were based on; a stale version is refused
 * with {@link org.dostap.engine.common.ErrorCode#CONFLICT} and nothing is changed. A scenario also keeps the planner's
 * {@link MonitoringTarget monitoring targets}. Thread-safe.
 */
public interface ScenarioStore {
    List<Scenario> listScenarios(String regionCode);

    Optional<Scenario> findScenario(String id);

    /** Creates a scenario at version 1, recording what it is saved with (this software; {@code savedWith.data()} the region's data). */
    Scenario createScenario(String regionCode, String name, List<ScenarioEdit> edits, String author, SavedWith savedWith);

    /** Replaces name, edits and what it was saved with if {@code expectedVersion} is current; returns the new version. */
    Scenario updateScenario(String id, long expectedVersion, String name, List<ScenarioEdit> edits, String author, SavedWith savedWith);

    /** Creates a scenario at version 1 with this software and no record of the region's data. */
    default Scenario createScenario(String regionCode, String name, List<ScenarioEdit> edits, String author) {
        return createScenario(regionCode, name, edits, author, SavedWith.current(""));
    }

    /** Updates with this software and no record of the region's data. */
    default Scenario updateScenario(String id, long expectedVersion, String name, List<ScenarioEdit> edits, String author) {
        return updateScenario(id, expectedVersion, name, edits, author, SavedWith.current(""));
    }

    /** Deletes if {@code expectedVersion} is current (its monitoring targets go with it). */
    void deleteScenario(String id, long expectedVersion);

    /** The monitoring targets kept with a scenario, by area then service type; empty when none (not found: NOT_FOUND). */
    List<MonitoringTarget> targets(String scenarioId);

    /**
     * Replaces the scenario's monitoring targets if {@code expectedVersion} is current (one per area and service type);
     * returns the scenario at its new version.
     */
    Scenario replaceTargets(String scenarioId, long expectedVersion, List<MonitoringTarget> targets);
}
