package org.dostap.web.http.optimize;

import org.dostap.engine.common.Limits;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.optimize.ProblemKind;
import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.optimize.RegionOptimization;
import org.dostap.web.http.json.EditJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks an optimization request against its region, every problem at once (400 naming each field), and builds the run. */
final class OptimizeRequests {
    static final List<ProblemKind> PROBLEMS = List.of(ProblemKind.P_MEDIAN, ProblemKind.MCLP, ProblemKind.LSCP, ProblemKind.P_CENTER,
            ProblemKind.CAPACITATED_P_MEDIAN, ProblemKind.CAPACITATED_COVERAGE, ProblemKind.INTER_MUNICIPAL);
    static final List<String> CANDIDATES = List.of("municipal-seats", "settlements");
    private final AccessAnalysis analysis;

    OptimizeRequests(AccessAnalysis analysis) { this.analysis = analysis; }

    /** A checked request: what to run, the coverage query of the scenario it starts from, how its objective reads. */
    record Run(RegionData region, RegionOptimization.Settings settings, SolveOptions options, CoverageQuery scenario,
               OptimizationJobs.Objective objective) { }

    Run parse(String code, OptimizeRequestJson r) {
        RegionData baseline = analysis.region(code);
        ProblemCollector p = new ProblemCollector();
        EditJson.Applied applied = EditJson.applyTo(analysis, baseline.code(), r.edits(), p);
        List<ScenarioEdit> edits = applied.edits();
        RegionData region = applied.edited().orElse(baseline);
        ServiceType service = region.services().find(r.service() == null ? "community-support" : r.service()).orElse(null);
        if (service == null) p.field("service", "unknown service type '" + r.service() + "'; one of: "
                + String.join(", ", region.services().list().stream().map(ServiceType::id).toList()));
        ProblemKind kind = PROBLEMS.stream().filter(k -> k.externalName().equals(r.problem())).findFirst().orElse(null);
        if (kind == null) p.field("problem", (r.problem() == null ? "the problem is missing" : "unknown problem '" + r.problem() + "'")
                + "; one of: " + String.join(", ", PROBLEMS.stream().map(ProblemKind::externalName).toList()));
        boolean keep = Boolean.TRUE.equals(r.keepExisting());
        if (kind != null && kind.needsSites() && r.sites() == null) p.field("sites", "problem " + r.problem() + " needs the number of new sites");
        if (r.sites() != null && Limits.NEW_SITES.check(r.sites(), "sites", p) && r.sites() == 0 && !keep)
            p.field("sites", "0 new sites needs keep_existing (the existing centres), else nothing is open");
        if (r.thresholdMin() != null) Limits.THRESHOLD_MIN.check(r.thresholdMin(), "threshold_min", p);
        TravelMode mode = analysis.checkedMode(r.mode(), "mode", p);
        String candidates = r.candidates() == null ? RegionOptimization.DEFAULT_CANDIDATES : r.candidates();
        if (!CANDIDATES.contains(candidates)) p.field("candidates", "candidates must be one of " + CANDIDATES + ", got '" + candidates + "'");
        double limit = r.timeLimitSec() == null ? 20 : r.timeLimitSec();
        Limits.SERVER_SOLVE_SECONDS.check(limit, "time_limit_sec", p);
        String column = r.population() == null || r.population().isBlank() ? region.defaultPopulationColumn() : r.population();
        if (!region.populationColumns().contains(column)) p.field("population", "unknown population column '" + column
                + "'; available: " + String.join(", ", region.populationColumns()));
        checkCapacity(r, kind, keep, p);
        if (r.targetGroup() != null && !r.targetGroup().isBlank() && !region.populationColumns().contains(r.targetGroup()))
            p.field("target_group", "unknown population column '" + r.targetGroup() + "'; available: " + String.join(", ", region.populationColumns()));
        List<String> partners = checkNetwork(r, region, p);
        if (kind != null && r.sites() != null && !keep && CANDIDATES.contains(candidates)) {
            int n = candidates.equals("settlements") ? region.settlements().size() : region.municipalities().size();
            if (r.sites() > n) p.field("sites", r.sites() + " new sites but only " + n + " candidates (" + candidates + ")");
        }
        if (kind == ProblemKind.INTER_MUNICIPAL && Boolean.TRUE.equals(r.hostsAmongPartners()) && !partners.isEmpty()
                && r.sites() != null && CANDIDATES.contains(candidates)) {
            long n = hostsAmong(region, candidates, Set.copyOf(partners));
            if (r.sites() > n) p.field("sites", r.sites() + " new sites but only " + n + " candidates (" + candidates
                    + ") in the partner municipalities");
        }
        p.throwIfAny();
        double thresholdMin = r.thresholdMin() == null ? service.standardSeconds(mode) / 60.0 : r.thresholdMin(); // the mode's standard
        var settings = new RegionOptimization.Settings(service.id(), kind, r.sites() == null ? 0 : r.sites(), thresholdMin, keep,
                candidates, r.capacity(), Boolean.TRUE.equals(r.ownCapacities()), column, partners,
                r.minSharePct() == null ? 0 : r.minSharePct() / 100, Boolean.TRUE.equals(r.hostsAmongPartners()),
                r.costPerCentreEur() == null ? 0 : r.costPerCentreEur(), r.uptakePer1000(),
                r.targetGroup() == null || r.targetGroup().isBlank() ? null : r.targetGroup(), Boolean.TRUE.equals(r.singleSource()), mode);
        CoverageQuery scenario = new CoverageQuery(region.code(), service.id(), (int) Math.round(thresholdMin * 60), column, edits, mode);
        long population = region.settlements().stream().mapToLong(x -> x.population(column)).sum();
        return new Run(keep ? scenarioCentresKept(region, service.id()) : region, settings,
                SolveOptions.defaults().withTimeLimitSeconds(limit), scenario,
                new OptimizationJobs.Objective(RegionOptimization.unit(kind), population));
    }


    /** Capacitated problems need a capacity for every site: the uniform one, or kept centres' own when no site is new. */
    private static void checkCapacity(OptimizeRequestJson r, ProblemKind kind, boolean keep, ProblemCollector p) {
        if (r.capacity() != null && r.capacity() < 1)
            p.field("capacity", "the capacity of a centre must be at least 1 place, got " + r.capacity());
        if (r.uptakePer1000() != null && !(r.uptakePer1000() >= 0 && Double.isFinite(r.uptakePer1000())))
            p.field("uptake_per_1000", "the uptake rate must be a number >= 0 (users per 1,000), got " + r.uptakePer1000());
        if (kind != null && kind.capacitated() && r.uptakePer1000() == null && !org.dostap.engine.coverage.ServiceDemand.hasDefault(r.service() == null ? "community-support" : r.service()))
            p.field("uptake_per_1000", "no default uptake rate for service type '" + r.service() + "': give users per 1,000 residents");
        boolean ownOnly = Boolean.TRUE.equals(r.ownCapacities()) && keep && r.sites() != null && r.sites() == 0;
        if (kind != null && kind.capacitated() && r.capacity() == null && !ownOnly)
            p.field("capacity", "problem " + kind.externalName() + " needs the capacity of a centre (places)");
    }

    /** Inter-municipal options: partner codes of this region, share 0-100 %, cost not negative. @return the partners */
    private static List<String> checkNetwork(OptimizeRequestJson r, RegionData region, ProblemCollector p) {
        if (r.minSharePct() != null && !(r.minSharePct() >= 0 && r.minSharePct() <= 100))
            p.field("min_share_pct", "the minimum share must be 0 to 100 %, got " + r.minSharePct());
        if (r.costPerCentreEur() != null && !(r.costPerCentreEur() >= 0 && Double.isFinite(r.costPerCentreEur())))
            p.field("cost_per_centre_eur", "the cost of a centre (EUR) must not be negative, got " + r.costPerCentreEur());
        if (r.partners() == null) return List.of();
        Set<String> codes = region.municipalities().stream().map(AdminArea::code).collect(Collectors.toSet());
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < r.partners().size(); i++) {
            String c = r.partners().get(i);
            if (c != null && codes.contains(c)) { if (!partners.contains(c)) partners.add(c); }
            else p.field("partners[" + i + "]", "no municipality '" + c + "' in region " + region.code() + "; codes such as "
                    + String.join(", ", region.municipalities().stream().map(AdminArea::code).limit(5).toList()));
        }
        return partners;
    }

    private static long hostsAmong(RegionData region, String candidates, Set<String> partners) {
        if (candidates.equals("settlements"))
            return region.settlements().stream().map(Settlement::municipality).filter(partners::contains).count();
        return region.municipalities().stream().map(AdminArea::code).filter(partners::contains).count();
    }

    /** "Keep existing" on a scenario keeps the centres it added too (planned) — they are open in the scenario. */
    private static RegionData scenarioCentresKept(RegionData region, String service) {
        return region.withFacilities(region.facilities().stream().map(f -> f.serviceType().equals(service) && f.status() == FacilityStatus.PLANNED
                ? new Facility(f.id(), f.name(), f.serviceType(), f.location(), f.capacity(), f.municipality(), FacilityStatus.EXISTING, f.illustrative())
                : f).toList());
    }
}
