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
}
