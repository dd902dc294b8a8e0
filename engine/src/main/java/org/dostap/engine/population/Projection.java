package org.dostap.engine.population;

import java.util.Map;

/**
 * Whole-person projections that add up across levels: every settlement's figure, each municipality's (the sum of its
 * settlements), each province's (the sum of its municipalities) and the total (the sum of the provinces).
 * Maps are in the order of the history's units.
 */
public record Projection(int horizonYear, Map<String, Long> bySettlement, Map<String, Long> byMunicipality,
                         Map<String, Long> byProvince, long total) {
    public Projection {
        bySettlement = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySettlement));
        byMunicipality = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byMunicipality));
        byProvince = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byProvince));
    }
}
