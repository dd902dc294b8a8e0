package org.dostap.engine.population;

/**
 * Population-weighted absolute error of a forecast against the known figures of the target year:
 * sum |projected - actual| / sum actual, over settlements ({@code settlementWeightedAbsError}) and over municipality
 * totals ({@code municipalityWeightedAbsError}); 0.05 means 5 %. Settlements without a figure in the target year
 * are left out of both.
 */
public record ForecastError(double settlementWeightedAbsError, double municipalityWeightedAbsError) {
    static ForecastError of(Projection p, PopulationHistory actual, int targetYear) {
        double absS = 0, sumA = 0;
        java.util.Map<String, double[]> mun = new java.util.LinkedHashMap<>();
        for (UnitSeries u : actual.units()) {
            double a = actual.value(u, targetYear);
            if (Double.isNaN(a)) continue;
            long f = p.bySettlement().getOrDefault(u.id(), 0L);
            absS += Math.abs(f - a);
            sumA += a;
            double[] m = mun.computeIfAbsent(u.municipality(), k -> new double[2]);
            m[0] += f;
            m[1] += a;
        }
        double absM = 0;
        for (double[] m : mun.values()) absM += Math.abs(m[0] - m[1]);
        return sumA == 0 ? new ForecastError(0, 0) : new ForecastError(absS / sumA, absM / sumA);
    }
}
