package org.dostap.engine.store;

import org.dostap.engine.scenario.ScenarioEdit;

import java.util.List;
import java.util.Optional;

/**
 * Saved scenarios. Updates and deletes name the version they were based on; a stale version is refused
 * with {@link org.dostap.engine.common.ErrorCode#CONFLICT} and nothing is changed. Thread-safe.
 */
public interface ScenarioStore {
    List<Scenario> listScenarios(String regionCode);

    Optional<Scenario> findScenario(String id);

    /** Creates a scenario at version 1. */
    Scenario createScenario(String regionCode, String name, List<ScenarioEdit> edits, String author);

    /** Replaces name and edits if {@code expectedVersion} is current; returns the new version. */
    Scenario updateScenario(String id, long expectedVersion, String name, List<ScenarioEdit> edits, String author);

    /** Deletes if {@code expectedVersion} is current. */
    void deleteScenario(String id, long expectedVersion);
}
