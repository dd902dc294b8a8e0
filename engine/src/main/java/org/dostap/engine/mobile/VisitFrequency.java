package org.dostap.engine.mobile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How often each settlement is visited, in weeks between visits (2 = fortnightly). Precedence: the
 * settlement's own value, then the first population class whose {@code minPopulation} it reaches
 * (classes are tried from the largest threshold down), then {@code defaultWeeks}.
 */
public record VisitFrequency(int defaultWeeks, Map<String, Integer> weeksBySettlement, List<PopulationClass> byPopulation) {
    /** Settlements with at least {@code minPopulation} residents are visited every {@code weeks} weeks. */
    public record PopulationClass(int minPopulation, int weeks) { }

    public VisitFrequency {
        weeksBySettlement = Map.copyOf(weeksBySettlement);
        byPopulation = byPopulation.stream().sorted(Comparator.comparingInt(PopulationClass::minPopulation).reversed()).toList();
    }

    public static VisitFrequency every(int weeks) {
        return new VisitFrequency(weeks, Map.of(), List.of());
    }

    public int weeksFor(String settlementId, int population) {
        Integer own = weeksBySettlement.get(settlementId);
        if (own != null) return own;
        for (PopulationClass c : byPopulation) if (population >= c.minPopulation()) return c.weeks();
        return defaultWeeks;
    }

    /** Every distinct value that can be used: the default, the per-settlement and per-class values. */
    List<Integer> allWeeks() {
        java.util.List<Integer> all = new java.util.ArrayList<>(weeksBySettlement.values());
        byPopulation.forEach(c -> all.add(c.weeks()));
        all.add(defaultWeeks);
        return all;
    }
}
