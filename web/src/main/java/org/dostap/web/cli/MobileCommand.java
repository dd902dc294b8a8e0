package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.instance.SolomonReader;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.web.analysis.mobile.MobilePlanning;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.MobileTeams;
import org.dostap.engine.mobile.OnSiteTime;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.engine.mobile.vrptw.VrptwSolver;
import org.dostap.engine.region.RegionData;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dostap mobile}: plans mobile teams for a region (plan.json, schedule.csv, access.csv; with
 * {@code --compare-teams} also options.json), or solves a published
 * VRPTW instance ({@code --instance FILE --format solomon}, plan.json). Every bad option is reported at
 * once (exit 2) and nothing is written.
 */
@Command(name = "mobile", mixinStandardHelpOptions = true,
        description = {"Plan mobile teams: which settlements, which days, in which order, how often.",
                "Or solve a published VRPTW instance: --instance FILE --format solomon --out DIR."})
public final class MobileCommand implements Callable<Integer> {

    @Spec private picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--region", description = "Region code of the bundled data, e.g. SML.") String region;
    @Option(names = "--service", defaultValue = "community-support", description = "Service type whose gaps the teams close (default: ${DEFAULT-VALUE}).") String service;
    @Option(names = "--base", split = ",", paramLabel = "ID", description = {"Facility id the teams start from and return to each day: one for every team, "
            + "or one per team (repeat the flag or give a list; --teams defaults to their number).",
            "Default: the centre of the service with the least travel to the settlements to visit, and with several teams one base per team "
            + "(the set with the least travel when each settlement is visited from its nearest base); plan.json base_choice says why."}) List<String> bases;
    @Option(names = "--teams", defaultValue = "1", description = "Number of teams (default: ${DEFAULT-VALUE}, or the number of --base ids).") int teams;
    @Option(names = "--days-per-week", defaultValue = "5", description = "Working days per week (default: ${DEFAULT-VALUE}).") int daysPerWeek;
    @Option(names = "--frequency-weeks", defaultValue = "2", description = "Weeks between visits to a settlement (default: ${DEFAULT-VALUE}).") int frequencyWeeks;
    @Option(names = "--horizon-weeks", defaultValue = "4", description = "Planning horizon in weeks, a multiple of the frequency (default: ${DEFAULT-VALUE}).") int horizonWeeks;
    @Option(names = "--threshold-min", description = "Serve settlements farther than this from the fixed centres (default: the service's standard for --mode).") Double thresholdMin;
    @Option(names = "--mode", defaultValue = "car", paramLabel = "car|foot", description = "How people reach the fixed centres (default car): the settlements to visit"
            + " are those beyond the threshold in this mode. The teams always drive.") String mode;
    @Option(names = "--day-hours", defaultValue = "8", description = "Working day, driving and visits (default: ${DEFAULT-VALUE}).") double dayHours;
    @Option(names = "--on-site-min", defaultValue = "60", description = "Minutes on site per visit (default: ${DEFAULT-VALUE}).") double onSiteMin;
    @Option(names = {"--on-site-sec-per-resident", "--per-resident-sec"}, defaultValue = "0", description = "Extra seconds on site per resident (default: ${DEFAULT-VALUE}).") double perResident;
    @Mixin VisitOptions visits;
    @Option(names = "--serve", paramLabel = "IDS", split = ",", description = "Serve exactly these settlement ids instead of those beyond the threshold.") List<String> settlements;
    @Option(names = "--settlements", paramLabel = "FILE", description = "Your settlements (CSV or GeoJSON: id,name,lon,lat,population), with --facilities, instead of --region.") Path settlementsFile;
    @Option(names = "--facilities", paramLabel = "FILE", description = "Your facilities (CSV or GeoJSON: id,name,service,lon,lat): with --settlements, or replacing a bundled region's illustrative ones.") Path facilitiesFile;
    @Option(names = "--population-column", description = "Population column (default: the region's newest).") String populationColumn;
    @Option(names = "--day-start", defaultValue = "08:00", description = "Clock time the day starts, for the schedule (default: ${DEFAULT-VALUE}).") String dayStart;
    @Mixin NetworkOptions network;
    @Option(names = "--instance", description = "A VRPTW instance file to solve instead of planning a region.") Path instance;
    @Option(names = "--format", description = "Format of --instance: solomon.") String format;
    @Option(names = "--time-limit-sec", defaultValue = "30", description = "Solver time limit for --instance (default: ${DEFAULT-VALUE}).") int timeLimitSec;
    @Option(names = "--compare-teams", description = "Also compare 1..N teams at every --compare-bases base and --compare-frequencies interval (options.json).") Integer compareTeams;
    @Option(names = "--compare-bases", split = ",", description = "Candidate bases for the comparison (default: --base).") List<String> compareBases;
    @Option(names = "--compare-frequencies", split = ",", description = "Visit intervals in weeks for the comparison (default: --frequency-weeks).") List<Integer> compareFrequencies;
    @Option(names = "--out", description = "Output folder (created; files of the same name are replaced).") Path out;

    @Override
    public Integer call() throws Exception {
        ProblemCollector problems = checkOptions();
        if (instance != null || (region == null && !ownFiles())) {
            problems.throwIfAny();
            return solveInstance();
        }
        var loaded = CoverageInputs.load(new BundledRegionStore(), region, settlementsFile, facilitiesFile,
                network.roadNetworkRequested(), problems);
        if (loaded.isEmpty()) problems.throwIfAny();
        RegionData data = loaded.get();
        MobileRequest request = request(data, problems);
        TravelTimeProvider travel = travel();
        try {
            MobilePlanning.Comparison compare = compareTeams == null ? null : new MobilePlanning.Comparison(
                    compareBases == null ? List.of() : compareBases, compareTeams,
                    compareFrequencies == null ? List.of(frequencyWeeks) : compareFrequencies);
            // the engine names fields in domain words; DostapCommand prints them as this command's flags
            MobilePlanning.Result result = new MobilePlanning(travel).run(new MobilePlanning.Request(data, request, true, compare));
            MobilePlan plan = result.plan();
            AccessRescore access = result.access();
            if (plan.baseChoice() != null && !plan.baseChoice().compared().isEmpty()) {
                var c = plan.baseChoice();
                spec.commandLine().getOut().printf(java.util.Locale.ROOT, "bases %s: one per team, the least travel when each of the %d "
                        + "settlements to visit goes to its nearest base (%.1f h of round trips; the best single base %s: %.1f h)%n",
                        String.join(", ", c.teamBases()), c.settlementsToVisit(), c.teamBasesSecondsTotal() / 3600.0,
                        c.baseFacilityId(), c.options().get(0).roundTripSecondsTotal() / 3600.0);
                for (var a : c.compared())
                    spec.commandLine().getOut().printf(java.util.Locale.ROOT, "  %s teams at %s: %d people served, %.1f team hours, %.1f km%n",
                            a.chosen() ? "kept:    " : "compared:", String.join(", ", a.teamBases()), a.populationServed(),
                            a.teamSeconds() / 3600.0, a.distanceMetres() / 1000);
            }
            else if (plan.baseChoice() != null) {
                var best = plan.baseChoice().options().get(0);
                spec.commandLine().getOut().printf(java.util.Locale.ROOT, "base %s (%s): least travel to the %d settlements to visit "
                        + "(%d reached, %.1f h of round trips, %.0f min one way on average)%s%n", best.facilityId(), best.name(),
                        plan.baseChoice().settlementsToVisit(), best.settlementsReached(), best.roundTripSecondsTotal() / 3600.0,
                        best.meanOneWaySeconds() / 60.0, "");
            }
            GapComparison comparison = result.options();
            try (AtomicOutputDirectory output = AtomicOutputDirectory.create(out)) {
                RunProvenance provenance = provenance(data, request, travel);
                new MobilePlanWriter(LocalTime.parse(dayStart).toSecondOfDay())
                        .writePlan(plan, access, data, provenance, output.resolve("plan.json"), output.resolve("schedule.csv"));
                MobilePlanWriter.writeAccess(access, output.resolve("access.csv"));
                if (comparison != null)
                    MobilePlanWriter.writeComparison(comparison, data, plan.travelTimeSource(), provenance, output.resolve("options.json"));
                output.commit();
            }
            var t = plan.totals();
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%d settlements (%d people) served, %d unserved; %d team-days, %.1f team hours, %.1f km; %s travel times; planned in %.2f s%n",
                    t.settlementsServed(), t.populationServed(), t.settlementsUnserved(), t.teamDays(), t.teamSeconds() / 3600.0,
                    t.distanceMetres() / 1000, plan.travelTimeSource(), plan.planSeconds());
            for (var load : plan.teamLoads())
                spec.commandLine().getOut().printf(java.util.Locale.ROOT, "team %d (base %s): %d visits, %d days, %.1f h, %.1f km%n", load.team(),
                        plan.teamBases().get(load.team() - 1).base().id(), load.visits(), load.teamDays(), load.teamSeconds() / 3600.0,
                        load.distanceMetres() / 1000);
            if (plan.teamLoads().size() > 1)
                spec.commandLine().getOut().println("balance (busiest / least busy team hours): " + (plan.teamBalance().isPresent()
                        ? String.format(java.util.Locale.ROOT, "%.2f", plan.teamBalance().getAsDouble()) : "a team has no visits"));
            spec.commandLine().getOut().println("wrote plan.json, schedule.csv, access.csv" + (comparison == null ? "" : ", options.json") + " in " + out);
        } finally {
            if (travel instanceof RoadNetwork road) road.close();
        }
        return DostapCommand.EXIT_OK;
    }

    private int solveInstance() throws Exception {
        VrptwInstance vrptw = new SolomonReader().read(instance);
        VrptwSolution s = new VrptwSolver().solve(vrptw, Duration.ofSeconds(timeLimitSec));
        try (AtomicOutputDirectory output = AtomicOutputDirectory.create(out)) {
            MobilePlanWriter.writeSolution(vrptw, s, RunProvenance.ofFiles(List.of(RunProvenance.InputFile.of("instance", instance)),
                    java.util.Map.of("format", format, "time_limit_sec", timeLimitSec)), output.resolve("plan.json"));
            output.commit();
        }
        spec.commandLine().getOut().printf("%s: %d vehicles, distance %.2f, feasible %s, %.1f s%nwrote %s%n", vrptw.name(),
                s.vehicles(), s.distance(), s.feasible(), s.seconds(), out.resolve("plan.json"));
        return DostapCommand.EXIT_OK;
    }

    /** The problems found without the region (thrown at once for --instance, else reported with the region's). */
    private ProblemCollector checkOptions() {
        ProblemCollector p = new ProblemCollector();
        if (out == null) p.add(CommandLineProblems.option("--out"), "the output folder is required");
        else OutFolder.check(out, p);
        if (instance != null) {
            if (region != null || ownFiles())
                p.add(CommandLineProblems.option("--instance"), "give either --instance or a region (--region, or --settlements with --facilities), not both");
            if (!"solomon".equals(format)) p.add(CommandLineProblems.option("--format"), "the only instance format is 'solomon', got " + (format == null ? "none" : "'" + format + "'"));
            if (!Files.isRegularFile(instance)) p.add(CommandLineProblems.option("--instance"), "no such file: " + instance);
            Limits.SOLVE_SECONDS.check(timeLimitSec, CommandLineProblems.option("--time-limit-sec"), p);
        } else {
            if (region == null && !ownFiles())
                p.add(CommandLineProblems.option("--region"), "give --region CODE, --settlements FILE with --facilities FILE, or --instance FILE --format solomon");
            try {
                LocalTime.parse(dayStart);
            } catch (DateTimeParseException e) {
                p.add(CommandLineProblems.option("--day-start"), "not a clock time HH:MM: '" + dayStart + "'");
            }
            Limits.DAY_HOURS.check(dayHours, CommandLineProblems.option("--day-hours"), p);
            Limits.ON_SITE_MIN.check(onSiteMin, CommandLineProblems.option("--on-site-min"), p);
            Limits.ON_SITE_SEC_PER_RESIDENT.check(perResident, CommandLineProblems.option("--per-resident-sec"), p);
            visits.check(spec.commandLine().getParseResult().hasMatchedOption("--frequency-weeks"), p);
            if (compareTeams != null && Limits.TEAMS.check(compareTeams, CommandLineProblems.option("--compare-teams"), p))
                Limits.COMPARED_PLANS.check(new MobilePlanning.Comparison(compareBases == null ? List.of() : compareBases, compareTeams,
                        compareFrequencies == null ? List.of(frequencyWeeks) : compareFrequencies).plans(), CommandLineProblems.option("--compare-teams"), p);
            if (thresholdMin != null) Limits.THRESHOLD_MIN.check(thresholdMin, CommandLineProblems.option("--threshold-min"), p);
            network.travelMode(mode, p);
        }
        return p;
    }

    /**
     * The request, with the region's own checks (base, service, visit settings) and the request's reported together
     * with the option problems {@code p} already holds, under the flag names.
     */
    private MobileRequest request(RegionData data, ProblemCollector p) {
        List<String> given = bases == null ? List.of() : bases;
        for (String base : new java.util.LinkedHashSet<>(given))
            if (data.findFacility(base).isEmpty())
                p.add(CommandLineProblems.option("--base"), "no facility with id '" + base + "' in region " + data.code() + "; facilities of "
                        + service + ": " + String.join(", ", data.facilitiesOf(service).stream().map(f -> f.id()).toList()));
        boolean teamsGiven = spec.commandLine().getParseResult().hasMatchedOption("--teams");
        int teams = !teamsGiven && given.size() > 1 ? given.size() : this.teams;
        if (given.size() > 1 && given.size() != teams)
            p.add(CommandLineProblems.option("--base"), "give one base for every team or one base per team: --teams " + teams + ", " + given.size() + " bases");
        if (data.services().find(service).isEmpty())
            p.add(CommandLineProblems.option("--service"), "unknown service type '" + service + "'; known: "
                    + String.join(", ", data.services().list().stream().map(s -> s.id()).toList()));
        int dayLength = Limits.DAY_HOURS.contains(dayHours) ? (int) Math.round(dayHours * 3600) : 8 * 3600; // a bad value is reported once, as --day-hours
        MobileTeams t = new MobileTeams(given.size() == 1 ? given.get(0) : "", teams, dayLength, daysPerWeek, TravelMode.CAR,
                given.size() > 1 && given.size() == teams ? given : List.of());
        int threshold = thresholdMin == null || !Limits.THRESHOLD_MIN.contains(thresholdMin) ? 0 : (int) Math.round(thresholdMin * 60);
        VisitOptions.Resolved v = visits.resolve(data.settlementsById().keySet(), frequencyWeeks, horizonWeeks,
                dayStartSeconds(), dayLength, p);
        MobileRequest request = null;
        try {
            request = new MobileRequest(service, t, settlements, threshold, v.frequency(),
                    new OnSiteTime(Limits.ON_SITE_MIN.contains(onSiteMin) ? (int) Math.round(onSiteMin * 60) : 0,
                            Limits.ON_SITE_SEC_PER_RESIDENT.contains(perResident) ? perResident : 0, v.onSiteSeconds()), horizonWeeks, v.windows(),
                    populationColumn, v.defaultWindow(), TravelMode.parse(mode).orElse(TravelMode.CAR));
        } catch (PlanningException e) {
            e.problems().stream().filter(x -> !"base".equals(x.field()) || !given.isEmpty()).forEach(p::add);
        }
        p.throwIfAny();
        return request;
    }

    /** The plan's provenance: input files, travel times and the options as given on the command line. */
    private RunProvenance provenance(RegionData data, MobileRequest request, TravelTimeProvider travel) {
        java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
        files.put("settlements", settlementsFile);
        files.put("facilities", facilitiesFile);
        files.put("visits", visits.visitsFile);
        files.put("network", network.osmFile().orElse(null));
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        for (var option : spec.options()) // every option with its value, defaults included; files are in inputs
            if (!option.usageHelp() && !option.versionHelp() && option.getValue() != null
                    && !List.of("--out", "--settlements", "--facilities", "--visits", "--osm", "--cache-dir", "--instance").contains(option.longestName()))
                parameters.put(option.longestName().replaceFirst("^--", "").replace('-', '_'), option.getValue());
        return MobilePlanning.provenance(data, request, travel, RunProvenance.files(files), parameters);
    }

    private boolean ownFiles() { return settlementsFile != null || facilitiesFile != null; }

    private Integer dayStartSeconds() {
        try {
            return LocalTime.parse(dayStart).toSecondOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private TravelTimeProvider travel() {
        return network.openProvider(System.err);
    }
}
