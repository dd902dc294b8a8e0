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

    /** The region as stored now (PostGIS: as last imported, checked against the database on every call). */
    Optional<RegionData> findRegion(String code);

    /**
     * The region for a server's request threads: once loaded, answered from memory without waiting for a database
     * (PostGIS: whether it was imported again is checked in the background at most once a second, and a re-imported
     * region is loaded again there, so a re-import is picked up within about a second). Not loaded yet: as
     * {@link #findRegion}. Default: {@link #findRegion}.
     */
    default Optional<RegionData> findLoadedRegion(String code) { return findRegion(code); }

    /**
     * False only when the store knows at once, without loading a region or waiting for a database, that
     * {@link #findRegion} would find nothing (its catalogue of codes is in memory): an unknown code is then answered
     * without any heavy work. Default true (cannot tell cheaply).
     */
    default boolean mayHold(String code) { return true; }

    /** The codes of the regions this store holds, for messages (default: those of {@link #listRegions}). */
    default List<String> regionCodes() { return listRegions().stream().map(RegionInfo::code).toList(); }

    /** NOT_FOUND for {@code code}, naming the known region codes. */
    default PlanningException unknownRegion(String code) {
        return PlanningException.notFound("Unknown region '" + code + "'. Known regions: " + String.join(", ", regionCodes()) + ".");
    }

    /** @throws PlanningException NOT_FOUND naming the known region codes */
    default RegionData getRegion(String code) {
        return findRegion(code).orElseThrow(() -> unknownRegion(code));
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

            @Override
            public boolean mayHold(String code) { return region.code().equals(code); }
        };
    }
}
