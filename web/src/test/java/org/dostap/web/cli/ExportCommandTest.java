package org.dostap.web.cli;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.features.user.FeatureResultSet;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.Scenario;
import org.dostap.data.postgis.TestDatabase;
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
            assertThat(CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML").exitCode()).isZero();
            String closed = db.stores().regions().getRegion("SML").facilities().get(0).id();
            GeoPoint davidkovo = db.stores().regions().getRegion("SML").settlementsById().get("20033").location();
            Scenario s = db.stores().scenarios().createScenario("SML", "Давидково instead", List.of(
                    new ScenarioEdit.CloseFacility(closed),
                    new ScenarioEdit.AddFacility("new-20033", "ЦОП Давидково", "community-support", davidkovo, 15, "SML02",
                            FacilityStatus.PLANNED)), "maria");
            Path out = dir.resolve("scenario.gpkg");
            CliRun run = CliRun.of("export", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML", "--scenario", s.id(),
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
            // with --service: access computed on the scenario (the new centre at Давидково serves it)
            Path access = dir.resolve("scenario-access.gpkg");
            CliRun withAccess = CliRun.of("export", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML", "--scenario", s.id(),
                    "--service", "community-support", "--out", access.toString());
            assertThat(withAccess.exitCode()).as(withAccess.err()).isZero();
            Map<String, Object> davidkovoRow = settlementRows(access).get("20033");
            assertThat(davidkovoRow).containsEntry("nearest_facility", "new-20033").containsEntry("covered", true);
            assertThat(info(access)).containsEntry("scenario", "Давидково instead").containsKey("travel_time_source");
            CliRun noDb = CliRun.of("export", "--region", "SML", "--scenario", s.id(), "--out", out.toString());
            assertThat(noDb.exitCode()).isEqualTo(2);
            assertThat(noDb.err()).contains("--scenario needs --db URL");
        }
    }

    /**
     * With --service the settlements layer has coverage's access columns (the same names, in the same order, with the
     * same values per settlement); without it the data alone. Read back with the mil.nga GeoPackage reader.
     */
    @Test
    void withAServiceTheSettlementsLayerCarriesCoveragesAccessColumns(@TempDir Path dir) {
        CliRun coverage = CliRun.of("coverage", "--region", "SML", "--service", "community-support", "--threshold-min", "30",
                "--out", dir.resolve("cov").toString());
        assertThat(coverage.exitCode()).as(coverage.err()).isZero();
        Path withAccess = dir.resolve("access.gpkg"), raw = dir.resolve("raw.gpkg");
        CliRun run = CliRun.of("export", "--region", "SML", "--service", "community-support", "--threshold-min", "30", "--out", withAccess.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("access to community-support within 30 min by car (estimated travel times)");
        assertThat(CliRun.of("export", "--region", "SML", "--out", raw.toString()).exitCode()).isZero();

        Map<String, Map<String, Object>> fromCoverage = settlementRows(dir.resolve("cov").resolve("settlements.gpkg"));
        Map<String, Map<String, Object>> fromExport = settlementRows(withAccess);
        List<String> coverageColumns = columns(dir.resolve("cov").resolve("settlements.gpkg"));
        assertThat(coverageColumns).contains("travel_time_min", "nearest_facility", "covered", "crisis_travel_time_min");
        assertThat(columns(withAccess)).isEqualTo(coverageColumns);
        assertThat(fromExport).hasSize(240).isEqualTo(fromCoverage);
        assertThat(columns(raw)).doesNotContain("travel_time_min", "nearest_facility", "covered").contains("pop_2017");
        assertThat(info(withAccess)).containsEntry("travel_time_source", "estimated").containsKey("parameters");
    }

    /** Defect: export's access columns were by car whatever the service's mode (no --mode, unlike coverage). */
    @Test
    void onFootTheAccessColumnsAreCoveragesOnFoot(@TempDir Path dir) {
        CliRun coverage = CliRun.of("coverage", "--region", "SML", "--service", "community-support", "--mode", "foot",
                "--out", dir.resolve("cov").toString());
        assertThat(coverage.exitCode()).as(coverage.err()).isZero();
        Path foot = dir.resolve("foot.gpkg"), car = dir.resolve("car.gpkg");
        CliRun run = CliRun.of("export", "--region", "SML", "--service", "community-support", "--mode", "foot", "--out", foot.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("min on foot");
        assertThat(CliRun.of("export", "--region", "SML", "--service", "community-support", "--out", car.toString()).exitCode()).isZero();
        assertThat(settlementRows(foot)).hasSize(240).isEqualTo(settlementRows(dir.resolve("cov").resolve("settlements.gpkg")))
                .isNotEqualTo(settlementRows(car));
        assertThat(info(foot).get("parameters")).contains("\"mode\":\"foot\"");
    }

    /** Defect: every service but community-support failed (exit 2) on its own column "community-support_travel_time_min". */
    @Test
    void aServiceBesideAHyphenatedServiceIdWritesItsGeoPackage(@TempDir Path dir) {
        CliRun coverage = CliRun.of("coverage", "--region", "SML", "--service", "crisis", "--out", dir.resolve("cov").toString());
        assertThat(coverage.exitCode()).as(coverage.err()).isZero();
        assertThat(columns(dir.resolve("cov").resolve("settlements.gpkg")))
                .contains("community_support_travel_time_min", "community_support_nearest_facility", "travel_time_min");
        Path export = dir.resolve("crisis.gpkg");
        CliRun run = CliRun.of("export", "--region", "SML", "--service", "rehabilitation", "--out", export.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(columns(export)).contains("community_support_travel_time_min", "crisis_travel_time_min");
    }

    @Test
    void accessOptionsAreCheckedAllAtOnceAndNothingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("bad.gpkg");
        CliRun bad = CliRun.of("export", "--region", "SML", "--service", "kindergarten", "--threshold-min", "0", "--population", "pop_1900",
                "--mode", "boat", "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("option --service: unknown service type 'kindergarten'", "option --threshold-min",
                "option --population: unknown population column 'pop_1900'", "option --mode: unknown travel mode 'boat'").doesNotContain("\tat ");
        CliRun alone = CliRun.of("export", "--region", "SML", "--threshold-min", "30", "--population", "pop_2011", "--mode", "foot",
                "--out", out.toString());
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("option --threshold-min: only with --service", "option --population: only with --service",
                "option --mode: only with --service");
        assertThat(out).doesNotExist();
    }

    private static List<String> columns(Path gpkg) {
        GeoPackage gp = GeoPackageManager.open(gpkg.toFile(), false);
        try {
            return List.of(gp.getFeatureDao("settlements").getTable().getColumnNames());
        } finally {
            gp.close();
        }
    }

    /** Every settlement's values by column (the geometry and the row id left out), by settlement id. */
    private static Map<String, Map<String, Object>> settlementRows(Path gpkg) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        GeoPackage gp = GeoPackageManager.open(gpkg.toFile(), false);
        try {
            FeatureResultSet rs = gp.getFeatureDao("settlements").queryForAll();
            try {
                while (rs.moveToNext()) {
                    var row = rs.getRow();
                    Map<String, Object> values = new java.util.TreeMap<>();
                    for (String c : row.getColumnNames())
                        if (!c.equals("geom") && !c.equals("fid")) values.put(c, row.getValue(c));
                    rows.put((String) row.getValue("id"), values);
                }
            } finally {
                rs.close();
            }
        } finally {
            gp.close();
        }
        return rows;
    }

    private static Map<String, String> info(Path gpkg) {
        Map<String, String> info = new HashMap<>();
        GeoPackage gp = GeoPackageManager.open(gpkg.toFile(), false);
        try {
            AttributesResultSet rs = gp.getAttributesDao("dostap_info").queryForAll();
            try {
                while (rs.moveToNext()) info.put((String) rs.getValue("key"), (String) rs.getValue("value"));
            } finally {
                rs.close();
            }
        } finally {
            gp.close();
        }
        return info;
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
