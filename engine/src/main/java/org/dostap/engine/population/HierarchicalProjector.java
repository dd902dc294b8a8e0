package org.dostap.engine.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects every level with one method and rakes top-down: the total is projected from the sum of all series, each
 * province from its own sum, each municipality and settlement likewise; then provinces are scaled to the total,
 * municipalities to their province and settlements to their municipality. Whole persons at the end by largest
 * remainder within each parent, so the sums hold exactly. Pure: the same input gives the same output.
 */
final class HierarchicalProjector {
    private HierarchicalProjector() { }

    static Projection project(PopulationHistory fit, TrendMethod method, int horizonYear) {
        int first = fit.firstYear();
        TrendMethod areaMethod = method.forAreas();
        Map<String, List<UnitSeries>> byProvince = new LinkedHashMap<>();
        Map<String, List<UnitSeries>> byMunicipality = new LinkedHashMap<>();
        Map<String, String> provinceOfMunicipality = new LinkedHashMap<>();
        for (UnitSeries u : fit.units()) {
            byProvince.computeIfAbsent(u.province(), k -> new ArrayList<>()).add(u);
            byMunicipality.computeIfAbsent(u.municipality(), k -> new ArrayList<>()).add(u);
            provinceOfMunicipality.putIfAbsent(u.municipality(), u.province());
        }
        double totalRaw = areaMethod.project(first, sum(fit.units()), horizonYear);

        Map<String, Double> provinceRaw = new LinkedHashMap<>();
        byProvince.forEach((p, us) -> provinceRaw.put(p, areaMethod.project(first, sum(us), horizonYear)));
        Map<String, double[]> municipalSeries = new LinkedHashMap<>();
        Map<String, Double> municipalRaw = new LinkedHashMap<>();
        byMunicipality.forEach((m, us) -> {
            double[] s = sum(us);
            municipalSeries.put(m, s);
            municipalRaw.put(m, areaMethod.project(first, s, horizonYear));
        });
        Map<String, Double> settlementRaw = new LinkedHashMap<>();
        for (UnitSeries u : fit.units()) {
            double v = method == TrendMethod.SHARE_OF_MUNICIPALITY
                    ? TrendMethod.projectShare(first, u.values(), municipalSeries.get(u.municipality()),
                            municipalRaw.get(u.municipality()), horizonYear)
                    : method.project(first, u.values(), horizonYear);
            settlementRaw.put(u.id(), v);
        }

        long total = Math.round(totalRaw);
        Map<String, Long> provinces = allocate(total, provinceRaw);
        Map<String, Long> municipalities = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : provinces.entrySet()) {
            Map<String, Double> children = new LinkedHashMap<>();
            provinceOfMunicipality.forEach((m, prov) -> { if (prov.equals(p.getKey())) children.put(m, municipalRaw.get(m)); });
            municipalities.putAll(allocate(p.getValue(), children));
        }
        Map<String, Long> settlements = new LinkedHashMap<>();
        for (UnitSeries u : fit.units()) settlements.put(u.id(), 0L);
        for (Map.Entry<String, List<UnitSeries>> m : byMunicipality.entrySet()) {
            Map<String, Double> children = new LinkedHashMap<>();
            for (UnitSeries u : m.getValue()) children.put(u.id(), settlementRaw.get(u.id()));
            settlements.putAll(allocate(municipalities.get(m.getKey()), children));
        }
        Map<String, Long> municipalOrdered = new LinkedHashMap<>();
        byMunicipality.keySet().forEach(m -> municipalOrdered.put(m, municipalities.get(m)));
        return new Projection(horizonYear, settlements, municipalOrdered, provinces, total);
    }

    /** Yearly sums of the series (a missing figure counts 0; NaN only where every series is missing). */
    static double[] sum(List<UnitSeries> units) {
        int n = units.get(0).length();
        double[] s = new double[n];
        boolean[] any = new boolean[n];
        for (UnitSeries u : units)
            for (int i = 0; i < n; i++) {
                double v = u.at(i);
                if (!Double.isNaN(v)) {
                    s[i] += v;
                    any[i] = true;
                }
            }
        for (int i = 0; i < n; i++) if (!any[i]) s[i] = Double.NaN;
        return s;
    }

    /**
     * Splits {@code target} whole persons in proportion to {@code weights} (largest remainder; ties by order). When every
     * weight is 0 the target is split evenly.
     */
    static Map<String, Long> allocate(long target, Map<String, Double> weights) {
        List<String> keys = new ArrayList<>(weights.keySet());
        double sum = 0;
        for (double w : weights.values()) sum += Math.max(0, w);
        double[] share = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++)
            share[i] = sum > 0 ? target * Math.max(0, weights.get(keys.get(i))) / sum : (double) target / keys.size();
        long[] whole = new long[keys.size()];
        long assigned = 0;
        for (int i = 0; i < keys.size(); i++) {
            whole[i] = (long) Math.floor(share[i]);
            assigned += whole[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -(share[i] - whole[i])).thenComparingInt(i -> i));
        for (int k = 0; k < target - assigned; k++) whole[order.get(k % order.size())]++;
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) out.put(keys.get(i), whole[i]);
        return out;
    }
}
