package org.dostap.engine.region;

import org.dostap.engine.common.GeoPoint;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A settlement (demand point). {@code id} is the EKATTE code as a string (leading zeros kept) or the
 * user's own id. Population is held per named column ({@code pop_2017}, {@code population}, ...).
 */
public record Settlement(String id, String name, String nameEn, String municipality, String province,
                         String kind, GeoPoint location, Map<String, Integer> populationByColumn) {
    public Settlement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        nameEn = nameEn == null ? "" : nameEn;
        municipality = municipality == null ? "" : municipality;
        province = province == null ? "" : province;
        kind = kind == null ? "" : kind;
        populationByColumn = Map.copyOf(populationByColumn);
    }

    /** Population in the given column, or empty when this settlement has no value there. */
    public OptionalInt findPopulation(String column) {
        Integer v = populationByColumn.get(column);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** Population in the given column, 0 when missing. */
    public int population(String column) {
        Integer v = populationByColumn.get(column);
        return v == null ? 0 : v;
    }
}
