package org.dostap.web.http.mobile;

import org.dostap.web.report.ReportResults;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The mobile plans this server made lately, as the report tabulates them ({@link ReportResults.MobilePlan}: teams,
 * settlements visited and unserved, where the plan came from), so that the map's *Report* can include the plan the
 * page shows by its {@code plan_id}. Bounded: at most {@link #KEPT} plans and {@code budgetBytes} of estimated memory,
 * the oldest dropped first. A plan is found only through its own region (as optimization jobs are).
 */
public final class RecentPlans {
    static final int KEPT = 50;
    private final long budgetBytes;
    private final Map<String, Kept> plans = new LinkedHashMap<>();
    private long bytes;

    /** A kept plan: its region and what the report tabulates. */
    public record Kept(String region, ReportResults.MobilePlan plan, long bytes) { }

    public RecentPlans(long budgetBytes) { this.budgetBytes = budgetBytes; }

    /** A budget for this JVM: 1/64 of the heap (8 MB at -Xmx512m), at least 1 MB. */
    public static RecentPlans forThisJvm() { return new RecentPlans(Math.max(1L << 20, Runtime.getRuntime().maxMemory() / 64)); }

    /** A fresh id for a plan about to be kept. */
    static String newId() { return UUID.randomUUID().toString().replace("-", "").substring(0, 12); }

    /** Keeps {@code plan} of {@code region} under {@code id}, dropping the oldest plans beyond the limits. */
    synchronized void keep(String id, String region, ReportResults.MobilePlan plan) {
        long size = estimatedBytes(plan);
        Kept old = plans.put(id, new Kept(region, plan, size));
        if (old != null) bytes -= old.bytes();
        bytes += size;
        for (Iterator<Kept> it = plans.values().iterator(); it.hasNext() && (plans.size() > KEPT || bytes > budgetBytes) && plans.size() > 1; ) {
            bytes -= it.next().bytes();
            it.remove();
        }
    }

    /** The plan {@code id} of {@code region}, if it is still kept. */
    public synchronized Optional<ReportResults.MobilePlan> find(String region, String id) {
        Kept k = id == null ? null : plans.get(id);
        return k == null || !k.region().equalsIgnoreCase(region) ? Optional.empty() : Optional.of(k.plan());
    }

    /** Rough memory of a tabulated plan: a few hundred bytes per team and per settlement listed. */
    static long estimatedBytes(ReportResults.MobilePlan p) {
        return 2_048 + 200L * (p.teams().size() + p.visited().size() + p.unserved().size()) + 120L * p.source().parameters().size();
    }
}
