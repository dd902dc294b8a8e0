package org.dostap.web.support;

import org.dostap.data.input.UserRegionReader;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Region {@code user}: five Andorran settlements and their centres (fixtures of {@code CoverageClosuresCliTest}). */
public final class AndorraRegion {
    /** The Andorra extract of the engine's tests (2013-05-28, © OpenStreetMap contributors, ODbL). */
    public static final Path EXTRACT = Path.of("../engine/src/test/resources/osm/andorra.osm.pbf").toAbsolutePath().normalize();

    private AndorraRegion() {}

    public static RegionStore store() throws Exception {
        Path dir = Path.of(AndorraRegion.class.getResource("/org/dostap/web/cli/andorra-closures/settlements-andorra.csv").toURI()).getParent();
        RegionData andorra = new UserRegionReader(ServiceCatalog.defaults(), null, List.of())
                .read(dir.resolve("settlements-andorra.csv"), dir.resolve("facilities-andorra.csv"));
        return new RegionStore() {
            public List<RegionInfo> listRegions() { return List.of(new RegionInfo("user", "Андора", "Andorra", 5, 0, false)); }
            public Optional<RegionData> findRegion(String code) { return code.equals("user") ? Optional.of(andorra) : Optional.empty(); }
        };
    }
}
