package org.dostap.web.http.scenario;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.SavedWith;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.json.EditJson;
import org.dostap.web.http.json.JsonBodies;

import java.util.List;

/**
 * Saved scenarios: list, load, save (create), update or rename (PUT with the version read), delete (with the
 * version). A stale version gets 409 and nothing changes. Writes pass through {@link WriteAccess}.
 */
public final class ScenarioController {
    private final ScenarioStore store;
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;
    private final WriteAccess access;

    public ScenarioController(ScenarioStore store, AccessAnalysis analysis, JsonBodies bodies, WriteAccess access) {
        this.store = store;
        this.analysis = analysis;
        this.bodies = bodies;
        this.access = access;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions/{code}/scenarios", ctx -> ctx.json(
                store.listScenarios(analysis.region(ctx.pathParam("code")).code()).stream()
                        .map(s -> ScenarioJson.from(s, false)).toList()));
        routes.post("/api/regions/{code}/scenarios", access.guard(this::create));
        routes.get("/api/scenarios/{id}", ctx -> ctx.json(ScenarioJson.from(get(ctx.pathParam("id")), true)));
        routes.put("/api/scenarios/{id}", access.guard(this::update));
        routes.delete("/api/scenarios/{id}", access.guard(this::delete));
    }

    private void create(Context ctx) {
        String region = analysis.region(ctx.pathParam("code")).code();
        ScenarioJson.WriteJson body = bodies.read(ctx, ScenarioJson.WriteJson.class, ScenarioJson.WriteJson.EMPTY);
        List<ScenarioEdit> edits = validate(region, body, false);
        Scenario s = store.createScenario(region, body.name().trim(), edits, author(body),
                SavedWith.current(analysis.region(region).provenance()));
        ctx.status(201).header("Location", "/api/scenarios/" + s.id()).json(ScenarioJson.from(s, true));
    }

    private void update(Context ctx) {
        Scenario current = get(ctx.pathParam("id"));
        ScenarioJson.WriteJson body = bodies.read(ctx, ScenarioJson.WriteJson.class, ScenarioJson.WriteJson.EMPTY);
        List<ScenarioEdit> edits = validate(current.regionCode(), body, true);
        Scenario s = store.updateScenario(current.id(), body.version(), body.name().trim(), edits, author(body),
                SavedWith.current(analysis.region(current.regionCode()).provenance()));
        ctx.json(ScenarioJson.from(s, true));
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        String v = ctx.queryParam("version");
        long version;
        try {
            version = Long.parseLong(v == null ? "" : v.trim());
        } catch (NumberFormatException e) {
            throw PlanningException.invalid(List.of(Problem.atField("query.version",
                    "the version you loaded is required to delete (e.g. ?version=3), got '" + (v == null ? "" : v) + "'")));
        }
        store.deleteScenario(get(id).id(), version);
        ctx.status(204);
    }

    private Scenario get(String id) {
        return store.findScenario(id).orElseThrow(() -> PlanningException.notFound("No scenario with id '" + id + "'."));
    }

    private List<ScenarioEdit> validate(String region, ScenarioJson.WriteJson body, boolean versionRequired) {
        ProblemCollector problems = new ProblemCollector();
        if (body.name() == null || body.name().isBlank()) problems.field("name", "a scenario name is required");
        else Limits.NAME_LENGTH.check(body.name().length(), "name", problems);
        if (versionRequired && body.version() == null)
            problems.field("version", "the version you loaded is required, so that nobody's changes are overwritten");
        if (body.author() != null && !body.author().isEmpty()) Limits.NAME_LENGTH.check(body.author().length(), "author", problems);
        List<ScenarioEdit> edits = EditJson.applyTo(analysis, region, body.edits(), problems).edits();
        problems.throwIfAny();
        return edits;
    }

    private static String author(ScenarioJson.WriteJson body) {
        return body.author() == null ? "" : body.author().trim();
    }
}
