package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.instance.InstanceFormat;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.optimize.ProblemKind;
import org.dostap.engine.optimize.SolveMonitor;
import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.RegionData;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.analysis.optimize.InstanceOptimization;
import org.dostap.web.analysis.optimize.RegionOptimization;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dostap optimize}: location optimization on a bundled region, on the user's own settlements and facilities
 * files (anywhere a road network covers, with {@code --osm}) or on a published instance; writes
 * {@code DIR/result.json} (or prints it with {@code --out -}). Bad input: exit 2, every problem on stderr,
 * nothing written.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Where centres go: p-median, maximal coverage (mclp), set covering (lscp), p-center, capacitated "
                + "p-median / coverage, inter-municipal networks; reports the objective, the proven bound and the gap.",
                "Region:   optimize --region SML --service community-support --problem mclp --sites 5 --threshold-min 30 --out DIR",
                "Own data: optimize --settlements S.csv --facilities F.csv [--osm FILE] --problem mclp --sites 2 --out DIR",
                "Instance: optimize --instance pmed1.txt --format orlib-pmed --problem p-median --out -"})
public final class OptimizeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--region", paramLabel = "CODE", description = "Bundled region (province code such as SML, or BG).")
    String region;
    @Option(names = "--settlements", paramLabel = "FILE", description = "Your settlements (CSV or GeoJSON: id,name,lon,lat,population), with --facilities, instead of --region.")
    Path settlementsFile;
    @Option(names = "--facilities", paramLabel = "FILE", description = "Your facilities (CSV or GeoJSON: id,name,service,lon,lat): with --settlements, or replacing a bundled region's illustrative ones.")
    Path facilitiesFile;
    @Option(names = "--service", paramLabel = "ID", defaultValue = "community-support", description = "Service type (default: ${DEFAULT-VALUE}).")
    String service;
    @Option(names = "--problem", paramLabel = "NAME", required = true,
            description = "p-median, mclp, lscp, p-center, capacitated-p-median, capacitated-coverage, inter-municipal.")
    String problem;
    @Option(names = "--sites", paramLabel = "N", description = "New sites to open (region; existing kept sites come on top), or p (instance; default: the file's p).")
    Integer sites;
    @Option(names = "--threshold-min", paramLabel = "MIN", description = "Access standard in minutes (default: the service type's standard for the --mode: by car, or on foot).")
    Double thresholdMinutes;
    @Option(names = "--mode", defaultValue = "car", paramLabel = "car|foot", description = "How people travel to the centres (region; default car): the travel times and the default standard are the mode's.")
    String mode;
    @Option(names = "--keep-existing", description = "Keep the region's existing centres of this service open.")
    boolean keepExisting;
    @Option(names = "--candidates", paramLabel = "RULE|FILE", defaultValue = RegionOptimization.DEFAULT_CANDIDATES,
            description = "settlements, municipal-seats, or a facilities CSV/GeoJSON file (default: ${DEFAULT-VALUE}); "
                    + "a candidate that already hosts a centre of the service is never proposed as new.")
    String candidates;
    @Option(names = "--capacity", paramLabel = "PLACES", description = "Capacity of every candidate site in places (capacitated problems, at least 1;"
            + " a candidates file may give its own). Demand is in service users: population x --uptake-per-1000 / 1,000.")
    Integer capacity;
    @Option(names = "--uptake-per-1000", paramLabel = "N", description = "Capacitated problems on a region: service users per 1,000 residents (or of --target-group)."
            + " Default per service type: rehabilitation 0.74 (published national users) and crisis 0.037 (published national places), docs/uptake.md; community-support 5 is ASSUMED (no published source found).")
    String uptakePer1000;
    @Option(names = "--target-group", paramLabel = "COLUMN", description = "Capacitated problems on a region: the population column the rate applies to (e.g. pop_0_17; default: --population).")
    String targetGroup;
    @Option(names = "--single-source", description = "capacitated-p-median on a region: each settlement's users all go to one site."
            + " Default: a settlement's users may be split across sites (published instances are always single source).")
    boolean singleSource;
    @Option(names = "--own-capacities", description = "Capacitated problems: sites with their own capacity (kept centres, a candidates file's column) keep it; --capacity fills the rest.")
    boolean ownCapacities;
    @Option(names = "--population", paramLabel = "COLUMN", description = "Population column (default: the region's newest).")
    String populationColumn;
    @Option(names = "--partners", paramLabel = "CODES", split = ",", description = "inter-municipal: partner municipality codes (default: all).")
    java.util.List<String> partners = java.util.List.of();
    @Option(names = "--min-share-pct", paramLabel = "PCT", defaultValue = "0", description = "inter-municipal: share of each partner's population within the standard (0-100).")
    double minSharePercent;
    @Option(names = "--hosts-among-partners", description = "inter-municipal: hosts only in partner municipalities.")
    boolean hostsAmongPartners;
    @Option(names = {"--cost-per-centre-eur", "--cost-per-centre"}, paramLabel = "EUR", defaultValue = "0",
            description = "inter-municipal: yearly cost of one centre in euro (EUR); the partners pay for the centres that serve them, by population served.")
    double costPerCentre;
    @Option(names = "--instance", paramLabel = "FILE", description = "A published instance file.")
    Path instance;
    @Option(names = "--format", paramLabel = "FORMAT", description = "Instance format: orlib-pmed, capmed, sjc.")
    String format;
    @Option(names = "--time-limit-s", paramLabel = "S", defaultValue = "60",
            description = "Wall-clock limit of the whole command, start-up and reading the input included (default: ${DEFAULT-VALUE}); "
                    + "the solver gets what is left, at least a quarter of it.")
    double timeLimitSeconds;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder for result.json, or - for stdout.")
    String out;
    @Mixin NetworkOptions network;

    @Override
    public Integer call() throws IOException {
        ProblemCollector problems = new ProblemCollector();
        ProblemKind kind = parse(problems, "--problem", () -> ProblemKind.parse(problem));
        InstanceFormat instanceFormat = instance != null && format != null ? parse(problems, "--format", () -> InstanceFormat.parse(format)) : null;
        boolean ownFiles = settlementsFile != null || facilitiesFile != null;
        if (instance != null && (region != null || ownFiles))
            problems.add(CommandLineProblems.option("--instance"), "give either --instance or a region (--region, or --settlements with --facilities), not both");
        if (instance == null && region == null && !ownFiles)
            problems.add(CommandLineProblems.option("--region"), "give --region CODE, --settlements FILE with --facilities FILE, or --instance FILE");
        if (instance != null && format == null) problems.add(CommandLineProblems.option("--format"), "--instance needs --format (orlib-pmed, capmed, sjc)");
        if (instance != null && !Files.isRegularFile(instance)) problems.add(CommandLineProblems.option("--instance"), "no such file: " + instance);
        boolean onRegion = instance == null;
        TravelMode travelMode = network.travelMode(mode, problems);
        if (!onRegion && !"car".equals(mode)) problems.add(CommandLineProblems.option("--mode"), "only on a region (a published instance gives its own costs)");
        if (onRegion && kind != null && kind.needsSites() && sites == null) problems.add(CommandLineProblems.option("--sites"), "--problem " + problem + " needs --sites N");
        if (onRegion) { // the instance form reads these in the instance's own units
            if (sites != null && Limits.NEW_SITES.check(sites, CommandLineProblems.option("--sites"), problems) && sites == 0 && !keepExisting)
                problems.add(CommandLineProblems.option("--sites"), "0 new sites needs --keep-existing (the existing centres), else nothing is open");
            if (thresholdMinutes != null) Limits.THRESHOLD_MIN.check(thresholdMinutes, CommandLineProblems.option("--threshold-min"), problems);
        } else {
            if (sites != null && sites < 1) problems.add(CommandLineProblems.option("--sites"), "must be at least 1, got " + sites);
            if (thresholdMinutes != null && !(thresholdMinutes > 0)) problems.add(CommandLineProblems.option("--threshold-min"), "must be positive, got " + thresholdMinutes);
        }
        if (capacity != null && capacity < 1) problems.add(CommandLineProblems.option("--capacity"), "capacity " + capacity + " places: give at least 1 place per site");
        Double rate = checkDemandOptions(kind, onRegion, problems);
        if (!(minSharePercent >= 0 && minSharePercent <= 100)) problems.add(CommandLineProblems.option("--min-share-pct"), "must be between 0 and 100, got " + minSharePercent);
        if (!(costPerCentre >= 0)) problems.add(CommandLineProblems.option("--cost-per-centre-eur"), "must not be negative, got " + costPerCentre);
        Limits.SOLVE_SECONDS.check(timeLimitSeconds, CommandLineProblems.option("--time-limit-s"), problems);
        if (out != null && !"-".equals(out)) OutFolder.check(Path.of(out), problems);
        RegionData data = null;
        if (onRegion && (region != null || ownFiles))
            data = CoverageInputs.load(new BundledRegionStore(), region, settlementsFile, facilitiesFile,
                    network.roadNetworkRequested(), problems).orElse(null);
        if (data != null && targetGroup != null && !data.populationColumns().contains(targetGroup.trim()))
            problems.add(CommandLineProblems.option("--target-group"), "unknown population column '" + targetGroup + "'. Available: "
                    + String.join(", ", data.populationColumns()) + ".");
        problems.throwIfAny();
        // Ctrl+C: the JVM shuts down (exit 130) and this hook stops the solver (a running SCIP model is interrupted)
        SolveMonitor monitor = new SolveMonitor();
        Thread stopSolver = new Thread(monitor::requestStop, "dostap-stop-solver");
        Runtime.getRuntime().addShutdownHook(stopSolver);
        SolveOptions options = SolveOptions.defaults().withTimeLimitSeconds(timeLimitSeconds).withMonitor(monitor);
        CommandClock clock = new CommandClock(DostapCommand.commandStartMillis(), timeLimitSeconds);
        Object result;
        if (instance != null) {
            result = new InstanceOptimization().run(instance, instanceFormat, kind, sites, thresholdMinutes, options, clock::solverSeconds);
        } else {
            TravelTimeProvider provider = network.openProvider(System.err);
            try {
                RegionOptimization.Settings settings = new RegionOptimization.Settings(service, kind, sites == null ? 0 : sites,
                        thresholdMinutes, keepExisting, candidates, capacity, ownCapacities, populationColumn, partners, minSharePercent / 100,
                        hostsAmongPartners, costPerCentre, rate, targetGroup == null ? null : targetGroup.trim(), singleSource, travelMode);
                java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
                files.put("settlements", settlementsFile);
                files.put("facilities", facilitiesFile);
                files.put("candidates", Files.isRegularFile(Path.of(candidates)) ? Path.of(candidates) : null);
                files.put("network", network.osmFile().orElse(null));
                result = new RegionOptimization(provider).run(new RegionOptimization.Request(data, settings,
                                options.withTimeLimitSeconds(clock.solverSeconds())))
                        .withInputs(RunProvenance.files(files));
            } finally {
                if (provider instanceof AutoCloseable c) closeQuietly(c);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopSolver);
        } catch (IllegalStateException shuttingDown) {
            return DostapCommand.EXIT_INTERRUPTED; // Ctrl+C during the solve: write nothing
        }
        write(result);
        return DostapCommand.EXIT_OK;
    }

    /** {@code result} is an {@link org.dostap.web.analysis.optimize.OptimizationResult} or an instance's result record. */
    private void write(Object result) throws IOException {
        String json = JsonOutput.pretty(result);
        if ("-".equals(out)) {
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
            return;
        }
        try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(Path.of(out))) {
            Files.writeString(dir.resolve("result.json"), json + "\n");
            dir.commit();
        }
        spec.commandLine().getErr().println("wrote " + Path.of(out).resolve("result.json"));
        if (result instanceof org.dostap.web.analysis.optimize.OptimizationResult r && r.gain() != null)
            spec.commandLine().getErr().println(gainLine(r));
    }

    /**
     * The population within the standard before and after the chosen sites, and the gain, with the estimate's range when
     * times are estimated (roads slow to fast), as coverage prints its counts.
     */
    static String gainLine(org.dostap.web.analysis.optimize.OptimizationResult r) {
        var g = r.gain();
        String min = String.valueOf(r.thresholdMin()).replaceAll("\\.0$", "");
        String line = String.format(java.util.Locale.ROOT, "Population within %s min: %d before, %d after (%+d)", min,
                g.populationWithinStandardBefore(), g.populationWithinStandardAfter(), g.populationGained());
        if (g.hasRange())
            line += String.format(java.util.Locale.ROOT, " (estimate range: %d-%d before, %d-%d after, %+d to %+d gained, roads slow to fast)",
                    g.populationWithinStandardBeforeLow(), g.populationWithinStandardBeforeHigh(), g.populationWithinStandardAfterLow(),
                    g.populationWithinStandardAfterHigh(), g.populationGainedLow(), g.populationGainedHigh());
        return line + ".";
    }

    /** --uptake-per-1000, --target-group, --single-source: capacitated problems on a region only; the rate a number >= 0. */
    private Double checkDemandOptions(ProblemKind kind, boolean onRegion, ProblemCollector problems) {
        boolean capacitated = kind != null && kind.capacitated() && onRegion;
        if (kind != null && !capacitated) {
            String why = onRegion ? "only with a capacitated problem" : "only on a region (published instances give their own demand and are single source)";
            if (uptakePer1000 != null) problems.add(CommandLineProblems.option("--uptake-per-1000"), why);
            if (targetGroup != null) problems.add(CommandLineProblems.option("--target-group"), why);
            if (singleSource) problems.add(CommandLineProblems.option("--single-source"), why);
            return null;
        }
        if (singleSource && kind != null && kind != ProblemKind.CAPACITATED_P_MEDIAN)
            problems.add(CommandLineProblems.option("--single-source"), "only with capacitated-p-median (capacitated-coverage is single source already)");
        if (uptakePer1000 == null) {
            if (capacitated && !org.dostap.engine.coverage.ServiceDemand.hasDefault(service))
                problems.add(CommandLineProblems.option("--uptake-per-1000"), "no default uptake rate for service type '" + service + "': give users per 1,000 residents");
            return null;
        }
        try {
            double rate = Double.parseDouble(uptakePer1000.trim());
            if (rate >= 0 && !Double.isInfinite(rate)) return rate;
            problems.add(CommandLineProblems.option("--uptake-per-1000"), "must be a number >= 0 (users per 1,000), got " + uptakePer1000);
        } catch (NumberFormatException e) {
            problems.add(CommandLineProblems.option("--uptake-per-1000"), "not a number: '" + uptakePer1000 + "' (users per 1,000 residents, e.g. 5 or 2.5)");
        }
        return null;
    }

    private static <T> T parse(ProblemCollector problems, String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(CommandLineProblems.option(option), p.message()));
            return null;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing a read-only network cannot lose data
        }
    }
}
