package org.dostap.web.cli;

import org.dostap.data.postgis.DatabaseUrl;
import org.dostap.data.postgis.PostgisStores;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.Scenario;

import java.util.List;
import java.util.Optional;

/** Loads a saved scenario (edits and monitoring targets) from PostGIS for a command, problems named by option. */
final class SavedScenarios {
    private static final String SOURCE = "command line";

    /** A scenario with its monitoring targets. */
    record Loaded(Scenario scenario, List<MonitoringTarget> targets) { }

    private SavedScenarios() { }

    /** Empty (and a problem naming {@code option} or --db) when the scenario is missing, of another region, or the database fails. */
    static Optional<Loaded> load(String db, String schema, String id, String regionCode, String option, ProblemCollector problems) {
        if (db == null) {
            problems.add(SOURCE, 0, option, "needs --db URL: saved scenarios live in the database");
            return Optional.empty();
        }
        try (PostgisStores stores = PostgisStores.open(DatabaseUrl.parse(db), schema, 2)) {
            Scenario s = stores.scenarios().findScenario(id).orElse(null);
            if (s == null) problems.add(SOURCE, 0, option, "no saved scenario with id '" + id + "'");
            else if (!s.regionCode().equalsIgnoreCase(regionCode))
                problems.add(SOURCE, 0, option, "scenario '" + s.name() + "' belongs to region " + s.regionCode() + ", not " + regionCode);
            else return Optional.of(new Loaded(s, stores.scenarios().targets(s.id())));
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(SOURCE, 0, "--db", p.message()));
        }
        return Optional.empty();
    }
}
