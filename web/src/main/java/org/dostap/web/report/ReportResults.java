package org.dostap.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An optimization result and a mobile plan as the report tabulates them, read from the JSON Dostap writes
 * ({@code optimize}'s result.json or the API's job result; {@code mobile}'s plan.json or the API's plan). A file that
 * is not such a JSON is a problem naming the file and the missing field.
 */
public final class ReportResults {
    private ReportResults() { }

    /** Most parameters a source lists, and the longest value shown (the report names where a result came from, briefly). */
    static final int MAX_PARAMETERS = 24, MAX_VALUE_CHARS = 80;

    /**
     * Where a tabulated result came from: {@code kind} {@link #FILE} (a file given to the command), {@link #JOB} (a
     * finished optimization job of the server) or {@link #PLAN} (a mobile plan the server made for the page), its
     * {@code reference} (file name or id), the time of the run (ISO-8601, from the result's provenance; null when it has
     * none) and the request's parameters as the result's provenance records them (short texts, in order).
     */
    public record Source(String kind, String reference, String runAt, Map<String, String> parameters) {
        public static final String FILE = "file", JOB = "job", PLAN = "plan";

        public Source {
            parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        /** The source of the result {@code n}: its provenance's {@code run_at} and {@code parameters}. */
        static Source of(String kind, String reference, JsonNode n) {
            JsonNode p = n.path("provenance");
            Map<String, String> params = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = p.path("parameters").fields(); it.hasNext() && params.size() < MAX_PARAMETERS; ) {
                Map.Entry<String, JsonNode> e = it.next();
                String v = shortText(e.getValue());
                if (v != null) params.put(e.getKey(), v);
            }
            return new Source(kind, reference, text(p, "run_at"), params);
        }

        private static String shortText(JsonNode v) {
            if (v == null || v.isNull() || v.isMissingNode()) return null;
            String s;
            if (v.isArray()) {
                if (v.isEmpty()) return null;
                List<String> items = new ArrayList<>();
                for (JsonNode x : v) items.add(x.isValueNode() ? x.asText() : "…");
                s = items.size() <= 6 ? String.join(", ", items) : String.join(", ", items.subList(0, 3)) + ", … (" + items.size() + ")";
            } else if (v.isObject()) return null;
            else s = v.asText();
            return s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS - 1) + "…" : s;
        }
    }

    /**
     * Sites chosen (new and kept), the gain within the standard, the optimality gap, where the result came from, and how
     * people travel in it ({@code car}, {@code foot}; null in results written before the mode was recorded: by car).
     */
    public record Optimization(String problem, String region, String service, Double gap, boolean provenOptimal, String method, long population,
                               long withinBefore, long withinAfter, long gained, long gainedLow, long gainedHigh, List<Site> sites,
                               Source source, String travelMode) { }

    public record Site(String id, String name, String municipality, boolean existing) { }

    /**
     * Teams (base, visits, days, hours, km), the settlements visited and those left unserved; {@code accessMode} how people
     * reach the fixed centres in the plan ({@code car}, {@code foot}; null in plans written before it was recorded: by car).
     */
    public record MobilePlan(String region, String service, int frequencyWeeks, int horizonWeeks, long populationServed, int settlementsServed,
                             long populationUnserved, int settlementsUnserved, int visits, int teamDays, double teamHours, double km,
                             List<Team> teams, List<Visited> visited, List<Unserved> unserved, Source source, String accessMode) { }

    public record Team(int team, String base, int visits, int teamDays, double teamHours, double km) { }

    public record Visited(String id, String name, int population, Integer team, Integer frequencyWeeks, Integer visits) { }

    public record Unserved(String id, String name, int population, String reason) { }

    /** Reads an optimization result file given with the command-line {@code option}; problems name the file and what is missing. */
    public static Optimization optimization(JsonNode n, String source, String option, ProblemCollector problems) {
        return optimization(n, source, new ProblemLocation.Option(option), new Source(Source.FILE, source, null, Map.of()), problems);
    }

    /**
     * Reads an optimization result (a file's or a job's); problems are at {@code where} and name {@code source} and what is
     * missing. {@code from} says where it came from ({@link Source#kind()}, reference); the run time and parameters are read
     * from the result's provenance.
     */
    public static Optimization optimization(JsonNode n, String source, ProblemLocation where, Source from, ProblemCollector problems) {
        if (!require(n, source, where, problems, "problem", "sites", "gain")) return null;
        List<Site> sites = new ArrayList<>();
        for (JsonNode s : n.get("sites"))
            sites.add(new Site(text(s, "id"), text(s, "name"), text(s, "municipality"), s.path("existing").asBoolean(false)));
        JsonNode g = n.get("gain");
        return new Optimization(text(n, "problem"), text(n, "region"), text(n, "service"), n.hasNonNull("gap") ? n.get("gap").asDouble() : null,
                n.path("proven_optimal").asBoolean(false), text(n, "method"), g.path("population").asLong(),
                g.path("population_within_standard_before").asLong(), g.path("population_within_standard_after").asLong(),
                g.path("population_gained").asLong(),
                // the estimate's range of the gain (roads slow to fast); a result written before it had one: the gain itself
                g.path("population_gained_low").asLong(g.path("population_gained").asLong()),
                g.path("population_gained_high").asLong(g.path("population_gained").asLong()),
                sites, Source.of(from.kind(), from.reference(), n),
                n.hasNonNull("travel_mode") ? text(n, "travel_mode") : n.path("provenance").hasNonNull("travel_mode") ? text(n.get("provenance"), "travel_mode") : null);
    }

    /**
     * Reads a mobile plan; problems name {@code source} and what is missing. Plans written before the API and the
     * command shared one record set (plan.json with {@code teams} and {@code km_driven}, the API's answer with
     * {@code population_newly_reached}) are read too.
     */
    public static MobilePlan mobilePlan(JsonNode n, String source, String option, ProblemCollector problems) {
        return mobilePlan(n, source, new ProblemLocation.Option(option), new Source(Source.FILE, source, null, Map.of()), problems);
    }

    /** Reads a mobile plan (a file's or the server's); problems are at {@code where} and name {@code source} and what is missing. */
    public static MobilePlan mobilePlan(JsonNode n, String source, ProblemLocation where, Source from, ProblemCollector problems) {
        if (n != null && n.isObject() && !n.hasNonNull("team_loads") && n.path("teams").isArray()) { // an older plan.json
            n = n.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).set("team_loads", n.get("teams"));
        }
        if (!require(n, source, where, problems, "team_loads", "totals", "served")) return null;
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
                visited, unserved, Source.of(from.kind(), from.reference(), n),
                par.hasNonNull("access_mode") ? text(par, "access_mode") : null);
    }

    /** {@code field}, or the name an older file gave it. */
    private static JsonNode either(JsonNode n, String field, String olderName) {
        return n.hasNonNull(field) ? n.get(field) : n.path(olderName);
    }

    private static boolean require(JsonNode n, String source, ProblemLocation where, ProblemCollector problems, String... fields) {
        if (n == null || !n.isObject()) {
            problems.add(where, source + " is not a JSON object");
            return false;
        }
        boolean ok = true;
        for (String f : fields)
            if (!n.hasNonNull(f)) {
                problems.add(where, source + " has no '" + f + "' field: not a Dostap " + ("problem".equals(fields[0]) ? "optimization result (result.json)"
                        : "mobile plan (plan.json)"));
                ok = false;
            }
        return ok;
    }

    private static String text(JsonNode n, String field) { return n.hasNonNull(field) ? n.get(field).asText() : null; }
}
