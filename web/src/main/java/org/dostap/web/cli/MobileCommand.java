package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.instance.SolomonReader;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapClosingService;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.MobilePlanner;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.MobileTeams;
import org.dostap.engine.mobile.OnSiteTime;
import org.dostap.engine.mobile.VisitFrequency;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.engine.mobile.vrptw.VrptwSolver;
import org.dostap.engine.region.RegionData;
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
import java.util.Map;
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
    private static final String SOURCE = "command line";

    @Spec private picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--region", description = "Region code of the bundled data, e.g. SML.") String region;
    @Option(names = "--service", defaultValue = "community-support", description = "Service type whose gaps the teams close (default: ${DEFAULT-VALUE}).") String service;
    @Option(names = "--base", description = "Facility id the teams start from and return to each day.") String base;
    @Option(names = "--teams", defaultValue = "1", description = "Number of teams (default: ${DEFAULT-VALUE}).") int teams;
    @Option(names = "--days-per-week", defaultValue = "5", description = "Working days per week (default: ${DEFAULT-VALUE}).") int daysPerWeek;
    @Option(names = "--frequency-weeks", defaultValue = "2", description = "Weeks between visits to a settlement (default: ${DEFAULT-VALUE}).") int frequencyWeeks;
    @Option(names = "--horizon-weeks", defaultValue = "4", description = "Planning horizon in weeks, a multiple of the frequency (default: ${DEFAULT-VALUE}).") int horizonWeeks;
    @Option(names = "--threshold-min", description = "Serve settlements farther than this from the fixed centres (default: the service's standard).") Double thresholdMin;
    @Option(names = "--day-hours", defaultValue = "8", description = "Working day, driving and visits (default: ${DEFAULT-VALUE}).") double dayHours;
    @Option(names = "--on-site-min", defaultValue = "60", description = "Minutes on site per visit (default: ${DEFAULT-VALUE}).") double onSiteMin;
    @Option(names = "--on-site-sec-per-resident", defaultValue = "0", description = "Extra seconds on site per resident (default: ${DEFAULT-VALUE}).") double perResident;
    @Option(names = "--settlements", split = ",", description = "Serve exactly these settlement ids instead of those beyond the threshold.") List<String> settlements;
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
        checkOptions();
        if (instance != null) return solveInstance();
        RegionData data = new BundledRegionStore().getRegion(region);
        MobileRequest request = request(data);
        TravelTimeProvider travel = travel();
        try {
            MobilePlan plan = new MobilePlanner().plan(data, travel, request);
            AccessRescore access = AccessRescore.of(data, travel, plan);
            GapComparison comparison = compareTeams == null ? null : new GapClosingService().compare(data, travel, request,
                    compareBases == null ? List.of(base) : compareBases, compareTeams,
                    compareFrequencies == null ? List.of(frequencyWeeks) : compareFrequencies);
            try (AtomicOutputDirectory output = AtomicOutputDirectory.create(out)) {
                new MobilePlanWriter(LocalTime.parse(dayStart).toSecondOfDay())
                        .writePlan(plan, access, data.code(), output.resolve("plan.json"), output.resolve("schedule.csv"));
                MobilePlanWriter.writeAccess(access, output.resolve("access.csv"));
                if (comparison != null) MobilePlanWriter.writeComparison(comparison, output.resolve("options.json"));
                output.commit();
            }
            var t = plan.totals();
            spec.commandLine().getOut().printf("%d settlements (%d people) served, %d unserved; %d team-days, %.1f km; %s travel times%n",
                    t.settlementsServed(), t.populationServed(), t.settlementsUnserved(), t.teamDays(), t.distanceMetres() / 1000,
                    plan.travelTimeSource());
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
            MobilePlanWriter.writeSolution(vrptw, s, output.resolve("plan.json"));
            output.commit();
        }
        spec.commandLine().getOut().printf("%s: %d vehicles, distance %.2f, feasible %s, %.1f s%nwrote %s%n", vrptw.name(),
                s.vehicles(), s.distance(), s.feasible(), s.seconds(), out.resolve("plan.json"));
        return DostapCommand.EXIT_OK;
    }

    private void checkOptions() {
        ProblemCollector p = new ProblemCollector();
        if (out == null) p.add(SOURCE, 0, "--out", "the output folder is required");
        else if (Files.exists(out) && !Files.isDirectory(out)) p.add(SOURCE, 0, "--out", out + " exists and is not a folder");
        if (instance != null) {
            if (region != null) p.add(SOURCE, 0, "--instance", "give either --region or --instance, not both");
            if (!"solomon".equals(format)) p.add(SOURCE, 0, "--format", "the only instance format is 'solomon', got " + (format == null ? "none" : "'" + format + "'"));
            if (!Files.isRegularFile(instance)) p.add(SOURCE, 0, "--instance", "no such file: " + instance);
            if (timeLimitSec < 1 || timeLimitSec > 3600) p.add(SOURCE, 0, "--time-limit-sec", "must be 1 to 3600, got " + timeLimitSec);
        } else {
            if (region == null) p.add(SOURCE, 0, "--region", "give --region CODE (or --instance FILE --format solomon)");
            if (base == null) p.add(SOURCE, 0, "--base", "the base facility id is required");
            try {
                LocalTime.parse(dayStart);
            } catch (DateTimeParseException e) {
                p.add(SOURCE, 0, "--day-start", "not a clock time HH:MM: '" + dayStart + "'");
            }
            if (!(dayHours > 0)) p.add(SOURCE, 0, "--day-hours", "must be positive, got " + dayHours);
            if (!(onSiteMin >= 0)) p.add(SOURCE, 0, "--on-site-min", "must not be negative, got " + onSiteMin);
            if (compareTeams != null && (compareTeams < 1 || compareTeams > 10))
                p.add(SOURCE, 0, "--compare-teams", "must be 1 to 10, got " + compareTeams);
            if (thresholdMin != null && !(thresholdMin > 0)) p.add(SOURCE, 0, "--threshold-min", "must be positive, got " + thresholdMin);
        }
        p.throwIfAny();
    }

    /** The request, with the region's own checks (base, service) reported together with the request's. */
    private MobileRequest request(RegionData data) {
        ProblemCollector p = new ProblemCollector();
        if (data.findFacility(base).isEmpty())
            p.add(SOURCE, 0, "--base", "no facility with id '" + base + "' in region " + data.code() + "; facilities of "
                    + service + ": " + String.join(", ", data.facilitiesOf(service).stream().map(f -> f.id()).toList()));
        if (data.services().find(service).isEmpty())
            p.add(SOURCE, 0, "--service", "unknown service type '" + service + "'; known: "
                    + String.join(", ", data.services().list().stream().map(s -> s.id()).toList()));
        MobileTeams t = new MobileTeams(base, teams, (int) Math.round(dayHours * 3600), daysPerWeek, TravelMode.CAR);
        int threshold = thresholdMin == null ? 0 : (int) Math.round(thresholdMin * 60);
        MobileRequest request = null;
        try {
            request = new MobileRequest(service, t, settlements, threshold, VisitFrequency.every(frequencyWeeks),
                    new OnSiteTime((int) Math.round(onSiteMin * 60), perResident), horizonWeeks, Map.of(), populationColumn);
        } catch (PlanningException e) {
            e.problems().forEach(p::add);
        }
        p.throwIfAny();
        return request;
    }

    private TravelTimeProvider travel() {
        return network.openProvider(System.err);
    }
}
