package org.dostap.engine.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2011 census re-basing of the NSI series. NSI revised its yearly estimates from the 2011 census on, and did not
 * carry the revision back: the 2002-2010 figures stand on the 2001 census, so the series drops at 2010 -> 2011 by
 * more than a year's change (Bulgaria: -2.4 % against about -0.5 % in the years around it).
 * <p>Per municipality, the jump is the 2010 -> 2011 ratio of its total divided by the usual yearly ratio (the
 * geometric mean of 2009 -> 2010 and 2011 -> 2012, whichever of them lie in the window); every settlement's figures
 * up to 2010 are multiplied by it, so the early years stand on the census basis. Only the window's own years are used.
 */
public final class CensusRebasing {
    public static final int CENSUS_YEAR = 2011;

    /** The re-based history and the factor applied per municipality (empty when the window cannot be re-based). */
    public record Rebased(PopulationHistory history, Map<String, Double> factorByMunicipality) { }

    private CensusRebasing() { }

    /** Whether {@code history} spans 2010 and 2011 and at least one neighbouring year (2009 or 2012). */
    public static boolean applies(PopulationHistory history) {
        return history.hasYear(CENSUS_YEAR - 1) && history.hasYear(CENSUS_YEAR)
                && (history.hasYear(CENSUS_YEAR - 2) || history.hasYear(CENSUS_YEAR + 1));
    }

    public static Rebased apply(PopulationHistory history) {
        if (!applies(history)) return new Rebased(history, Map.of());
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (UnitSeries u : history.units()) {
            double[] t = totals.computeIfAbsent(u.municipality(), k -> new double[4]);
            for (int y = CENSUS_YEAR - 2; y <= CENSUS_YEAR + 1; y++)
                if (history.hasYear(y)) {
                    double v = history.value(u, y);
                    if (!Double.isNaN(v)) t[y - (CENSUS_YEAR - 2)] += v;
                }
        }
        return rebase(history, totals);
    }

    private static Rebased rebase(PopulationHistory history, Map<String, double[]> totals) {
        // totals hold 2009, 2010, 2011, 2012 (0 where the year is outside the window); a settlement missing a year
        // counts 0 there, which only matters for the handful of settlements without early figures
        Map<String, Double> factors = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : totals.entrySet()) {
            double[] t = e.getValue();
            double jump = t[1] > 0 ? t[2] / t[1] : 1;
            double usual = usualRatio(history, t);
            double f = usual > 0 ? jump / usual : 1;
            factors.put(e.getKey(), Double.isFinite(f) && f > 0 ? f : 1);
        }
        int lastOld = CENSUS_YEAR - 1 - history.firstYear();
        List<UnitSeries> out = new ArrayList<>(history.units().size());
        for (UnitSeries u : history.units()) {
            double f = factors.get(u.municipality());
            double[] v = u.values();
            for (int i = 0; i <= lastOld; i++) if (!Double.isNaN(v[i])) v[i] *= f;
            out.add(new UnitSeries(u.id(), u.municipality(), u.province(), v));
        }
        return new Rebased(new PopulationHistory(history.firstYear(), history.lastYear(), out), factors);
    }

    private static double usualRatio(PopulationHistory history, double[] t) {
        double logSum = 0;
        int n = 0;
        if (history.hasYear(CENSUS_YEAR - 2) && t[0] > 0 && t[1] > 0) {
            logSum += Math.log(t[1] / t[0]);
            n++;
        }
        if (history.hasYear(CENSUS_YEAR + 1) && t[2] > 0 && t[3] > 0) {
            logSum += Math.log(t[3] / t[2]);
            n++;
        }
        return n == 0 ? 0 : Math.exp(logSum / n);
    }
}
