package org.dostap.engine.store;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.scenario.ScenarioEdit;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Scenarios kept in memory (the zero-setup default). Thread-safe; updates are atomic per store. */
public final class InMemoryScenarioStore implements ScenarioStore {
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, List<MonitoringTarget>> targets = new HashMap<>();
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
        targets.remove(id);
    }

    @Override
    public synchronized List<MonitoringTarget> targets(String scenarioId) {
        if (!scenarios.containsKey(scenarioId)) throw PlanningException.notFound("No scenario with id '" + scenarioId + "'.");
        return targets.getOrDefault(scenarioId, List.of());
    }

    @Override
    public synchronized Scenario replaceTargets(String scenarioId, long expectedVersion, List<MonitoringTarget> list) {
        List<MonitoringTarget> sorted = requireDistinct(list);
        Scenario old = current(scenarioId, expectedVersion);
        Scenario s = new Scenario(old.id(), old.name(), old.regionCode(), old.edits(), old.version() + 1, old.author(), old.createdAt(), clock.instant());
        scenarios.put(s.id(), s);
        targets.put(s.id(), sorted);
        return s;
    }

    /** The targets sorted by area then service; refuses two targets for the same area and service. */
    public static List<MonitoringTarget> requireDistinct(List<MonitoringTarget> list) {
        Set<String> seen = new HashSet<>();
        for (MonitoringTarget t : list)
            if (!seen.add(t.areaCode() + "\u0000" + t.serviceType()))
                throw PlanningException.invalid("Two targets for area '" + t.areaCode() + "' and service '" + t.serviceType() + "'.");
        return list.stream().sorted(Comparator.comparing(MonitoringTarget::areaCode).thenComparing(MonitoringTarget::serviceType)).toList();
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
