package org.dostap.engine.coverage;

import java.util.List;

/**
 * Coverage of one service type in a region: every settlement (never dropped), the region and each
 * municipality (by code), provenance, and warnings a planner should read (e.g. a facility no settlement
 * can reach). {@code thresholdSeconds} is the threshold of interest; {@code thresholdsSeconds} the table.
 */
public record CoverageResult(String serviceTypeId, int thresholdSeconds, List<Integer> thresholdsSeconds,
                             List<SettlementAccess> settlements, AreaCoverage region,
                             List<AreaCoverage> municipalities, CoverageProvenance provenance,
                             List<String> warnings) {
    public CoverageResult {
        thresholdsSeconds = List.copyOf(thresholdsSeconds);
        settlements = List.copyOf(settlements);
        municipalities = List.copyOf(municipalities);
        warnings = List.copyOf(warnings);
    }

    public String populationColumn() { return provenance.populationColumn(); }

    public SettlementAccess getSettlement(String settlementId) {
        for (SettlementAccess s : settlements) if (s.settlementId().equals(settlementId)) return s;
        throw new IllegalArgumentException("no settlement " + settlementId + " in this result");
    }

    public AreaCoverage getMunicipality(String code) {
        for (AreaCoverage m : municipalities) if (m.code().equals(code)) return m;
        throw new IllegalArgumentException("no municipality " + code + " in this result");
    }
}
