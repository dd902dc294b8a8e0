package org.dostap.engine.optimize;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The canonical input of every location problem (spopt style): a {@link CostMatrix} (demand points x
 * candidate sites), the demand weight of each point (population; the objective weight), the load each
 * point puts on a site's capacity (by default its weight), optional site capacities, the sites that are
 * open already (fixed open) and those that must stay closed. Ids name points and sites in messages.
 * Immutable; validated on construction, every problem reported at once.
 */
public final class LocationInstance {
    private static final String SOURCE = "location instance";
    private final CostMatrix costs;
    private final double[] weights;
    private final double[] loads;
    private final double[] capacities; // empty: uncapacitated
    private final boolean[] fixedOpen;
    private final boolean[] closed;
    private final List<String> demandIds;
    private final List<String> candidateIds;
    private final boolean costsInSeconds;

    private LocationInstance(Builder b) {
        this.costsInSeconds = b.costsInSeconds;
        this.costs = Objects.requireNonNull(b.costs, "costs");
        int n = costs.demandCount(), m = costs.candidateCount();
        this.demandIds = b.demandIds == null ? numbered("demand point ", n) : List.copyOf(b.demandIds);
        this.candidateIds = b.candidateIds == null ? numbered("site ", m) : List.copyOf(b.candidateIds);
        this.weights = b.weights == null ? filled(n, 1) : b.weights.clone();
        this.loads = b.loads == null ? weights.clone() : b.loads.clone();
        this.capacities = b.capacities == null ? new double[0] : b.capacities.clone();
        this.fixedOpen = new boolean[m];
        this.closed = new boolean[m];
        ProblemCollector problems = new ProblemCollector();
        if (demandIds.size() != n) problems.cell(SOURCE, 0, "demand ids", demandIds.size() + " ids for " + n + " demand points");
        if (candidateIds.size() != m) problems.cell(SOURCE, 0, "candidate ids", candidateIds.size() + " ids for " + m + " candidate sites");
        checkValues(problems, "weight", weights, n, demandIds);
        if (b.loads != null) checkValues(problems, "load", loads, n, demandIds);
        if (capacities.length > 0) checkValues(problems, "capacity", capacities, m, candidateIds);
        for (int j : b.fixedOpen) {
            if (j < 0 || j >= m) problems.cell(SOURCE, 0, "fixed open", "no candidate site " + j);
            else fixedOpen[j] = true;
        }
        for (int j : b.closed) {
            if (j < 0 || j >= m) problems.cell(SOURCE, 0, "closed", "no candidate site " + j);
            else if (fixedOpen[j]) problems.cell(SOURCE, 0, "closed", "site " + candidateIds.get(j) + " is both fixed open and closed");
            else closed[j] = true;
        }
        problems.throwIfAny();
    }

    private static void checkValues(ProblemCollector problems, String what, double[] values, int expected, List<String> ids) {
        if (values.length != expected) {
            problems.cell(SOURCE, 0, what, values.length + " values for " + expected + " entries");
            return;
        }
        for (int i = 0; i < values.length; i++)
            if (!(values[i] >= 0) || Double.isInfinite(values[i]))
                problems.cell(SOURCE, i + 1, what, what + " of " + (i < ids.size() ? ids.get(i) : "#" + i)
                        + " must be a finite non-negative number, got " + values[i]);
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + (i + 1)).toList();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    public static Builder builder(CostMatrix costs) { return new Builder(costs); }

    /** A copy with other fixed-open and closed sites. */
    public LocationInstance withSiteRules(int[] newFixedOpen, int[] newClosed) {
        Builder b = new Builder(costs);
        b.weights = weights; b.loads = loads; b.capacities = capacities.length == 0 ? null : capacities;
        b.demandIds = demandIds; b.candidateIds = candidateIds; b.costsInSeconds = costsInSeconds;
        return b.fixedOpen(newFixedOpen).closed(newClosed).build();
    }

    public CostMatrix costs() { return costs; }
    public int demandCount() { return costs.demandCount(); }
    public int candidateCount() { return costs.candidateCount(); }
    public double weight(int demand) { return weights[demand]; }
    public double load(int demand) { return loads[demand]; }
    public boolean capacitated() { return capacities.length > 0; }
    public double capacity(int candidate) { return capacities.length == 0 ? Double.POSITIVE_INFINITY : capacities[candidate]; }
    public boolean fixedOpen(int candidate) { return fixedOpen[candidate]; }
    public boolean closed(int candidate) { return closed[candidate]; }
    public String demandId(int demand) { return demandIds.get(demand); }
    public String candidateId(int candidate) { return candidateIds.get(candidate); }
    public List<String> demandIds() { return demandIds; }
    public List<String> candidateIds() { return candidateIds; }
    /** True when costs are travel seconds (messages then speak in minutes). */
    public boolean costsInSeconds() { return costsInSeconds; }

    /** A cost for messages: "30 min" for travel seconds, else the number. */
    public String formatCost(double cost) {
        return costsInSeconds ? Solutions.minutes(cost) : (cost == Math.rint(cost) ? String.valueOf((long) cost) : String.valueOf(cost));
    }

    public double totalWeight() { return Arrays.stream(weights).sum(); }

    public int[] fixedOpenSites() { return IntStream.range(0, fixedOpen.length).filter(j -> fixedOpen[j]).toArray(); }

    /** Candidates that may be opened (not closed), fixed-open ones included. */
    public int[] allowedSites() { return IntStream.range(0, closed.length).filter(j -> !closed[j]).toArray(); }

    /**
     * Checks a site count against the candidates.
     * @throws PlanningException INVALID_INPUT when there are no candidates, {@code p} is not positive, exceeds the
     *         allowed candidates or is smaller than the fixed-open sites
     */
    void requireSiteCount(int p) {
        ProblemCollector problems = new ProblemCollector();
        int allowed = allowedSites().length, fixed = fixedOpenSites().length;
        if (candidateCount() == 0) problems.field("candidates", "the candidate set is empty: give at least one candidate site");
        else if (allowed == 0) problems.field("candidates", "every candidate site is closed: nothing can be opened");
        if (p < 1) problems.field("sites", "the number of sites must be at least 1, got " + p);
        else if (allowed > 0 && p > allowed && fixed > 0)
            // the README's own example asked for 5 new sites among the 10 municipal seats that all host a kept centre
            problems.field("sites", "cannot open " + p + " sites (" + fixed + " existing kept open + " + (p - fixed) + " new): only "
                    + allowed + " candidate sites may be opened and " + fixed + " of them are the existing ones, so at most "
                    + (allowed - fixed) + " new; ask for fewer new sites or give more candidates");
        else if (allowed > 0 && p > allowed)
            problems.field("sites", "cannot open " + p + " sites: only " + allowed + " candidate sites may be opened");
        if (p >= 1 && p < fixed)
            problems.field("sites", p + " sites requested but " + fixed + " sites are fixed open (existing); ask for at least " + fixed);
        problems.throwIfAny();
    }

    /** Demand points with positive weight that no allowed candidate can serve within {@code limit} (inclusive). */
    List<Integer> unservable(double limit) {
        List<Integer> out = new ArrayList<>();
        int[] allowed = allowedSites();
        for (int i = 0; i < demandCount(); i++) {
            boolean ok = false;
            for (int j : allowed) if (costs.cost(i, j) <= limit) { ok = true; break; }
            if (!ok) out.add(i);
        }
        return out;
    }

    /** Builder; arrays are copied on {@link #build()}. */
    public static final class Builder {
        private final CostMatrix costs;
        private double[] weights;
        private double[] loads;
        private double[] capacities;
        private int[] fixedOpen = new int[0];
        private int[] closed = new int[0];
        private List<String> demandIds;
        private List<String> candidateIds;
        private boolean costsInSeconds;

        private Builder(CostMatrix costs) { this.costs = costs; }

        public Builder weights(double[] v) { weights = v; return this; }
        public Builder loads(double[] v) { loads = v; return this; }
        public Builder capacities(double[] v) { capacities = v; return this; }
        public Builder fixedOpen(int... sites) { fixedOpen = sites.clone(); return this; }
        public Builder closed(int... sites) { closed = sites.clone(); return this; }
        public Builder demandIds(List<String> ids) { demandIds = ids; return this; }
        public Builder candidateIds(List<String> ids) { candidateIds = ids; return this; }
        /** Costs are travel seconds (the default for instances built from a travel-time matrix). */
        public Builder costsInSeconds(boolean v) { costsInSeconds = v; return this; }
        public LocationInstance build() { return new LocationInstance(this); }
    }
}
