package org.dostap.data.importer;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.input.FacilityFileReader;
import org.dostap.data.input.RegionExtent;
import org.dostap.data.input.SettlementFileReader;
import org.dostap.data.input.UserRegionReader;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code dostap import} loads, assembled into one {@link RegionData} before anything is written:
 * <ul>
 *   <li>{@code --region CODE}: the bundled region as it ships;</li>
 *   <li>{@code --region CODE --facilities F}: the bundled region with its facilities replaced by the file's
 *       (as {@code dostap coverage} does, {@link UserRegionReader#readFacilitiesInto});</li>
 *   <li>{@code --region CODE --settlements F [--facilities F]}: the bundled region's boundaries and service types with
 *       the user's settlements (and facilities; without a facilities file the bundled ones are kept);</li>
 *   <li>{@code --settlements F [--facilities F]} alone: a region of its own ({@code code}, default {@value #USER_CODE}),
 *       read as {@code dostap coverage} reads it ({@link UserRegionReader}: the bundled municipalities its settlements
 *       name are attached); coordinates anywhere on Earth, judged by {@link org.dostap.data.input.CoordinateSanity}.</li>
 * </ul>
 * Both files are read and every problem of both is reported at once.
 */
public final class RegionImportSource {
    public static final String USER_CODE = UserRegionReader.USER_REGION_CODE;
    private static final double MARGIN_METRES = 20_000;

    private RegionImportSource() {}

    /** @throws PlanningException INVALID_INPUT listing every problem of every file, NOT_FOUND for an unknown region */
    public static RegionData assemble(Optional<String> bundledRegion, Optional<Path> settlementsFile, Optional<Path> facilitiesFile,
                                      Optional<String> code, BundledRegionStore bundled) {
        if (bundledRegion.isEmpty() && settlementsFile.isEmpty())
            throw PlanningException.invalid("Say what to import: --region CODE (bundled data) and/or --settlements FILE [--facilities FILE].");
        if (bundledRegion.isEmpty() && facilitiesFile.isEmpty())
            throw PlanningException.invalid("--settlements needs --facilities too (or --region CODE for the bundled boundaries).");
        Optional<RegionData> base = bundledRegion.map(bundled::getRegion);
        if (settlementsFile.isEmpty()) {
            if (facilitiesFile.isEmpty()) return base.orElseThrow();
            return new UserRegionReader(base.get().services(), RegionExtent.of(base.get(), MARGIN_METRES), List.of())
                    .readFacilitiesInto(base.get(), facilitiesFile.get());
        }
        if (base.isEmpty()) {
            RegionData country = bundled.country();
            RegionData user = new UserRegionReader(country.services(), null, country.municipalities())
                    .read(settlementsFile.get(), facilitiesFile.get());
            String regionCode = code.orElse(USER_CODE);
            return new RegionData(regionCode, user.nameBg(), user.nameEn(), user.settlements(), user.facilities(),
                    user.municipalities(), user.province(), user.services(), user.populationColumns(), user.provenance());
        }

        ServiceCatalog services = base.get().services();
        Envelope extent = RegionExtent.of(base.get(), MARGIN_METRES);
        List<Problem> problems = new ArrayList<>();
        SettlementFileReader.SettlementInput settlements = null;
        try {
            settlements = new SettlementFileReader(extent).readInput(settlementsFile.get());
        } catch (PlanningException e) {
            problems.addAll(e.problems());
        }
        List<Facility> facilities = base.map(RegionData::facilities).orElse(List.of());
        if (facilitiesFile.isPresent()) {
            try {
                facilities = new FacilityFileReader(services, extent).read(facilitiesFile.get());
            } catch (PlanningException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw PlanningException.invalid(problems);

        String source = "user files: " + settlementsFile.get().getFileName()
                + facilitiesFile.map(f -> ", " + f.getFileName()).orElse("");
        RegionData b = base.get();
        return new RegionData(b.code(), b.nameBg(), b.nameEn(), settlements.settlements(), facilities, b.municipalities(),
                b.province(), b.services(), settlements.populationColumns(), source + " (boundaries and service types: "
                + b.provenance() + ")");
    }
}
