package org.dostap.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * An optimization result and a mobile plan as the report tabulates them, read from the JSON Dostap writes
 * ({@code optimize}'s result.json or the API's job result; {@code mobile}'s plan.json or the API's plan). A file that
 * is not such a JSON is a problem naming the file and the missing field.
 */
public final class ReportResults {
    private ReportResults() { }

    /** Sites chosen (new and kept), the gain within the standard, the optimality gap. */
    public record Optimization(String problem, String region, String service, Double gap, boolean provenOptimal, String method, long population,
                               long withinBefore, long withinAfter, long gained, List<Site> sites) { }

    public record Site(String id, String name, String municipality, boolean existing) { }

    /** Teams (base, visits, days, hours, km), the settlements visited and those left unserved. */
    public record MobilePlan(String region, String service, int frequencyWeeks, int horizonWeeks, long populationServed, int settlementsServed,
                             long populationUnserved, int settlementsUnserved, int visits, int teamDays, double teamHours, double km,
                             List<Team> teams, List<Visited> visited, List<Unserved> unserved) { }

    public record Team(int team, String base, int visits, int teamDays, double teamHours, double km) { }

    public record Visited(String id, String name, int population, Integer team, Integer frequencyWeeks, Integer visits) { }

    public record Unserved(String id, String name, int population, String reason) { }

    /** Reads an optimization result; problems name {@code source} (file or field) and what is missing. */
    public static Optimization optimization(JsonNode n, String source, String option, ProblemCollector problems) {
        if (!require(n, source, option, problems, "problem", "sites", "gain")) return null;
        List<Site> sites = new ArrayList<>();
        for (JsonNode s : n.get("sites"))
            sites.add(new Site(text(s, "id"), text(s, "name"), text(s, "municipality"), s.path("existing").asBoolean(false)));
        JsonNode g = n.get("gain");
        return new Optimization(text(n, "problem"), text(n, "region"), text(n, "service"), n.hasNonNull("gap") ? n.get("gap").asDouble() : null,
                n.path("proven_optimal").asBoolean(false), text(n, "method"), g.path("population").asLong(),
                g.path("population_within_standard_before").asLong(), g.path("population_within_standard_after").asLong(),
                g.path("population_gained").asLong(), sites);
    }

    /**
     * Reads a mobile plan; problems name {@code source} and what is missing. Plans written before the API and the
     * command shared one record set (plan.json with {@code teams} and {@code km_driven}, the API's answer with
     * {@code population_newly_reached}) are read too.
     */
    public static MobilePlan mobilePlan(JsonNode n, String source, String option, ProblemCollector problems) {
        if (n != null && n.isObject() && !n.hasNonNull("team_loads") && n.path("teams").isArray()) { // an older plan.json
            n = n.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).set("team_loads", n.get("teams"));
        }
        if (!require(n, source, option, problems, "team_loads", "totals", "served")) return null;
        JsonNode t = n.get("totals"), par = n.path("parameters");
        java.util.Map<Integer, String> bases = new java.util.HashMap<>();
        for (JsonNode b : n.path("team_bases")) bases.put(b.path("team").asInt(), text(b, "name"));
        String oneBase = n.path("base").isObject() ? text(n.get("base"), "name") : null;
        List<Team> teams = new ArrayList<>();
        for (JsonNode x : n.get("team_loads"))
            teams.add(new Team(x.path("team").asInt(), bases.getOrDefault(x.path("team").asInt(), oneBase), x.path("visits").asInt(),
                    x.path("team_days").asInt(), x.path("team_hours").asDouble(), either(x, "distance_km", "km_driven").asDouble()));
        List<Visited> visited = new ArrayList<>();
        for (JsonNode x : n.get("served"))
            visited.add(new Visited(text(x, "settlement_id"), text(x, "name"), x.path("population").asInt(),
                    x.hasNonNull("team") ? x.get("team").asInt() : null, x.hasNonNull("frequency_weeks") ? x.get("frequency_weeks").asInt() : null,
                    x.hasNonNull("visits") ? x.get("visits").asInt() : null));
        List<Unserved> unserved = new ArrayList<>();
        for (JsonNode x : n.path("unserved"))
            unserved.add(new Unserved(text(x, "settlement_id"), text(x, "name"), x.path("population").asInt(), text(x, "message")));
        return new MobilePlan(text(n, "region"), text(n, "service"), par.path("frequency_weeks").asInt(0), par.path("horizon_weeks").asInt(0),
                either(t, "population_served", "population_newly_reached").asLong(), t.path("settlements_served").asInt(),
                t.path("population_unserved").asLong(), t.path("settlements_unserved").asInt(), t.path("visits").asInt(),
                t.path("team_days").asInt(), t.path("team_hours").asDouble(), either(t, "distance_km", "km_driven").asDouble(), teams,
                visited, unserved);
    }

    /** {@code field}, or the name an older file gave it. */
    private static JsonNode either(JsonNode n, String field, String olderName) {
        return n.hasNonNull(field) ? n.get(field) : n.path(olderName);
    }

    private static boolean require(JsonNode n, String source, String option, ProblemCollector problems, String... fields) {
        if (n == null || !n.isObject()) {
            problems.add(new ProblemLocation.Option(option), source + " is not a JSON object");
            return false;
        }
        boolean ok = true;
        for (String f : fields)
            if (!n.hasNonNull(f)) {
                problems.add(new ProblemLocation.Option(option), source + " has no '" + f + "' field: not a Dostap " + ("problem".equals(fields[0]) ? "optimization result (result.json)"
                        : "mobile plan (plan.json)"));
                ok = false;
            }
        return ok;
    }

    private static String text(JsonNode n, String field) { return n.hasNonNull(field) ? n.get(field).asText() : null; }
}
