package org.dostap.web.analysis;

import org.dostap.engine.region.RegionData;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link CoverageQuery}: the region as edited (baseline when no edits), each settlement's
 * access in the region's settlement order, totals for the region and per municipality, and provenance.
 */
public record CoverageView(CoverageQuery query, RegionData region, List<SettlementAccess> settlements,
                           AreaCoverage total, List<AreaCoverage> municipalities,
                           String travelTimeSource, String travelTimeDescription) {
    public CoverageView {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(region, "region");
        settlements = List.copyOf(settlements);
        municipalities = List.copyOf(municipalities);
    }

    /** Settlements not covered, largest population first (then by id for a stable order). */
    public List<SettlementAccess> uncoveredByPopulation() {
        return settlements.stream().filter(s -> !s.covered())
                .sorted(Comparator.comparingInt(SettlementAccess::population).reversed()
                        .thenComparing(s -> s.settlement().id()))
                .toList();
    }
}
