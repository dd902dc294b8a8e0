package org.dostap.web.analysis;

import org.dostap.engine.coverage.AreaCoverage;
import org.dostap.engine.coverage.ThresholdCoverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two coverage views of the same region side by side: scenario against baseline, or one population column
 * against another. {@code changed} holds the settlements whose access or population differs: those that
 * gained or lost coverage first, then by population.
 */
public record Comparison(CoverageView before, CoverageView after, AreaChange total, List<AreaChange> byMunicipality,
                         List<SettlementChange> changed) {
    public Comparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        byMunicipality = List.copyOf(byMunicipality);
        changed = List.copyOf(changed);
    }

    /** Builds the comparison; both views must list the same settlements in the same order. */
    public static Comparison of(CoverageView before, CoverageView after) {
        int n = after.region().settlements().size();
        if (before.region().settlements().size() != n) throw new IllegalArgumentException("views of different regions");
        List<SettlementChange> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++)
            all.add(new SettlementChange(after.region().settlements().get(i), before.settlement(i).population(),
                    after.settlement(i).population(), before.access(i), after.access(i)));
        Map<String, AreaCoverage> beforeByCode = new HashMap<>();
        before.result().municipalities().forEach(a -> beforeByCode.put(a.code(), a));
        List<AreaChange> areas = new ArrayList<>();
        for (AreaCoverage a : after.result().municipalities()) {
            AreaCoverage b = beforeByCode.getOrDefault(a.code(), a);
            areas.add(change(before, after, b, a, all.stream().filter(c -> c.settlement().municipality().equals(a.code())).toList()));
        }
        List<SettlementChange> changed = all.stream()
                .filter(c -> c.accessChanged() || c.populationDelta() != 0)
                .sorted(Comparator.comparing((SettlementChange c) -> !(c.gained() || c.lost()))
                        .thenComparing(c -> -Math.max(c.populationAfter(), c.populationBefore()))
                        .thenComparing(c -> c.settlement().id()))
                .toList();
        AreaChange total = change(before, after, before.result().region(), after.result().region(), all);
        return new Comparison(before, after, total, areas, changed);
    }

    private static AreaChange change(CoverageView bv, CoverageView av, AreaCoverage before, AreaCoverage after,
                                     List<SettlementChange> settlements) {
        int gained = 0, lost = 0;
        long popGained = 0, popLost = 0;
        for (SettlementChange c : settlements) {
            if (c.gained()) { gained++; popGained += c.populationAfter(); }
            if (c.lost()) { lost++; popLost += c.populationAfter(); }
        }
        ThresholdCoverage b = bv.atThreshold(before), a = av.atThreshold(after);
        return new AreaChange(before, after, b.coveredPopulation(), a.coveredPopulation(), b.coveredSettlements(),
                a.coveredSettlements(), gained, lost, popGained, popLost);
    }
}
