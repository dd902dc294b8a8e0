package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a planning region from a user's own files ({@code --settlements FILE --facilities FILE}), or replaces a
 * region's facilities with a user's file. The problems of both files are reported together, in one
 * {@link PlanningException}.
 */
public final class UserRegionReader {
    /** Code of a region read from user files. */
    public static final String USER_REGION_CODE = "user";

    private final ServiceCatalog services;
    private final Envelope extent;
    private final List<AdminArea> knownMunicipalities;

    /**
     * @param extent lon/lat extent user coordinates must lie in (e.g. {@code RegionExtent.of(region, 20000)}), null for
     *               anywhere on Earth, judged by the {@link CoordinateSanity} rules (settlements and facilities together)
     * @param knownMunicipalities municipalities (e.g. the bundled country's) attached to the region when the user's
     *                            settlements name their codes in the {@code municipality} column
     */
    public UserRegionReader(ServiceCatalog services, Envelope extent, List<AdminArea> knownMunicipalities) {
        this.services = Objects.requireNonNull(services, "services");
        this.extent = extent;
        this.knownMunicipalities = List.copyOf(knownMunicipalities);
    }

    /** @throws PlanningException INVALID_INPUT listing every problem of both files */
    public RegionData read(Path settlementsFile, Path facilitiesFile) {
        ProblemCollector problems = new ProblemCollector();
        SettlementFileReader.SettlementInput settlements = collect(problems,
                () -> new SettlementFileReader(extent, extent == null ? CellReader.pointsOf(facilitiesFile) : List.of())
                        .readInput(settlementsFile));
        List<GeoPoint> points = settlements == null ? List.of()
                : settlements.settlements().stream().map(Settlement::location).toList();
        List<Facility> facilities = collect(problems, () -> new FacilityFileReader(services, extent, points).read(facilitiesFile));
        problems.throwIfAny();
        Set<String> codes = settlements.settlements().stream().map(Settlement::municipality).collect(Collectors.toSet());
        List<AdminArea> municipalities = knownMunicipalities.stream().filter(m -> codes.contains(m.code())).toList();
        return new RegionData(USER_REGION_CODE, settlementsFile.getFileName().toString(), settlementsFile.getFileName().toString(),
                settlements.settlements(), facilities, municipalities, Optional.empty(), services,
                settlements.populationColumns(), "User files: settlements " + settlementsFile.getFileName()
                + ", facilities " + facilitiesFile.getFileName() + ".");
    }

    /** {@code region} with its facilities replaced by the file's. @throws PlanningException INVALID_INPUT listing every problem */
    public RegionData readFacilitiesInto(RegionData region, Path facilitiesFile) {
        List<Facility> facilities = new FacilityFileReader(region.services(), extent,
                region.settlements().stream().map(Settlement::location).toList()).read(facilitiesFile);
        // the bundled provenance ends with a note on its facilities, which no longer applies
        String provenance = region.provenance().replaceAll(" (Facilities: ILLUSTRATIVE|No facilities are bundled).*$", "");
        return new RegionData(region.code(), region.nameBg(), region.nameEn(), region.settlements(), facilities,
                region.municipalities(), region.province(), region.services(), region.populationColumns(),
                provenance + " Facilities from user file " + facilitiesFile.getFileName() + ".");
    }

    private static <T> T collect(ProblemCollector problems, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (PlanningException e) {
            problems.addAll(e);
            return null;
        }
    }
}
