package org.dostap.engine.region;

import org.dostap.engine.common.PlanningException;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs about one planning region: settlements, facilities, municipalities,
 * the province, the service catalogue, which population columns exist (default first) and where the
 * data came from. Immutable; scenario edits produce copies via {@link #withFacilities(List)}.
 */
public record RegionData(String code, String nameBg, String nameEn,
                         List<Settlement> settlements, List<Facility> facilities,
                         List<AdminArea> municipalities, Optional<AdminArea> province,
                         ServiceCatalog services, List<String> populationColumns,
                         String provenance) {
    public RegionData {
        Objects.requireNonNull(code, "code");
        settlements = Settlements.of(settlements); // unmodifiable, with its look-up by id built once
        facilities = List.copyOf(facilities);
        municipalities = List.copyOf(municipalities);
        populationColumns = List.copyOf(populationColumns);
        if (populationColumns.isEmpty()) throw new IllegalArgumentException("at least one population column");
        provenance = provenance == null ? "" : provenance;
    }

    /** The newest / preferred population column. */
    public String defaultPopulationColumn() { return populationColumns.get(0); }

    public RegionData withFacilities(List<Facility> newFacilities) {
        return new RegionData(code, nameBg, nameEn, settlements, newFacilities, municipalities, province,
                services, populationColumns, provenance);
    }

    public List<Facility> facilitiesOf(String serviceTypeId) {
        return facilities.stream().filter(f -> f.serviceType().equals(serviceTypeId)).toList();
    }

    public boolean anyIllustrativeFacility() { return facilities.stream().anyMatch(Facility::illustrative); }

    /**
     * The settlements by id: built on first use and kept (the same map on every call, for this region data and the
     * copies {@link #withFacilities} makes). @throws IllegalStateException when two settlements share an id
     */
    public Map<String, Settlement> settlementsById() {
        return ((Settlements) settlements).byId();
    }

    public Optional<Facility> findFacility(String id) {
        return facilities.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Facility getFacility(String id) {
        return findFacility(id).orElseThrow(() -> PlanningException.notFound(
                "No facility with id '" + id + "' in region " + code + "."));
    }

    /** @throws PlanningException INVALID_INPUT when the column is not one of this region's population columns */
    public String requirePopulationColumn(String column) {
        if (column == null || column.isBlank()) return defaultPopulationColumn();
        if (!populationColumns.contains(column))
            throw PlanningException.invalid("Unknown population column '" + column + "'. Available: "
                    + String.join(", ", populationColumns) + ".");
        return column;
    }
}
