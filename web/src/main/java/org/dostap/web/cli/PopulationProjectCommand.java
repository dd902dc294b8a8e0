package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.population.PopulationHistory;
import org.dostap.engine.population.ProjectedSettlement;
import org.dostap.engine.population.ProjectionRequest;
import org.dostap.engine.population.ProjectionResult;
import org.dostap.engine.population.ProjectionService;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dostap population project}: every settlement's population at a horizon year with a low-high range, the method
 * chosen by back-testing (docs/projection.md). Writes DIR/projection.csv and DIR/backtest.json, all or nothing.
 */
@Command(name = "project", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Projects every settlement's population to a horizon year; the method is chosen by back-testing.",
                "Writes DIR/projection.csv (id,name,municipality,projected_population,low,high) and DIR/backtest.json."},
        footer = {"", "Example: dostap population project --region SML --horizon 2030 --out out/proj",
                "Back-test on known years: dostap population project --region BG --fit-years 2002-2011 --horizon 2017 --out out/bt"})
public final class PopulationProjectCommand implements Callable<Integer> {
    static final String PROJECTION_CSV = "projection.csv";
    static final String BACKTEST_JSON = "backtest.json";
    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*-\\s*(\\d{4})\\s*");

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "Bundled region: a province code (e.g. SML), or BG / ALL for the whole country.")
    String region;

    @Option(names = "--horizon", defaultValue = "2030", paramLabel = "YEAR", description = "Horizon year (default 2030, at most 2050).")
    int horizon;

    @Option(names = "--fit-years", paramLabel = "FROM-TO", description = "Years fitted (default: every year of the data, 2002-2017); no other year is used.")
    String fitYears;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created; the two files replace their namesakes).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        RegionData data = region(problems);
        Optional<PopulationHistory> history = data == null ? Optional.empty() : PopulationHistory.of(data);
        if (data != null && history.isEmpty()) problems.add(CommandLineProblems.option("--region"), "region " + data.code() + " has no pop_YYYY columns");
        int[] fit = history.map(h -> fitYears(h, problems)).orElse(null);
        OutFolder.check(out, problems);
        ProjectionService service = new ProjectionService();
        ProjectionRequest request = null;
        if (fit != null) {
            request = new ProjectionRequest(fit[0], fit[1], horizon);
            ProblemCollector found = new ProblemCollector();
            service.check(history.get(), request, found);
            found.problems().forEach(problems::add); // fields printed as --horizon, --fit-years, --region
        } else if (horizon > ProjectionRequest.MAX_HORIZON_YEAR) {
            problems.add(CommandLineProblems.option("--horizon"), "horizon " + horizon + " is beyond " + ProjectionRequest.MAX_HORIZON_YEAR);
        }
        problems.throwIfAny();

        long started = System.nanoTime();
        ProjectionResult result = service.project(history.get(), request);
        write(data, result);
        System.out.printf(Locale.ROOT, "%s: %s%s fitted on %d-%d; %d settlements, %d people in %d (%d in %d)."
                        + " Back-test %d-%d -> %d: %.2f %% per settlement, %.2f %% per municipality (no change: %.2f %%, %.2f %%). %.1f s%n",
                data.code(), result.method(), result.censusRebased() ? " (2011 re-based)" : "", fit[0], fit[1],
                result.settlements().size(), result.totals().total(), horizon, total(data, fit[1]), fit[1],
                result.backtests().get(0).fitFromYear(), result.backtests().get(0).fitToYear(), result.backtests().get(0).targetYear(),
                100 * result.backtests().get(0).chosen().settlementWeightedAbsError(),
                100 * result.backtests().get(0).chosen().municipalityWeightedAbsError(),
                100 * result.backtests().get(0).noChange().settlementWeightedAbsError(),
                100 * result.backtests().get(0).noChange().municipalityWeightedAbsError(), (System.nanoTime() - started) / 1e9);
        result.evaluation().ifPresent(e -> System.out.printf(Locale.ROOT,
                "Against the known %d figures: %.2f %% per settlement, %.2f %% per municipality (no change: %.2f %%, %.2f %%).%n",
                e.targetYear(), 100 * e.chosen().settlementWeightedAbsError(), 100 * e.chosen().municipalityWeightedAbsError(),
                100 * e.noChange().settlementWeightedAbsError(), 100 * e.noChange().municipalityWeightedAbsError()));
        System.out.println("Wrote " + out.resolve(PROJECTION_CSV) + " and " + BACKTEST_JSON);
        return DostapCommand.EXIT_OK;
    }

    private RegionData region(ProblemCollector problems) {
        String code = region.trim().equalsIgnoreCase("ALL") ? BundledRegionStore.COUNTRY_CODE : region.trim();
        try {
            return new BundledRegionStore().getRegion(code);
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(CommandLineProblems.option("--region"), p.message()));
            return null;
        }
    }

    private int[] fitYears(PopulationHistory h, ProblemCollector problems) {
        if (fitYears == null) return new int[] {h.firstYear(), h.lastYear()};
        Matcher m = YEARS.matcher(fitYears);
        if (!m.matches()) {
            problems.add(CommandLineProblems.option("--fit-years"), "expected FROM-TO, e.g. 2002-2011, got '" + fitYears + "'");
            return null;
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private void write(RegionData data, ProjectionResult result) throws Exception {
        Map<String, Settlement> byId = data.settlementsById();
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectedSettlement p : result.settlements())
            rows.add(List.of(p.id(), byId.get(p.id()).name(), p.municipality(), p.projectedPopulation(), p.low(), p.high()));
        try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
            CsvTableWriter.write(dir.resolve(PROJECTION_CSV),
                    List.of("id", "name", "municipality", "projected_population", "low", "high"), rows);
            Map<String, Object> parameters = new java.util.LinkedHashMap<>();
            parameters.put("fit_from_year", result.fitFromYear());
            parameters.put("fit_to_year", result.fitToYear());
            parameters.put("horizon", result.horizonYear());
            JsonOutput.write(dir.resolve(BACKTEST_JSON), BacktestJson.of(data.code(), result,
                    org.dostap.web.analysis.RunProvenance.ofData(data, parameters)));
            dir.commit();
        }
    }

    private static long total(RegionData data, int year) {
        return data.settlements().stream().mapToLong(s -> s.population("pop_" + year)).sum();
    }
}
