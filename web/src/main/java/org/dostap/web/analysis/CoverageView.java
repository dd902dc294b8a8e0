package org.dostap.web.analysis;

import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.CoverageResult;
import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.coverage.SettlementAccess;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.engine.coverage.UnreachableReason;
import org.dostap.engine.region.RegionData;

import java.util.Objects;

/**
 * The answer to a {@link CoverageQuery}: the region as edited (the baseline when there are no edits) and the
 * engine's {@link CoverageResult} (settlements in region order, region and municipality tables, provenance).
 */
public record CoverageView(CoverageQuery query, RegionData region, CoverageResult result, CoverageResult open) {
    /**
     * @param open the same scenario on the network without its road closures (null when it closes no road), so that
     *             a settlement cut off by a closure can say so
     */
    public CoverageView {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(result, "result");
    }

    public CoverageView(CoverageQuery query, RegionData region, CoverageResult result) {
        this(query, region, result, null);
    }

    /** Why settlement {@code index} has no travel time to the queried service type; null when it has one. */
    public UnreachableReason unreachableReason(int index) {
        return UnreachableReason.of(settlement(index), access(index),
                open == null ? null : open.settlements().get(index).getService(query.serviceType()));
    }

    /** Settlement {@code index}'s access to the queried service type. */
    public ServiceAccess access(int index) {
        return result.settlements().get(index).getService(query.serviceType());
    }

    public SettlementAccess settlement(int index) { return result.settlements().get(index); }

    /** The row of the queried threshold in an area's table. */
    public ThresholdCoverage atThreshold(AreaCoverage area) { return area.getThreshold(query.thresholdSeconds()); }
}
