package org.dostap.web.cli;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.Scenario;
import org.dostap.web.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap export} to GeoPackage, read back with the GeoPackage library. */
class ExportCommandTest {
    @Test
    void bundledRegionToGeoPackage(@TempDir Path dir) {
        Path out = dir.resolve("sml.gpkg");
        CliRun run = CliRun.of("export", "--region", "SML", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("240 settlements, 12 facilities, 10 municipalities");
        GeoPackage gp = GeoPackageManager.open(out.toFile(), false);
        try {
            assertThat(gp.getFeatureDao("settlements").count()).isEqualTo(240);
            assertThat(gp.getFeatureDao("municipalities").count()).isEqualTo(10);
            assertThat(ids(gp, "facilities")).hasSize(12);
        } finally {
            gp.close();
        }
    }

    @Test
    void savedScenarioIsTheBaselineWithItsEditsApplied(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.openOrSkip()) {
            assertThat(CliRun.of("import", "--db", db.url, "--schema", db.schema, "--region", "SML").exitCode()).isZero();
            String closed = db.stores.regions().getRegion("SML").facilities().get(0).id();
            GeoPoint davidkovo = db.stores.regions().getRegion("SML").settlementsById().get("20033").location();
            Scenario s = db.stores.scenarios().createScenario("SML", "Давидково instead", List.of(
                    new ScenarioEdit.CloseFacility(closed),
                    new ScenarioEdit.AddFacility("new-20033", "ЦОП Давидково", "community-support", davidkovo, 15, "SML02",
                            FacilityStatus.PLANNED)), "maria");
            Path out = dir.resolve("scenario.gpkg");
            CliRun run = CliRun.of("export", "--db", db.url, "--schema", db.schema, "--region", "SML", "--scenario", s.id(),
                    "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            GeoPackage gp = GeoPackageManager.open(out.toFile(), false);
            try {
                Set<String> facilities = ids(gp, "facilities");
                assertThat(facilities).hasSize(12).contains("new-20033").doesNotContain(closed);
                Map<String, String> info = new HashMap<>();
                AttributesResultSet rs = gp.getAttributesDao("dostap_info").queryForAll();
                try {
                    while (rs.moveToNext()) info.put((String) rs.getValue("key"), (String) rs.getValue("value"));
                } finally {
                    rs.close();
                }
                assertThat(info).containsEntry("scenario", "Давидково instead").containsEntry("scenario_version", "1")
                        .containsEntry("scenario_edits", "2")
                        .containsEntry("software_version", org.dostap.engine.common.SoftwareVersion.current().label())
                        .containsEntry("git_commit", org.dostap.engine.common.SoftwareVersion.current().commit())
                        .containsKey("run_at").containsKey("scenario_saved_with_software").containsKey("provenance");
            } finally {
                gp.close();
            }
            CliRun noDb = CliRun.of("export", "--region", "SML", "--scenario", s.id(), "--out", out.toString());
            assertThat(noDb.exitCode()).isEqualTo(2);
            assertThat(noDb.err()).contains("--scenario needs --db URL");
        }
    }

    private static Set<String> ids(GeoPackage gp, String table) {
        Set<String> ids = new HashSet<>();
        FeatureResultSet rs = gp.getFeatureDao(table).queryForAll(); // not AutoCloseable
        try {
            while (rs.moveToNext()) ids.add((String) rs.getRow().getValue("id"));
        } finally {
            rs.close();
        }
        return ids;
    }
}
