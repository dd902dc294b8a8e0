package org.dostap.engine.population;

import java.util.Arrays;
import java.util.Objects;

/**
 * One settlement's population by year: {@code values[i]} is the population in {@code firstYear + i}, NaN where the
 * source has no figure. {@code municipality} and {@code province} place it in the hierarchy.
 */
public record UnitSeries(String id, String municipality, String province, double[] values) {
    public UnitSeries {
        Objects.requireNonNull(id, "id");
        municipality = municipality == null ? "" : municipality;
        province = province == null ? "" : province;
        values = values.clone();
    }

    @Override
    public double[] values() { return values.clone(); }

    double at(int index) { return values[index]; }

    int length() { return values.length; }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitSeries u && u.id.equals(id) && u.municipality.equals(municipality)
                && u.province.equals(province) && Arrays.equals(u.values, values);
    }

    @Override
    public int hashCode() { return Objects.hash(id, municipality, province, Arrays.hashCode(values)); }

    @Override
    public String toString() { return "UnitSeries[" + id + ", " + municipality + ", " + Arrays.toString(values) + "]"; }
}
