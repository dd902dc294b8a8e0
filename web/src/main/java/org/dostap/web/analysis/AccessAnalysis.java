package org.dostap.web.analysis;

import org.dostap.data.input.RegionExtent;
import org.dostap.engine.catchment.CatchmentRequest;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.ProblemCollector;
import org.locationtech.jts.geom.Envelope;
import org.dostap.engine.catchment.CatchmentResult;
import org.dostap.engine.catchment.CatchmentService;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.coverage.AccessModel;
import org.dostap.engine.coverage.CoverageRequest;
import org.dostap.engine.coverage.CoverageService;
import org.dostap.engine.coverage.SettlementAccess;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.scenario.ScenarioEdits;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.RoadClosure;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web layer's one entry point into the engine: one {@link AccessModel} per region (built on first use,
 * settlements snapped once, one cached travel-time column per facility), {@link CoverageService} and
 * {@link CatchmentService}. Scenario edits make a copy ({@link AccessModel#withEdits}); the baseline held by the
 * {@link RegionStore} is never changed. Thread-safe.
 */
public final class AccessAnalysis {
    private final RegionStore regions;
    /** The travel times in use and everything computed with them; replaced whole by {@link #switchTo}. */
    private volatile Network network;
    private final List<Runnable> onSwitch = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final TravelMode mode;
    private final CoverageService coverage = new CoverageService();
    private final CatchmentService catchments = new CatchmentService();
    /** How far outside a region's boundaries an added or moved facility may lie. */
    public static final int EXTENT_MARGIN_METRES = 20_000;
    private final Map<String, Envelope> extents = new ConcurrentHashMap<>();
    static final int MAX_CLOSED_SCENARIOS = 16;

    private record ClosedKey(String region, List<RoadClosure> closures, int searchLimitSeconds) {}

    /**
     * Travel times and what was computed with them: the region models, and for road closures of recent scenarios the
     * closed network and its model per region (bounded, cleared when full). A request reads it once, so a switch
     * never mixes two networks in one answer.
     */
    private record Network(TravelTimeProvider travelTimes, Map<String, AccessModel> models,
                           Map<List<RoadClosure>, TravelTimeProvider> closedNetworks, Map<ClosedKey, AccessModel> closedModels) {
        Network(TravelTimeProvider travelTimes) {
            this(travelTimes, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    /**
     * Where the work a request's check may need runs (loading a region not seen before, a scenario's closed network):
     * the web server hands it to its heavy-work executor and waits, so that it never runs on a web server thread; the
     * command line runs it where it is asked for.
     */
    public interface Offload {
        /** Runs {@code work} (about {@code estimatedBytes} at its peak) and returns its result or throws its exception. */
        <T> T run(String what, long estimatedBytes, java.util.concurrent.Callable<T> work);

        /** Runs the work on the calling thread. */
        Offload DIRECT = new Offload() {
            @Override public <T> T run(String what, long estimatedBytes, java.util.concurrent.Callable<T> work) {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** What a region's first load or a closed network is expected to need at most (admission only). */
    static final long LOAD_BYTES = 16L << 20;
    private volatile Offload offload = Offload.DIRECT;
    /** Regions loaded once already: later calls ask the store directly (a loaded region costs a look-up, or one row on PostGIS). */
    private final java.util.Set<String> loadedCodes = ConcurrentHashMap.newKeySet();
    private volatile java.util.function.BiConsumer<String, Thread> buildWatch = (what, thread) -> { };

    /** Runs the loads and builds a request's check needs through {@code offload} from now on (the web server's executor). */
    public void offloadTo(Offload offload) { this.offload = offload; }

    /**
     * Called with what is built ("model SIX|car|10800", "region SIX", "closed network") and the thread that builds it,
     * each time: lets a test check that no web server thread ever builds one.
     */
    public void watchBuilds(java.util.function.BiConsumer<String, Thread> watch) { this.buildWatch = watch; }

    public AccessAnalysis(RegionStore regions, TravelTimeProvider travelTimes) {
        this(regions, travelTimes, TravelMode.CAR);
    }

    /** {@code mode}: how people travel to the services (car on the map; the CLI also offers foot). */
    public AccessAnalysis(RegionStore regions, TravelTimeProvider travelTimes, TravelMode mode) {
        this.regions = regions;
        this.network = new Network(travelTimes);
        this.mode = mode;
    }

    public RegionStore regions() { return regions; }

    public TravelTimeProvider travelTimes() { return network.travelTimes(); }

    /**
     * Uses {@code travelTimes} from now on (a road network loaded while the server runs): the regions that had a
     * model are prepared on it first ({@code progress}), then every later request uses it and the listeners of
     * {@link #onSwitch} run (answer caches). Requests already running finish on the previous travel times.
     *
     * @return the travel times used until now (the caller closes a road network when nothing uses it any more)
     */
    public TravelTimeProvider switchTo(TravelTimeProvider travelTimes, ProgressListener progress) {
        Network next = new Network(travelTimes);
        List<String> warm = network.models().keySet().stream().filter(k -> k.endsWith("|" + mode.label() + "|"
                + AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS)).map(k -> k.substring(0, k.indexOf('|'))).distinct().toList();
        for (int i = 0; i < warm.size(); i++) {
            String code = warm.get(i);
            if (travelTimes instanceof org.dostap.engine.routing.RoadNetwork road && !road.modes().contains(mode)) break;
            next.models().computeIfAbsent(code + "|" + mode.label() + "|" + AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS,
                    k -> AccessModel.build(region(code), travelTimes, mode, AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS, ProgressListener.NONE));
            progress.progress(i + 1, warm.size());
        }
        TravelTimeProvider previous;
        synchronized (this) {
            previous = network.travelTimes();
            network = next;
        }
        onSwitch.forEach(Runnable::run);
        return previous;
    }

    /** Runs {@code listener} after every {@link #switchTo} (e.g. to drop cached answers). */
    public void onSwitch(Runnable listener) { onSwitch.add(listener); }

    /** The travel modes this analysis can answer: the road network's imported profiles, or every mode when estimated. */
    public java.util.Set<TravelMode> modes() {
        TravelTimeProvider travelTimes = travelTimes();
        return travelTimes instanceof org.dostap.engine.routing.RoadNetwork road ? road.modes()
                : java.util.EnumSet.allOf(TravelMode.class);
    }

    /**
     * A request's travel mode ({@code car} when not given): known, and a profile of the loaded network; a problem on
     * {@code field} otherwise (car is returned so the other checks can go on).
     */
    public TravelMode checkedMode(String text, String field, ProblemCollector problems) {
        if (text == null || text.isBlank()) return TravelMode.CAR;
        TravelMode mode = TravelMode.parse(text).orElse(null);
        if (mode == null) {
            problems.field(field, "unknown travel mode '" + text + "'; one of: car, foot");
            return TravelMode.CAR;
        }
        if (!modes().contains(mode))
            problems.field(field, "travel mode " + mode.label() + " is not available: the road network was imported without the "
                    + mode.label() + " profile");
        return mode;
    }

    /**
     * The travel times of a scenario: the baseline's, or with the scenario's road closures (computed once and kept
     * for the next requests). @throws PlanningException naming {@code edits[i].geometry} for a closure that cannot
     * apply (estimated travel times; outside the network; closes no road)
     */
    public TravelTimeProvider travelTimes(List<ScenarioEdit> edits) {
        return travelTimes(network, edits);
    }

    private TravelTimeProvider travelTimes(Network network, List<ScenarioEdit> edits) {
        List<RoadClosure> closures = ScenarioEdits.closures(edits);
        TravelTimeProvider travelTimes = network.travelTimes();
        var closedNetworks = network.closedNetworks();
        if (closures.isEmpty()) return travelTimes;
        TravelTimeProvider cached = closedNetworks.get(closures);
        if (cached != null) return cached;
        TravelTimeProvider closed;
        try {
            closed = offload.run("closing roads", LOAD_BYTES, () -> {
                buildWatch.accept("closed network", Thread.currentThread());
                return travelTimes.withClosures(closures);
            });
        } catch (PlanningException e) {
            if (e.code() != org.dostap.engine.common.ErrorCode.INVALID_INPUT) throw e;
            throw PlanningException.invalid(e.problems().stream().map(p -> atEdit(p, edits)).toList());
        }
        if (closedNetworks.size() >= MAX_CLOSED_SCENARIOS) closedNetworks.clear();
        closedNetworks.put(closures, closed);
        return closed;
    }

    /** The engine's field of a road closure: {@code closures}, {@code closures[1]}, {@code closures[1].geometry}. */
    static final java.util.regex.Pattern CLOSURE_FIELD = java.util.regex.Pattern.compile("closures(?:\\[(\\d+)])?(?:\\.(.+))?");

    /** The engine names closures {@code closures[i]} (or {@code closures}): name the request's edit instead. */
    private static Problem atEdit(Problem p, List<ScenarioEdit> edits) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int k = 0; k < edits.size(); k++) if (edits.get(k) instanceof ScenarioEdit.CloseRoads) at.add(k);
        java.util.regex.Matcher m = p.field() == null ? null : CLOSURE_FIELD.matcher(p.field());
        if (m == null || !m.matches() || at.isEmpty()) return p;
        int i = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return Problem.atField("edits[" + at.get(Math.min(i, at.size() - 1)) + "]." + (m.group(2) == null ? "kind" : m.group(2)), p.message());
    }

    /**
     * The baseline region. Its first load (a country's rows from PostGIS, or the bundled files) runs through the
     * {@link #offloadTo offload}; later calls ask the store, which keeps it ({@link RegionStore#findLoadedRegion}: no
     * database on the caller's thread). A code the store's catalogue lacks is answered at once, nothing offloaded.
     * @throws PlanningException NOT_FOUND for an unknown code, naming the known ones
     */
    public RegionData region(String code) {
        if (loadedCodes.contains(code)) return regions.findLoadedRegion(code).orElseThrow(() -> regions.unknownRegion(code));
        if (!regions.mayHold(code)) throw regions.unknownRegion(code);
        RegionData region = offload.run("loading region " + code, LOAD_BYTES, () -> {
            buildWatch.accept("region " + code, Thread.currentThread());
            return regions.getRegion(code);
        });
        loadedCodes.add(code);
        return region;
    }

    /** Builds the region's model now (snapping, one column per facility) so that the first request is fast. */
    public AccessModel warmUp(String code, ProgressListener progress) {
        return warmUp(code, mode, progress, AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS);
    }

    /** The model that reaches {@code neededSeconds} (a threshold beyond 3 h needs the long search, up to 24 h). */
    public AccessModel warmUp(String code, ProgressListener progress, int neededSeconds) {
        return warmUp(code, mode, progress, neededSeconds);
    }

    /** The region's model for one travel mode (each mode has its own, built on first use). */
    public AccessModel warmUp(String code, TravelMode travelMode, ProgressListener progress) {
        return warmUp(code, travelMode, progress, AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS);
    }

    private AccessModel warmUp(String code, TravelMode travelMode, ProgressListener progress, int neededSeconds) {
        return warmUp(network, code, travelMode, progress, neededSeconds);
    }

    private AccessModel warmUp(Network network, String code, TravelMode travelMode, ProgressListener progress, int neededSeconds) {
        String regionCode = region(code).code();
        int limit = searchLimitSeconds(neededSeconds);
        return network.models().computeIfAbsent(regionCode + "|" + travelMode.label() + "|" + limit, k -> {
            buildWatch.accept("model " + k, Thread.currentThread());
            return AccessModel.build(region(regionCode), network.travelTimes(), travelMode, limit, progress);
        });
    }

    /** How far an access model must search for thresholds up to {@code neededSeconds}: 3 h, or the longest allowed. */
    public static int searchLimitSeconds(int neededSeconds) {
        return neededSeconds <= AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS ? AccessModel.DEFAULT_SEARCH_LIMIT_SECONDS : Limits.MAX_THRESHOLD_SECONDS;
    }

    /**
     * Checks the edits against the region without computing travel times: what {@link ScenarioEdits} checks, and
     * added or moved facilities within the region's extent widened by {@link #EXTENT_MARGIN_METRES} (as the command
     * line checks a candidates file). @throws PlanningException listing every bad edit
     */
    public RegionData edited(String code, List<ScenarioEdit> edits) {
        RegionData baseline = region(code);
        if (edits.isEmpty()) return baseline;
        Envelope extent = extents.computeIfAbsent(baseline.code(), c -> RegionExtent.of(baseline, EXTENT_MARGIN_METRES));
        ProblemCollector problems = new ProblemCollector();
        for (int i = 0; i < edits.size(); i++) {
            GeoPoint p = edits.get(i) instanceof ScenarioEdit.AddFacility a ? a.location()
                    : edits.get(i) instanceof ScenarioEdit.MoveFacility m ? m.location() : null;
            if (p != null && !extent.contains(p.lon(), p.lat()))
                problems.field("edits[" + i + "].lon", String.format(Locale.ROOT, "(%.5f, %.5f) lies outside region %s"
                        + " (lon %.3f..%.3f, lat %.3f..%.3f, %d km around its boundaries)", p.lon(), p.lat(), baseline.code(),
                        extent.getMinX(), extent.getMaxX(), extent.getMinY(), extent.getMaxY(), EXTENT_MARGIN_METRES / 1000));
        }
        RegionData edited = null;
        try {
            edited = ScenarioEdits.apply(baseline, edits);
        } catch (PlanningException e) {
            if (problems.isEmpty()) throw e;
            problems.addAll(e);
        }
        problems.throwIfAny();
        travelTimes(edits); // closures must apply to the network too
        return edited;
    }

    public CoverageView coverage(CoverageQuery query) {
        CoverageView view = evaluate(model(query), query);
        if (ScenarioEdits.closures(query.edits()).isEmpty()) return view;
        // the same facilities on the open network: which settlements the closures cut off
        List<ScenarioEdit> facilityEdits = ScenarioEdits.facilityEdits(query.edits());
        CoverageView open = evaluate(model(query.regionCode(), facilityEdits, modeOf(query), query.thresholdSeconds()), query);
        return new CoverageView(query, view.region(), view.result(), open.result());
    }

    /**
     * The existing centres of the query's service under their places: each settlement's service users ({@code demand})
     * assigned within the query's threshold (split allowed, exact; or {@code singleSource}, heuristic with a bound).
     */
    public org.dostap.engine.coverage.CapacitatedAssignment.Result capacity(CoverageQuery query, org.dostap.engine.coverage.ServiceDemand demand,
                                                                            boolean singleSource) {
        return new org.dostap.engine.coverage.CapacitatedAssignment().assign(model(query), query.serviceType(), query.thresholdSeconds(),
                demand, singleSource);
    }

    /** The coverage with a table of thresholds besides the query's own (the CLI's summary: 15, 30, 45, 60 min). */
    public CoverageView coverage(CoverageQuery query, List<Integer> tableSeconds) {
        int longest = Math.max(query.thresholdSeconds(), tableSeconds.stream().mapToInt(Integer::intValue).max().orElse(0));
        return evaluate(model(query.regionCode(), query.edits(), modeOf(query), longest), query, tableSeconds);
    }

    /** The query's scenario against the baseline (same service, threshold and population column). */
    public Comparison compareWithBaseline(CoverageQuery query) {
        CoverageView scenario = coverage(query);
        CoverageView baseline = query.isBaseline() ? scenario : coverage(query.baseline());
        return Comparison.of(baseline, scenario);
    }

    /** The same facilities with population column {@code fromColumn} (before) against the query's column (after). */
    public Comparison comparePopulation(CoverageQuery query, String fromColumn) {
        AccessModel model = model(query);
        return Comparison.of(evaluate(model, query.withPopulationColumn(fromColumn)), evaluate(model, query));
    }

    /** One settlement's access to every service type (the query's threshold marks {@code covered}). */
    public SettlementDetail detail(CoverageQuery query, String settlementId) {
        CoverageView view = coverage(query);
        List<Settlement> settlements = view.region().settlements();
        for (int i = 0; i < settlements.size(); i++) {
            if (settlements.get(i).id().equals(settlementId)) {
                SettlementAccess access = view.settlement(i);
                return new SettlementDetail(settlements.get(i), access, view);
            }
        }
        throw PlanningException.notFound("No settlement with id '" + settlementId + "' in region " + query.regionCode() + ".");
    }

    /**
     * Where a view came from (the API's {@code provenance}): the region's data, the query's population column, the
     * scenario's travel times (its road closures included) and mode, whether its facilities are illustrative.
     *
     * The parameters are the query's: service, threshold, travel mode and the number of scenario edits (their road closures
     * are in {@code closures}).
     */
    public RunProvenance provenance(CoverageView view) {
        return provenance(view, Map.of());
    }

    /** {@link #provenance(CoverageView)} with the use case's own parameters after the query's (e.g. a comparison's earlier column). */
    public RunProvenance provenance(CoverageView view, Map<String, Object> more) {
        return provenance(view.query(), view.result().populationColumn(), view.region().anyIllustrativeFacility(), more);
    }

    /**
     * Where a result computed from {@code q} without a coverage view came from (catchments): as {@link #provenance(CoverageView)},
     * the population column the query's (the region's newest when none), with the use case's own parameters after the query's.
     */
    public RunProvenance provenance(CoverageQuery q, Map<String, Object> more) {
        return provenance(q, region(q.regionCode()).requirePopulationColumn(q.populationColumn()), edited(q.regionCode(), q.edits()).anyIllustrativeFacility(), more);
    }

    private RunProvenance provenance(CoverageQuery q, String populationColumn, boolean illustrative, Map<String, Object> more) {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("service", q.serviceType());
        parameters.put("threshold_min", q.thresholdSeconds() / 60.0);
        parameters.put("mode", modeOf(q).label());
        parameters.put("scenario_edits", q.edits().size());
        parameters.putAll(more);
        return RunProvenance.of(region(q.regionCode()), populationColumn, travelTimes(q.edits()), modeOf(q), illustrative, List.of(),
                parameters);
    }

    /** Catchment polygons of every facility of the queried service type, for each threshold (seconds). */
    public CatchmentResult catchments(CoverageQuery query, List<Integer> thresholdsSeconds) {
        return catchments.compute(model(query.regionCode(), query.edits(), modeOf(query),
                        thresholdsSeconds.stream().mapToInt(Integer::intValue).max().orElse(query.thresholdSeconds())),
                new CatchmentRequest(query.serviceType(), List.of(), thresholdsSeconds, query.populationColumn()));
    }

    /** A settlement, its access to every service type, and the view it came from. */
    public record SettlementDetail(Settlement settlement, SettlementAccess access, CoverageView view) {}

    private TravelMode modeOf(CoverageQuery query) { return query.mode() == null ? mode : query.mode(); }

    private AccessModel model(CoverageQuery query) {
        return model(query.regionCode(), query.edits(), modeOf(query), query.thresholdSeconds());
    }

    private AccessModel model(String code, List<ScenarioEdit> edits, TravelMode travelMode, int neededSeconds) {
        Network network = this.network;
        var closedModels = network.closedModels();
        AccessModel baseline = warmUp(network, code, travelMode, ProgressListener.NONE, neededSeconds);
        if (edits.isEmpty()) return baseline;
        List<RoadClosure> closures = ScenarioEdits.closures(edits);
        if (closures.isEmpty()) return baseline.withEdits(edits);
        ClosedKey key = new ClosedKey(baseline.region().code(), closures, baseline.searchLimitSeconds());
        AccessModel closed = closedModels.get(key);
        if (closed == null) {
            // every travel time changes: snap again and compute every baseline facility's column on the closed network
            buildWatch.accept("model " + key, Thread.currentThread());
            closed = AccessModel.build(baseline.region(), travelTimes(network, edits), baseline.mode(), baseline.searchLimitSeconds(), ProgressListener.NONE);
            if (closedModels.size() >= MAX_CLOSED_SCENARIOS) closedModels.clear();
            closedModels.put(key, closed);
        }
        return closed.withEdits(ScenarioEdits.facilityEdits(edits));
    }

    private CoverageView evaluate(AccessModel model, CoverageQuery query) {
        return evaluate(model, query, List.of(query.thresholdSeconds())); // the table of the one threshold shown
    }

    private CoverageView evaluate(AccessModel model, CoverageQuery query, List<Integer> tableSeconds) {
        var result = coverage.evaluate(model, new CoverageRequest(query.serviceType(), query.thresholdSeconds(),
                tableSeconds, query.populationColumn()));
        return new CoverageView(query, model.region(), result);
    }
}
