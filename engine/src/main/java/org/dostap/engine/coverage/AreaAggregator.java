package org.dostap.engine.coverage;

import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sums the requested service's per-settlement access over an area (a municipality or the region). */
final class AreaAggregator {
    /** Per settlement (region order): seconds to the nearest facility (UNREACHABLE for none). */
    private final int[] times;
    /** Per settlement: the low and high ends of the error band of that time. */
    private final int[] lowTimes;
    private final int[] highTimes;
    private final boolean[] connected;
    private final long[] population;
    private final double[] e2sfcaPer1000; // null when the index is not available
    private final List<Settlement> settlements;
    private final List<Integer> thresholdsSeconds;
    private final int thresholdSeconds;
    private final E2sfcaFacts e2sfcaFacts;

    /** What the area summaries repeat about the index: catchment, facilities with capacity, total capacity. */
    record E2sfcaFacts(int catchmentSeconds, int facilitiesWithCapacity, long totalCapacity) { }

    AreaAggregator(List<Settlement> settlements, int[] times, int[] lowTimes, int[] highTimes, boolean[] connected,
                   long[] population, double[] e2sfcaPer1000, E2sfcaFacts e2sfcaFacts, List<Integer> thresholdsSeconds,
                   int thresholdSeconds) {
        this.settlements = settlements;
        this.times = times;
        this.lowTimes = lowTimes;
        this.highTimes = highTimes;
        this.connected = connected;
        this.population = population;
        this.e2sfcaPer1000 = e2sfcaPer1000;
        this.e2sfcaFacts = e2sfcaFacts;
        this.thresholdsSeconds = thresholdsSeconds;
        this.thresholdSeconds = thresholdSeconds;
    }

    AreaCoverage aggregate(String code, String nameBg, String nameEn, List<Integer> members) {
        long pop = 0, notConnectedPop = 0, unreachedPop = 0;
        int notConnected = 0, unreached = 0;
        for (int i : members) {
            pop += population[i];
            if (!connected[i]) {
                notConnected++;
                notConnectedPop += population[i];
            } else if (times[i] == TravelTimeMatrix.UNREACHABLE) {
                unreached++;
                unreachedPop += population[i];
            }
        }
        List<ThresholdCoverage> rows = new ArrayList<>();
        for (int t : thresholdsSeconds) {
            int covered = 0, coveredLow = 0, coveredHigh = 0;
            long coveredPop = 0, coveredPopLow = 0, coveredPopHigh = 0;
            for (int i : members) {
                if (isCovered(i, t)) {
                    covered++;
                    coveredPop += population[i];
                }
                if (isCovered(i, highTimes, t)) {
                    coveredLow++;
                    coveredPopLow += population[i];
                }
                if (isCovered(i, lowTimes, t)) {
                    coveredHigh++;
                    coveredPopHigh += population[i];
                }
            }
            rows.add(new ThresholdCoverage(t, covered, coveredPop, members.size() - covered, pop - coveredPop,
                    coveredLow, coveredHigh, coveredPopLow, coveredPopHigh));
        }
        return new AreaCoverage(code, nameBg, nameEn, members.size(), pop, notConnected, notConnectedPop,
                unreached, unreachedPop, rows, uncovered(members), stats(members), e2sfca(members));
    }

    private boolean isCovered(int i, int thresholdSeconds) {
        return isCovered(i, times, thresholdSeconds);
    }

    private boolean isCovered(int i, int[] seconds, int thresholdSeconds) {
        return connected[i] && seconds[i] != TravelTimeMatrix.UNREACHABLE && seconds[i] <= thresholdSeconds;
    }

    private List<UncoveredSettlement> uncovered(List<Integer> members) {
        List<UncoveredSettlement> out = new ArrayList<>();
        for (int i : members) {
            if (isCovered(i, thresholdSeconds)) continue;
            Settlement s = settlements.get(i);
            Integer t = connected[i] && times[i] != TravelTimeMatrix.UNREACHABLE ? times[i] : null;
            out.add(new UncoveredSettlement(s.id(), s.name(), s.municipality(), (int) population[i], t, connected[i]));
        }
        out.sort(Comparator.comparingInt(UncoveredSettlement::population).reversed()
                .thenComparing(UncoveredSettlement::settlementId));
        return out;
    }

    private TravelTimeStats stats(List<Integer> members) {
        List<Integer> timed = members.stream()
                .filter(i -> connected[i] && times[i] != TravelTimeMatrix.UNREACHABLE).toList();
        int[] x = new int[timed.size()];
        long[] w = new long[timed.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = times[timed.get(k)];
            w[k] = population[timed.get(k)];
        }
        return WeightedStats.of(x, w);
    }

    private E2sfcaSummary e2sfca(List<Integer> members) {
        if (e2sfcaPer1000 == null) return null;
        double sumW = 0, sumWA = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        int without = 0;
        long withoutPop = 0;
        for (int i : members) {
            double a = e2sfcaPer1000[i];
            sumW += population[i];
            sumWA += population[i] * a;
            min = Math.min(min, a);
            max = Math.max(max, a);
            if (a == 0) {
                without++;
                withoutPop += population[i];
            }
        }
        return new E2sfcaSummary(e2sfcaFacts.catchmentSeconds(), E2sfca.ZONE_WEIGHTS,
                e2sfcaFacts.facilitiesWithCapacity(), e2sfcaFacts.totalCapacity(),
                sumW > 0 ? sumWA / sumW : null, members.isEmpty() ? null : min, members.isEmpty() ? null : max,
                without, withoutPop);
    }
}
