package org.dostap.engine.population;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projection as a population column ({@code proj_2030}): every settlement's projected population, fitted on all
 * of the region's {@code pop_YYYY} years with the method its back-test chooses ({@link ProjectionService}).
 */
public final class ProjectedColumn {
    public static final int DEFAULT_HORIZON_YEAR = 2030;
    public static final String PREFIX = "proj_";

    private ProjectedColumn() { }

    public static String name(int horizonYear) { return PREFIX + horizonYear; }

    /** Projected population per settlement id, or empty when the region has too few {@code pop_YYYY} years. */
    public static Optional<Map<String, Long>> values(RegionData region, int horizonYear) {
        Optional<PopulationHistory> history = PopulationHistory.of(region);
        if (history.isEmpty() || region.settlements().isEmpty()) return Optional.empty();
        PopulationHistory h = history.get();
        if (h.lastYear() - h.firstYear() + 1 < ProjectionRequest.MIN_FIT_YEARS || horizonYear <= h.lastYear())
            return Optional.empty();
        ProjectionResult r = new ProjectionService().project(h, new ProjectionRequest(h.firstYear(), h.lastYear(), horizonYear));
        Map<String, Long> out = new HashMap<>();
        r.settlements().forEach(s -> out.put(s.id(), s.projectedPopulation()));
        return Optional.of(out);
    }

    /** The region with the column {@code proj_<horizonYear>} added last, or the region unchanged when it cannot be projected. */
    public static RegionData add(RegionData region, int horizonYear) {
        return values(region, horizonYear).map(v -> with(region, name(horizonYear), v)).orElse(region);
    }

    /** The region with {@code column} added last, from {@code values} by settlement id (a missing id: no value). */
    public static RegionData with(RegionData region, String column, Map<String, Long> values) {
        if (region.populationColumns().contains(column)) return region;
        List<Settlement> settlements = new ArrayList<>(region.settlements().size());
        for (Settlement s : region.settlements()) {
            Long v = values.get(s.id());
            if (v == null) {
                settlements.add(s);
                continue;
            }
            Map<String, Integer> pop = new HashMap<>(s.populationByColumn());
            pop.put(column, Math.toIntExact(v));
            settlements.add(new Settlement(s.id(), s.name(), s.nameEn(), s.municipality(), s.province(), s.kind(), s.location(), pop));
        }
        List<String> columns = new ArrayList<>(region.populationColumns());
        columns.add(column);
        return new RegionData(region.code(), region.nameBg(), region.nameEn(), settlements, region.facilities(),
                region.municipalities(), region.province(), region.services(), columns, region.provenance());
    }
}
