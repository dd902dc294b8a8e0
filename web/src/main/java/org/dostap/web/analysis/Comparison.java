package org.dostap.web.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two coverage views of the same region side by side: scenario against baseline, or one population
 * column against another. {@code changed} holds the settlements whose access or population differs,
 * those that gained or lost coverage first, then by population.
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
        if (before.settlements().size() != after.settlements().size())
            throw new IllegalArgumentException("views of different regions");
        List<SettlementChange> all = new ArrayList<>();
        for (int i = 0; i < before.settlements().size(); i++)
            all.add(new SettlementChange(before.settlements().get(i), after.settlements().get(i)));
        Map<String, AreaCoverage> beforeByCode = new HashMap<>();
        before.municipalities().forEach(a -> beforeByCode.put(a.code(), a));
        List<AreaChange> areas = new ArrayList<>();
        for (AreaCoverage a : after.municipalities()) {
            AreaCoverage b = beforeByCode.getOrDefault(a.code(), a);
            areas.add(change(b, a, all.stream().filter(c -> c.after().settlement().municipality().equals(a.code())).toList()));
        }
        List<SettlementChange> changed = all.stream()
                .filter(c -> c.accessChanged() || c.populationDelta() != 0)
                .sorted(Comparator.comparing((SettlementChange c) -> !(c.gained() || c.lost()))
                        .thenComparing(c -> -Math.max(c.after().population(), c.before().population()))
                        .thenComparing(c -> c.after().settlement().id()))
                .toList();
        return new Comparison(before, after, change(before.total(), after.total(), all), areas, changed);
    }

    private static AreaChange change(AreaCoverage before, AreaCoverage after, List<SettlementChange> settlements) {
        int gained = 0, lost = 0;
        long popGained = 0, popLost = 0;
        for (SettlementChange c : settlements) {
            if (c.gained()) { gained++; popGained += c.after().population(); }
            if (c.lost()) { lost++; popLost += c.after().population(); }
        }
        return new AreaChange(before, after, gained, lost, popGained, popLost);
    }
}
