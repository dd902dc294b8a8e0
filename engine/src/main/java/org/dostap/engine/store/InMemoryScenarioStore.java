package org.dostap.engine.store;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.scenario.ScenarioEdit;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Scenarios kept in memory (the zero-setup default). Thread-safe; updates are atomic per store. */
public final class InMemoryScenarioStore implements ScenarioStore {
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryScenarioStore() { this(Clock.systemUTC()); }

    public InMemoryScenarioStore(Clock clock) { this.clock = clock; }

    @Override
    public synchronized List<Scenario> listScenarios(String regionCode) {
        return scenarios.values().stream().filter(s -> s.regionCode().equals(regionCode))
                .sorted(Comparator.comparing(Scenario::createdAt).thenComparing(Scenario::id)).toList();
    }

    @Override
    public synchronized Optional<Scenario> findScenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    @Override
    public synchronized Scenario createScenario(String regionCode, String name, List<ScenarioEdit> edits, String author, SavedWith savedWith) {
        requireName(name);
        Instant now = clock.instant();
        Scenario s = new Scenario(UUID.randomUUID().toString(), name.trim(), regionCode, edits, 1, author, now, now, savedWith);
        scenarios.put(s.id(), s);
        return s;
    }

    @Override
    public synchronized Scenario updateScenario(String id, long expectedVersion, String name, List<ScenarioEdit> edits, String author,
                                             SavedWith savedWith) {
        requireName(name);
        Scenario old = current(id, expectedVersion);
        Scenario s = new Scenario(id, name.trim(), old.regionCode(), edits, old.version() + 1, author, old.createdAt(), clock.instant(),
                savedWith);
        scenarios.put(id, s);
        return s;
    }

    @Override
    public synchronized void deleteScenario(String id, long expectedVersion) {
        current(id, expectedVersion);
        scenarios.remove(id);
    }

    private Scenario current(String id, long expectedVersion) {
        Scenario old = scenarios.get(id);
        if (old == null) throw PlanningException.notFound("No scenario with id '" + id + "'.");
        if (old.version() != expectedVersion)
            throw new PlanningException(ErrorCode.CONFLICT, "Scenario '" + old.name() + "' was changed by someone else"
                    + " (your version " + expectedVersion + ", current version " + old.version()
                    + "). Reload it, re-apply your changes and save again.");
        return old;
    }

    public static void requireName(String name) {
        if (name == null || name.isBlank()) throw PlanningException.invalid("Scenario name is required.");
        if (name.length() > 200) throw PlanningException.invalid("Scenario name is longer than 200 characters.");
    }
}
