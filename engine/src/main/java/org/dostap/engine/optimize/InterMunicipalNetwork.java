package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inter-municipal networks: which municipalities host shared centres. A maximal-coverage model
 * (Church &amp; ReVelle 1974) over the partner municipalities' settlements, with, per partner M, the side
 * constraint Σ_{i∈M} w_i z_i ≥ s · Σ_{i∈M} w_i (each partner gets at least share s of its population within the
 * standard), optionally hosts only in partner municipalities; solved exactly with SCIP. Every settlement is then
 * assigned to its nearest host (possibly in another municipality).
 * <p>Cost sharing rule: the partnership pays for the centres that serve it, i.e. those hosted by a partner and those
 * a partner settlement is assigned to; centres outside the partnership serving none of its settlements are not charged.
 * The cost (cost per centre in EUR x centres serving the partnership) is split in proportion to the population each
 * partner has served, i.e. living within the standard of its assigned host.
 * <p>Why each new site was chosen: sites are ranked by marginal contribution, starting from the coverage of the
 * fixed-open (existing) sites and adding at each step the site that newly covers the most population; a site's
 * "population added" and "settlements newly covered" are those of its step (they sum to the network's gain).
 */
public final class InterMunicipalNetwork {
    public static final String NAME = "inter-municipal";

    /**
     * @param demandMunicipality    municipality code of every demand point
     * @param candidateMunicipality municipality code of every candidate site
     * @param partners              partner municipalities (empty: every municipality of the demand points)
     * @param minShareWithinStandard 0..1, the share of each partner's population that must be within the standard
     */
    public record Request(LocationInstance instance, List<String> demandMunicipality, List<String> candidateMunicipality,
                          int sites, double thresholdCost, Set<String> partners, double minShareWithinStandard,
                          boolean hostsOnlyAmongPartners, double costPerCentreEur) {
        public Request {
            Objects.requireNonNull(instance, "instance");
            demandMunicipality = List.copyOf(demandMunicipality);
            candidateMunicipality = List.copyOf(candidateMunicipality);
            partners = Set.copyOf(partners);
            ProblemCollector p = new ProblemCollector();
            if (demandMunicipality.size() != instance.demandCount()) p.field("demand_municipality", "one municipality per demand point is required");
            if (candidateMunicipality.size() != instance.candidateCount()) p.field("candidate_municipality", "one municipality per candidate site is required");
            if (!(minShareWithinStandard >= 0 && minShareWithinStandard <= 1)) p.field("min_share_within_standard", "must be between 0 and 1, got " + minShareWithinStandard);
            if (!(thresholdCost >= 0)) p.field("threshold", "must be non-negative, got " + thresholdCost);
            if (!(costPerCentreEur >= 0)) p.field("cost_per_centre_eur", "must be non-negative, got " + costPerCentreEur);
            p.throwIfAny();
        }
    }

    /** Per partner: population, within the standard, share, population served and its share of the cost (EUR). */
    public record MunicipalShare(String municipality, double population, double populationWithinStandard,
                                 double shareWithinStandard, int hostsInMunicipality, double costShare, double costEur) { }

    /**
     * What the partnership pays for: the open sites serving it (hosted by a partner or serving a partner settlement),
     * the cost of one centre and the total, in EUR.
     */
    public record CostBasis(List<Integer> sitesCharged, List<String> siteIdsCharged, double costPerCentreEur, double totalCostEur) {
        public CostBasis { sitesCharged = List.copyOf(sitesCharged); siteIdsCharged = List.copyOf(siteIdsCharged); }
    }

    /** Why a site was chosen: its rank in the marginal order, the population and settlements it newly covers. */
    public record SiteContribution(int site, String siteId, String municipality, int rank, double populationAdded,
                                   List<String> settlementsNewlyCovered, double populationAssigned) {
        public SiteContribution { settlementsNewlyCovered = List.copyOf(settlementsNewlyCovered); }
    }

    public record Result(LocationSolution solution, List<MunicipalShare> municipalities, List<SiteContribution> contributions,
                         CostBasis costBasis) {
        public Result { municipalities = List.copyOf(municipalities); contributions = List.copyOf(contributions); }
    }

    /** @throws SolveCancelledException when the options' monitor is asked to stop */
    public Result solve(Request request, SolveOptions options) {
        options.monitor().phase("preparing");
        request.instance().costs().prepareOrders(options.monitor(), false);
        return SolveMonitor.guard(options.monitor(), () -> network(request, options));
    }

    private Result network(Request request, SolveOptions options) {
        long start = System.nanoTime();
        LocationInstance base = request.instance();
        Set<String> partners = request.partners().isEmpty() ? Set.copyOf(request.demandMunicipality()) : request.partners();
        int n = base.demandCount(), m = base.candidateCount();
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) weights[i] = partners.contains(request.demandMunicipality().get(i)) ? base.weight(i) : 0;
        List<Integer> closed = new ArrayList<>();
        for (int j = 0; j < m; j++)
            if (base.closed(j) || (request.hostsOnlyAmongPartners() && !base.fixedOpen(j) && !partners.contains(request.candidateMunicipality().get(j))))
                closed.add(j);
        LocationInstance inst = LocationInstance.builder(base.costs()).weights(weights).demandIds(base.demandIds())
                .candidateIds(base.candidateIds()).costsInSeconds(base.costsInSeconds()).fixedOpen(base.fixedOpenSites())
                .closed(closed.stream().mapToInt(Integer::intValue).toArray()).build();
        inst.requireSiteCount(request.sites());
        CoverageSets sets = new CoverageSets(inst, request.thresholdCost());
        Map<String, List<Integer>> byMunicipality = new LinkedHashMap<>();
        for (int i = 0; i < n; i++)
            if (weights[i] > 0) byMunicipality.computeIfAbsent(request.demandMunicipality().get(i), k -> new ArrayList<>()).add(i);
        List<CoverageMip.GroupMinimum> groups = checkShares(inst, sets, byMunicipality, request);
        int[] status = new int[m];
        for (int j = 0; j < m; j++) status[j] = inst.fixedOpen(j) ? 1 : inst.closed(j) ? -1 : 0;
        options.monitor().begin(true);
        options.monitor().phase("exact");
        CoverageMip.Outcome out = CoverageMip.solve(inst, sets, request.sites(), status, null, groups, options.timeLimitSeconds(), options.monitor());
        Mip.Result r = out.result();
        if (!r.hasSolution())
            throw new PlanningException(ErrorCode.INFEASIBLE, r.status() == com.google.ortools.linearsolver.MPSolver.ResultStatus.INFEASIBLE
                    ? "No " + request.sites() + " hosts give every partner municipality " + percent(request.minShareWithinStandard())
                      + " of its population within " + inst.formatCost(request.thresholdCost()) + ": open more centres or lower the share."
                    : "No network found within the time limit of " + options.timeLimitSeconds() + " s.");
        boolean[] open = out.open();
        int[] assignment = new MedianCosts(inst).assign(open);
        double covered = 0;
        for (int i = 0; i < n; i++) if (weights[i] > 0 && within(inst, request, i, assignment[i])) covered += weights[i];
        double upper = Math.max(covered, r.bound());
        LocationSolution solution = new LocationSolution(NAME, true, covered, covered, upper, Solutions.seconds(start),
                "mip(" + Mip.SOLVER + ", coverage with per-municipality minimum shares)", Solutions.sites(open),
                Solutions.list(assignment), r.optimal() ? List.of() : List.of("time limit reached; the bound is the best proven"));
        CostBasis basis = costBasis(inst, request, partners, weights, open, assignment);
        return new Result(solution, shares(inst, request, byMunicipality, open, assignment, basis.totalCostEur()),
                contributions(inst, request, sets, open, assignment), basis);
    }

    private static boolean within(LocationInstance inst, Request request, int i, int site) {
        return site >= 0 && inst.costs().cost(i, site) <= request.thresholdCost();
    }

    private static List<CoverageMip.GroupMinimum> checkShares(LocationInstance inst, CoverageSets sets,
                                                              Map<String, List<Integer>> byMunicipality, Request request) {
        List<CoverageMip.GroupMinimum> groups = new ArrayList<>();
        if (request.minShareWithinStandard() <= 0) return groups;
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byMunicipality.entrySet()) {
            double pop = 0, reachable = 0;
            for (int i : e.getValue()) { pop += inst.weight(i); if (sets.coverable(i)) reachable += inst.weight(i); }
            double need = request.minShareWithinStandard() * pop;
            if (reachable + 1e-9 < need)
                problems.add(Problem.atField("municipality " + e.getKey(), "only " + fmt(reachable) + " of " + fmt(pop) + " people ("
                        + percent(reachable / pop) + ") can be within " + inst.formatCost(request.thresholdCost())
                        + " of any allowed host; the required share is " + percent(request.minShareWithinStandard())));
            groups.add(new CoverageMip.GroupMinimum(e.getValue().stream().mapToInt(Integer::intValue).toArray(), need));
        }
        if (!problems.isEmpty()) throw new PlanningException(ErrorCode.INFEASIBLE, problems);
        return groups;
    }

    /** The open sites the partnership pays for: hosted by a partner, or assigned a partner settlement with residents. */
    private static CostBasis costBasis(LocationInstance inst, Request request, Set<String> partners, double[] weights,
                                       boolean[] open, int[] assignment) {
        boolean[] serving = new boolean[open.length];
        for (int j = 0; j < open.length; j++) serving[j] = open[j] && partners.contains(request.candidateMunicipality().get(j));
        for (int i = 0; i < assignment.length; i++) if (weights[i] > 0 && assignment[i] >= 0) serving[assignment[i]] = true;
        List<Integer> sites = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < open.length; j++) if (open[j] && serving[j]) { sites.add(j); ids.add(inst.candidateId(j)); }
        return new CostBasis(sites, ids, request.costPerCentreEur(), request.costPerCentreEur() * sites.size());
    }

    private static List<MunicipalShare> shares(LocationInstance inst, Request request, Map<String, List<Integer>> byMunicipality,
                                               boolean[] open, int[] assignment, double totalCost) {
        double servedAll = 0;
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : byMunicipality.entrySet()) {
            double pop = 0, served = 0;
            for (int i : e.getValue()) { pop += inst.weight(i); if (within(inst, request, i, assignment[i])) served += inst.weight(i); }
            figures.put(e.getKey(), new double[]{pop, served});
            servedAll += served;
        }
        List<MunicipalShare> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : figures.entrySet()) {
            double pop = e.getValue()[0], served = e.getValue()[1];
            int hosts = 0;
            for (int j = 0; j < open.length; j++) if (open[j] && request.candidateMunicipality().get(j).equals(e.getKey())) hosts++;
            double share = servedAll > 0 ? served / servedAll : 0;
            out.add(new MunicipalShare(e.getKey(), pop, served, pop > 0 ? served / pop : 0, hosts, share, share * totalCost));
        }
        return out;
    }

    private static List<SiteContribution> contributions(LocationInstance inst, Request request, CoverageSets sets,
                                                        boolean[] open, int[] assignment) {
        boolean[] covered = new boolean[inst.demandCount()];
        List<Integer> remaining = new ArrayList<>();
        for (int j = 0; j < open.length; j++) {
            if (!open[j]) continue;
            if (inst.fixedOpen(j)) for (int i : sets.pointsOf[j]) covered[i] = true;
            else remaining.add(j);
        }
        List<SiteContribution> out = new ArrayList<>();
        int rank = 1;
        while (!remaining.isEmpty()) {
            int best = remaining.get(0);
            double bestGain = -1;
            for (int j : remaining) {
                double g = 0;
                for (int i : sets.pointsOf[j]) if (!covered[i]) g += inst.weight(i);
                if (g > bestGain) { bestGain = g; best = j; }
            }
            List<String> newly = new ArrayList<>();
            for (int i : sets.pointsOf[best]) if (!covered[i] && inst.weight(i) > 0) { covered[i] = true; newly.add(inst.demandId(i)); }
            double assigned = 0;
            for (int i = 0; i < assignment.length; i++) if (assignment[i] == best) assigned += inst.weight(i);
            out.add(new SiteContribution(best, inst.candidateId(best), request.candidateMunicipality().get(best), rank++, bestGain,
                    newly, assigned));
            remaining.remove(Integer.valueOf(best));
        }
        return out;
    }

    private static String percent(double share) { return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100); }

    private static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
