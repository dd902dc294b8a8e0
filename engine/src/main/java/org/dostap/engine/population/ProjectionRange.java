package org.dostap.engine.population;

import java.util.List;

/**
 * The low-high range: per size class of the back-test projection (persons, from {@code fromPopulation}), the
 * {@code lowQuantile} and {@code highQuantile} of actual / projected in the primary back-test split
 * ({@code holdoutYears} ahead), raised to the power (horizon - last fit year) / holdoutYears.
 */
public record ProjectionRange(double lowQuantile, double highQuantile, int holdoutYears, List<SizeClass> classes) {
    public record SizeClass(long fromPopulation, int settlements, double lowRatio, double highRatio) { }

    public ProjectionRange { classes = List.copyOf(classes); }

    SizeClass classOf(double projected) {
        SizeClass c = classes.get(0);
        for (SizeClass k : classes) if (projected >= k.fromPopulation()) c = k;
        return c;
    }
}
