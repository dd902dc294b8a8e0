package org.dostap.engine.store;

import org.dostap.engine.region.RegionData;

import java.util.List;
import java.util.Optional;

/** One region held in memory (e.g. read from the user's files) as a {@link RegionStore}. */
public record SingleRegionStore(RegionData region) implements RegionStore {
    @Override
    public List<RegionInfo> listRegions() {
        return List.of(new RegionInfo(region.code(), region.nameBg(), region.nameEn(), region.settlements().size(),
                region.municipalities().size(), region.anyIllustrativeFacility()));
    }

    @Override
    public Optional<RegionData> findRegion(String code) {
        return code != null && code.trim().equalsIgnoreCase(region.code()) ? Optional.of(region) : Optional.empty();
    }

    @Override
    public boolean mayHold(String code) { return findRegion(code).isPresent(); }
}
