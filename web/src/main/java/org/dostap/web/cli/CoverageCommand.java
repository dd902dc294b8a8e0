package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.catchment.CatchmentResult;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.coverage.AccessModel;
import org.dostap.engine.coverage.CapacitatedAssignment;
import org.dostap.engine.coverage.ServiceDemand;
import org.dostap.engine.coverage.CoverageRequest;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.CoverageService;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dostap.web.analysis.RunProvenance;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dostap coverage}: travel time from every settlement to the nearest facility of a service, coverage within
 * thresholds per municipality and region, catchments. Writes summary.json, settlements.csv, settlements.geojson,
 * settlements.gpkg and catchments.geojson into {@code --out} all at once; on bad input writes nothing and exits 2
 * listing every problem.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Who reaches a service within a travel-time threshold: per settlement, municipality and region.",
                "Writes DIR/summary.json, settlements.csv, settlements.geojson, settlements.gpkg, settlements.xlsx, catchments.geojson "
                        + "(all or nothing).",
                "Without --osm, travel times are estimated from the great-circle distance with a detour factor and speed measured "
                        + "on real road networks, with a low-high band (docs/estimate.md); every output says so."},
        footer = {"", "Example: dostap coverage --region SML --service community-support --threshold-min 30 --out out/sml"})
public final class CoverageCommand implements Callable<Integer> {
    @Option(names = "--region", paramLabel = "CODE", description = "Bundled region (province code, e.g. SML).")
    String region;

    @Option(names = "--settlements", paramLabel = "FILE", description = "Settlements CSV or GeoJSON (id,name,lon,lat,population,...) instead of --region.")
    Path settlementsFile;

    @Option(names = "--facilities", paramLabel = "FILE", description = "Facilities CSV or GeoJSON (id,name,service,lon,lat,...): with --settlements, or with --region instead of its bundled (illustrative) facilities.")
    Path facilitiesFile;

    @Option(names = "--service", required = true, paramLabel = "ID", description = "Service type id, e.g. community-support, crisis, rehabilitation.")
    String service;

    @Option(names = "--threshold-min", paramLabel = "MIN", description = "Threshold of interest in minutes (default: the service type's standard for the --mode: by car, or on foot).")
    Integer thresholdMinutes;

    @Option(names = "--thresholds-min", split = ",", paramLabel = "MIN", description = "Thresholds table in minutes (default 15,30,45,60).")
    List<Integer> thresholdsMinutes = new ArrayList<>();

    @Option(names = "--population", paramLabel = "COLUMN", description = "Population column (default: the newest NSI year, or 'population' in user files).")
    String population;

    @Option(names = "--mode", defaultValue = "car", paramLabel = "car|foot", description = "Travel mode (default car).")
    String mode;

    @Option(names = "--capacitated", description = {"Also assign each settlement's service users to the centres within the standard that have free places:"
            + " optimal (most users served, then least total travel time; a settlement may be split across centres; exact).",
            "Writes DIR/capacity.json (occupancy per centre, unserved users) and capacity-settlements.csv. Centres need a capacity in places."})
    boolean capacitated;

    @Option(names = "--single-source", description = "With --capacitated: each settlement's users all go to one centre or are all unserved"
            + " (heuristic, with the bound and gap in capacity.json); default: a settlement may be split across centres (exact).")
    boolean singleSource;

    @Option(names = "--uptake-per-1000", paramLabel = "N", description = "With --capacitated: service users per 1,000 residents (or of --target-group)."
            + " Default per service type: rehabilitation 0.74 (published national users) and crisis 0.037 (published national places), docs/uptake.md; community-support 5 is ASSUMED (no published source found).")
    String uptakePer1000;

    @Option(names = "--target-group", paramLabel = "COLUMN", description = "With --capacitated: the population column the rate applies to (e.g. pop_0_17; default: --population).")
    String targetGroup;

    @Mixin
    NetworkOptions network = new NetworkOptions();

    @Option(names = "--lang", defaultValue = LanguageOption.DEFAULT, paramLabel = "bg|en",
            description = LanguageOption.HELP + "settlements.xlsx and the Excel CSV.")
    String lang;

    @Option(names = "--excel-csv", description = "Also write settlements-excel.csv: CSV (Excel, ;) with ';' and decimal commas, for Excel with Bulgarian settings.")
    boolean excelCsv;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created; the files replace their namesakes when it exists).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        LanguageOption.check(lang, problems);
        TravelMode travelMode = network.travelMode(mode, problems);
        CoverageRequest request = request(problems);
        OutFolder.check(out, problems);
        BundledRegionStore store = new BundledRegionStore();
        Optional<RegionData> regionData = CoverageInputs.load(store, region, settlementsFile, facilitiesFile,
                network.roadNetworkRequested(), problems);
        if (request != null && regionData.isPresent()) {
            new CoverageService().check(regionData.get(), request, AccessAnalysis.searchLimitSeconds(longest(request))).forEach(problems::add);
        } else {
            checkServiceAndColumn(regionData.orElse(null), problems);
        }
        Double rate = checkCapacityOptions(regionData.orElse(null), problems);
        problems.throwIfAny();

        PrintStream err = System.err;
        TravelTimeProvider provider = network.openProvider(err);
        try (AutoCloseable closeRoad = provider instanceof AutoCloseable c ? c : () -> { }) {
            // the same use case as the API's /coverage and /catchments, on a store of this one region
            RegionData data = regionData.get();
            AccessAnalysis analysis = new AccessAnalysis(RegionStore.of(data), provider, travelMode);
            // the road matrix is long work: one shortest-path tree per facility, behind a progress bar
            if (provider instanceof RoadNetwork)
                ProgressBars.withBar("Travel times (facilities)", err, bar -> analysis.warmUp(data.code(), bar, longest(request)));
            else analysis.warmUp(data.code(), ProgressListener.NONE, longest(request));
            int threshold = request.thresholdSeconds() > 0 ? request.thresholdSeconds()
                    : data.services().get(request.serviceTypeId()).standardSeconds(travelMode); // walking has its own standard
            CoverageQuery query = new CoverageQuery(data.code(), request.serviceTypeId(), threshold,
                    request.populationColumn() == null ? data.defaultPopulationColumn() : request.populationColumn(), List.of());
            CoverageView view = analysis.coverage(query, request.thresholdsSeconds());
            CoverageResult result = view.result();
            CatchmentResult catchments = analysis.catchments(query, result.thresholdsSeconds());
            CapacitatedAssignment.Result capacity = !capacitated ? null : new CapacitatedAssignment().assign(
                    analysis.warmUp(data.code(), ProgressListener.NONE, longest(request)), request.serviceTypeId(), threshold,
                    ServiceDemand.of(request.serviceTypeId(), targetGroup != null ? targetGroup.trim() : query.populationColumn(), rate),
                    singleSource);
            CoverageOutputs.write(out, view, catchments, provenance(data, query, result, provider, travelMode),
                    org.dostap.data.output.SheetLanguage.parse(lang), excelCsv, capacity);
            print(result);
            if (capacity != null) printCapacity(capacity);
        }
        return DostapCommand.EXIT_OK;
    }

    /** The longest threshold asked for (the service's standard is at most the table's or checked by the engine). */
    private static int longest(CoverageRequest r) {
        return Math.max(r.thresholdSeconds(), r.thresholdsSeconds().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** Every output's provenance: the input files, the travel times and the options as given. */
    private RunProvenance provenance(RegionData data, CoverageQuery query, CoverageResult result, TravelTimeProvider provider,
                                     TravelMode travelMode) {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("settlements", settlementsFile);
        files.put("facilities", facilitiesFile);
        files.put("network", network.osmFile().orElse(null));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("region", region);
        parameters.put("service", query.serviceType());
        parameters.put("threshold_min", query.thresholdSeconds() / 60.0);
        parameters.put("thresholds_min", result.thresholdsSeconds().stream().map(t -> t / 60.0).toList());
        parameters.put("population", query.populationColumn());
        parameters.put("mode", travelMode.name().toLowerCase(java.util.Locale.ROOT));
        return RunProvenance.of(data, query.populationColumn(), provider, travelMode,
                result.provenance().facilitiesIllustrative(), RunProvenance.files(files), parameters);
    }

    /** The --capacitated options: a rate that is a number >= 0, an existing target-group column, centres with places. */
    private Double checkCapacityOptions(RegionData data, ProblemCollector problems) {
        if (!capacitated) {
            if (uptakePer1000 != null) problems.add(CommandLineProblems.option("--uptake-per-1000"), "only with --capacitated");
            if (targetGroup != null) problems.add(CommandLineProblems.option("--target-group"), "only with --capacitated");
            if (singleSource) problems.add(CommandLineProblems.option("--single-source"), "only with --capacitated");
            return null;
        }
        Double rate = null;
        if (uptakePer1000 != null) {
            try {
                rate = Double.parseDouble(uptakePer1000.trim());
                if (!(rate >= 0) || rate.isInfinite()) { problems.add(CommandLineProblems.option("--uptake-per-1000"), "must be a number >= 0 (users per 1,000), got " + uptakePer1000); rate = null; }
            } catch (NumberFormatException e) {
                problems.add(CommandLineProblems.option("--uptake-per-1000"), "not a number: '" + uptakePer1000 + "' (users per 1,000 residents, e.g. 5 or 2.5)");
            }
        } else if (service != null && !ServiceDemand.hasDefault(service.trim())) {
            problems.add(CommandLineProblems.option("--uptake-per-1000"), "no default uptake rate for service type '" + service + "': give users per 1,000 residents");
        }
        if (data == null) return rate;
        if (targetGroup != null && !data.populationColumns().contains(targetGroup.trim()))
            problems.add(CommandLineProblems.option("--target-group"), "unknown population column '" + targetGroup + "'. Available: " + String.join(", ", data.populationColumns()) + ".");
        if (service != null)
            for (var f : data.facilitiesOf(service.trim()))
                if (f.capacity() <= 0 && f.status() != org.dostap.engine.region.FacilityStatus.CANDIDATE)
                    problems.cell(facilitiesFile != null ? facilitiesFile.toString() : "facilities", 0, "capacity",
                            "centre " + f.id() + " (" + f.name() + ") has no capacity in places (0 or empty): --capacitated needs the places of every centre");
        return rate;
    }

    private void printCapacity(CapacitatedAssignment.Result c) {
        System.out.printf(java.util.Locale.ROOT, "Capacitated (%s; demand in %s, capacity in %s%s): %.1f of %.1f users served within %d min by %d places;"
                        + " %.1f unserved (rate %s per 1,000 of %s: %s); %s%s. Wrote capacity.json, capacity-settlements.csv%n",
                c.singleSource() ? "single source" : "split allowed", c.demandUnit(), c.capacityUnit(),
                c.facilitiesIllustrative() ? ", ILLUSTRATIVE facilities" : "", c.servedUsers(), c.users(), c.thresholdSeconds() / 60,
                c.places(), c.unservedUsers(), c.demand().usersPer1000(), c.demand().column(), c.demand().source(), c.optimality().status(),
                c.optimality().gapServedPct() > 0 ? String.format(java.util.Locale.ROOT, ", at most %.1f users could be served (gap %.2f %%)",
                        c.optimality().boundServedUsers(), c.optimality().gapServedPct()) : "");
    }

    private CoverageRequest request(ProblemCollector problems) {
        if (thresholdMinutes != null) Limits.THRESHOLD_MIN.check(thresholdMinutes, CommandLineProblems.option("--threshold-min"), problems);
        for (Integer t : thresholdsMinutes) Limits.THRESHOLD_MIN.check(t, CommandLineProblems.option("--thresholds-min"), problems);
        if (!problems.isEmpty()) return null;
        try {
            return new CoverageRequest(service, thresholdMinutes == null ? 0 : thresholdMinutes * 60,
                    thresholdsMinutes.stream().map(m -> m * 60).toList(), population);
        } catch (PlanningException e) {
            problems.addAll(e);
            return null;
        }
    }

    /** When no full check is possible: the service against the region's (or the default) catalogue, and the column. */
    private void checkServiceAndColumn(RegionData regionData, ProblemCollector problems) {
        ServiceCatalog catalog = regionData == null ? ServiceCatalog.defaults() : regionData.services();
        if (service != null && catalog.find(service.trim()).isEmpty())
            problems.add(CommandLineProblems.option("--service"), "unknown service type '" + service + "'. Known types: "
                    + String.join(", ", catalog.list().stream().map(t -> t.id()).toList()) + ".");
        if (regionData != null && population != null && !regionData.populationColumns().contains(population.trim()))
            problems.add(CommandLineProblems.option("--population"), "unknown population column '" + population + "'. Available: "
                    + String.join(", ", regionData.populationColumns()) + ".");
    }

    /**
     * The estimate's range beside the covered counts, as summary.json and every other output give it: empty when the
     * times have no spread (road times, or an estimate without a band).
     */
    static String estimateRange(ThresholdCoverage at) {
        if (at.coveredPopulationLow() == at.coveredPopulationHigh() && at.coveredSettlementsLow() == at.coveredSettlementsHigh()) return "";
        return String.format(java.util.Locale.ROOT, " (estimate range: %d-%d settlements, %d-%d people, roads slow to fast)",
                at.coveredSettlementsLow(), at.coveredSettlementsHigh(), at.coveredPopulationLow(), at.coveredPopulationHigh());
    }

    private void print(CoverageResult r) {
        ThresholdCoverage at = r.region().getThreshold(r.thresholdSeconds());
        PrintStream o = System.out;
        o.printf("%s, %s within %d min (%s travel times%s): %d of %d settlements, %d of %d people covered%s;"
                        + " %d settlements not connected.%n",
                r.provenance().regionCode(), r.serviceTypeId(), r.thresholdSeconds() / 60, r.provenance().travelTimeSource(),
                r.provenance().facilitiesIllustrative() ? ", ILLUSTRATIVE facilities" : "",
                at.coveredSettlements(), r.region().settlements(), at.coveredPopulation(), r.region().population(),
                estimateRange(at), r.region().notConnectedSettlements());
        r.warnings().forEach(w -> o.println("warning: " + w));
        o.println("Wrote " + out.resolve(CoverageOutputs.SUMMARY) + ", " + CoverageOutputs.SETTLEMENTS_CSV + ", " + CoverageOutputs.SETTLEMENTS_GEOJSON
                + ", " + CoverageOutputs.SETTLEMENTS_GEOPACKAGE + ", " + CoverageOutputs.SETTLEMENTS_XLSX
                + (excelCsv ? ", " + CoverageOutputs.SETTLEMENTS_EXCEL_CSV : "") + ", " + CoverageOutputs.CATCHMENTS_GEOJSON);
    }
}
