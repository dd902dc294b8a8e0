package org.dostap.data.output;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.dostap.data.fixtures.SmolyanMini;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.RegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeoPackageExporterTest {
    private final RegionData sml = SmolyanMini.region();

    @Test
    void regionWithCoverageColumnsReadsBackFromTheFile(@TempDir Path dir) {
        Path out = dir.resolve("sml.gpkg");
        var covered = new GeoPackageExporter.SettlementColumn("covered_30", Map.of("44402", true, "00850", false));
        var minutes = new GeoPackageExporter.SettlementColumn("minutes_cop", Map.of("44402", 0.5, "00850", 61.25));
        GeoPackageExporter.Summary summary = new GeoPackageExporter().export(sml, List.of(covered, minutes),
                Map.of("scenario", "Proposal A (version 3)"), out);
        assertThat(summary.settlements()).isEqualTo(21);
        assertThat(Files.exists(out)).isTrue();
        assertThat(Files.exists(dir.resolve("sml.gpkg.part.gpkg"))).isFalse();

        GeoPackage gp = GeoPackageManager.open(out.toFile(), false);
        try {
            assertThat(gp.getFeatureTables()).containsExactlyInAnyOrder("settlements", "facilities", "municipalities");
            Map<String, FeatureRow> settlements = rows(gp.getFeatureDao("settlements"));
            assertThat(settlements).hasSize(21);
            FeatureRow galabovo = settlements.get("00850");
            assertThat(galabovo.getValue("name")).isEqualTo("Гълъбово");
            assertThat(((Number) galabovo.getValue("population")).intValue()).isEqualTo(440);
            assertThat(((Number) galabovo.getValue("pop_2011")).intValue()).isEqualTo(525);
            assertThat(galabovo.getValue("covered_30")).isEqualTo(false);
            assertThat(((Number) galabovo.getValue("minutes_cop")).doubleValue()).isEqualTo(61.25);
            Point p = (Point) galabovo.getGeometry().getGeometry();
            assertThat(p.getX()).isEqualTo(24.7167);
            assertThat(p.getY()).isEqualTo(42.0167);
            assertThat(settlements.get("67653").getValue("covered_30")).isNull();
            assertThat(gp.getFeatureDao("settlements").getGeometryColumns().getSrsId()).isEqualTo(4326);

            Map<String, FeatureRow> facilities = rows(gp.getFeatureDao("facilities"));
            assertThat(facilities).containsOnlyKeys("cop-SML02", "cop-SML31", "crisis-SML", "cand-20033", "cand-70158");
            assertThat(facilities.get("cand-20033").getValue("status")).isEqualTo("candidate");
            assertThat(facilities.get("crisis-SML").getValue("illustrative")).isEqualTo(true);

            FeatureDao munis = gp.getFeatureDao("municipalities");
            assertThat(munis.getGeometryType()).isEqualTo(GeometryType.MULTIPOLYGON);
            Map<String, FeatureRow> m = new HashMap<>();
            FeatureResultSet rs = munis.queryForAll();
            try {
                while (rs.moveToNext()) m.put((String) rs.getRow().getValue("code"), rs.getRow());
            } finally {
                rs.close();
            }
            assertThat(m).containsOnlyKeys("SML02", "SML31");
            assertThat(m.get("SML02").getValue("name_en")).isEqualTo("Banite");

            Map<String, String> info = new HashMap<>();
            AttributesResultSet ars = gp.getAttributesDao("dostap_info").queryForAll();
            try {
                while (ars.moveToNext()) info.put((String) ars.getValue("key"), (String) ars.getValue("value"));
            } finally {
                ars.close();
            }
            assertThat(info).containsEntry("region", "SML").containsEntry("scenario", "Proposal A (version 3)")
                    .containsKey("illustrative").containsEntry("population_columns", "population, pop_2011");
        } finally {
            gp.close();
        }
    }

    @Test
    void badExtraColumnNamesAreAllReportedAndNoFileIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("bad.gpkg");
        assertThatThrownBy(() -> new GeoPackageExporter().export(sml, List.of(
                new GeoPackageExporter.SettlementColumn("pop_2011", Map.of()),
                new GeoPackageExporter.SettlementColumn("time; drop", Map.of())), Map.of(), out))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.problems()).extracting(p -> p.cell().column()).containsExactly("pop_2011", "time; drop");
                });
        assertThat(Files.exists(out)).isFalse();
    }

    private static Map<String, FeatureRow> rows(FeatureDao dao) {
        Map<String, FeatureRow> out = new HashMap<>();
        FeatureResultSet rs = dao.queryForAll(); // not AutoCloseable
        try {
            while (rs.moveToNext()) {
                FeatureRow row = rs.getRow();
                out.put((String) row.getValue("id"), row);
            }
        } finally {
            rs.close();
        }
        return out;
    }
}
