package org.dostap.engine.mobile;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage re-scored with a mobile plan: every settlement of the region is {@code fixed} (a fixed centre of
 * the plan's service within the threshold), {@code mobile} (visited by the plan, at its frequency) or
 * {@code none}; with the population per kind.
 */
public record AccessRescore(int thresholdSeconds, List<RescoredSettlement> settlements, Map<AccessKind, Integer> populationByKind) {
    public AccessRescore {
        settlements = List.copyOf(settlements);
        populationByKind = Map.copyOf(populationByKind);
    }

    public static AccessRescore of(RegionData region, TravelTimeProvider travel, MobilePlan plan) {
        MobileRequest r = plan.request();
        String column = region.requirePopulationColumn(r.populationColumn());
        int threshold = r.thresholdSecondsIn(region);
        int[] nearest = FixedAccess.nearestSeconds(region, travel, r.serviceTypeId(), r.accessMode());
        Map<String, ServedSettlement> served = new java.util.HashMap<>();
        plan.served().forEach(s -> served.put(s.settlementId(), s));
        List<RescoredSettlement> out = new ArrayList<>();
        Map<AccessKind, Integer> pop = new EnumMap<>(AccessKind.class);
        for (AccessKind k : AccessKind.values()) pop.put(k, 0);
        for (int i = 0; i < nearest.length; i++) {
            Settlement s = region.settlements().get(i);
            ServedSettlement m = served.get(s.id());
            AccessKind kind = nearest[i] <= threshold ? AccessKind.FIXED : m != null ? AccessKind.MOBILE : AccessKind.NONE;
            int population = s.population(column);
            out.add(new RescoredSettlement(s.id(), s.name(), s.municipality(), population, kind, nearest[i],
                    kind == AccessKind.MOBILE ? m.visitsPer4Weeks() : 0));
            pop.merge(kind, population, Integer::sum);
        }
        return new AccessRescore(threshold, out, pop);
    }
}
