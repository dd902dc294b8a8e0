package org.dostap.engine.store;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.RegionData;

import java.util.List;
import java.util.Optional;

/**
 * Where regions come from: the bundled files (in memory, the default) or PostGIS.
 * Implementations are thread-safe.
 */
public interface RegionStore {
    List<RegionInfo> listRegions();

    Optional<RegionData> findRegion(String code);

    /** @throws PlanningException NOT_FOUND naming the known region codes */
    default RegionData getRegion(String code) {
        return findRegion(code).orElseThrow(() -> PlanningException.notFound("Unknown region '" + code
                + "'. Known regions: " + String.join(", ", listRegions().stream().map(RegionInfo::code).toList()) + "."));
    }

    /** A store of one region (a user's own files): the same use cases run on it as on the bundled regions. */
    static RegionStore of(RegionData region) {
        RegionInfo info = new RegionInfo(region.code(), region.nameBg(), region.nameEn(), region.settlements().size(),
                region.municipalities().size(), region.anyIllustrativeFacility());
        return new RegionStore() {
            @Override
            public List<RegionInfo> listRegions() { return List.of(info); }

            @Override
            public Optional<RegionData> findRegion(String code) {
                return region.code().equals(code) ? Optional.of(region) : Optional.empty();
            }
        };
    }
}
