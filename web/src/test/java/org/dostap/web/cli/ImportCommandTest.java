package org.dostap.web.cli;

import org.dostap.engine.region.RegionData;
import org.dostap.data.postgis.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dostap import} against PostGIS: idempotent, one transaction, every bad row reported and nothing written. */
class ImportCommandTest {
    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.openOrSkip();
        importBundledSmolyan();
    }

    @AfterAll
    static void close() { if (db != null) db.close(); }

    static void importBundledSmolyan() {
        CliRun run = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported region SML", "240 settlements", "12 facilities", "10 municipalities", "ILLUSTRATIVE");
    }

    @Test
    void importingTheBundledRegionTwiceGivesTheSameState() {
        Map<String, Long> once = counts();
        RegionData first = db.stores().regions().getRegion("SML");
        assertThat(CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "sml").exitCode()).isZero();
        assertThat(counts()).isEqualTo(once).containsEntry("settlement", 240L).containsEntry("facility", 12L);
        RegionData again = db.stores().regions().getRegion("SML");
        assertThat(again.settlements()).isEqualTo(first.settlements());
        assertThat(again.facilities()).isEqualTo(first.facilities());
        assertThat(again.settlements().stream().mapToInt(s -> s.population("pop_2017")).sum()).isEqualTo(107_282);
    }

    @Test
    void badRowsOfBothFilesAreReportedAtOnceAndNothingIsWritten() {
        Map<String, Long> before = counts();
        CliRun run = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML",
                "--settlements", fixture("settlements-several-defects.csv").toString(),
                "--facilities", fixture("facilities-unknown-service.csv").toString());
        assertThat(run.exitCode()).isEqualTo(DostapCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("problems found")
                .contains("settlements-several-defects.csv, row 2") // swapped lon/lat of Девин
                .contains("settlements-several-defects.csv, row 3, column id: duplicate id '67653'")
                .contains("settlements-several-defects.csv, row 4, column population")
                .contains("settlements-several-defects.csv, row 5, column name")
                .contains("settlements-several-defects.csv, row 5, column pop_2011")
                .contains("facilities-unknown-service.csv, row 2, column service")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(counts()).isEqualTo(before);
        assertThat(db.stores().regions().getRegion("SML").settlements()).hasSize(240);
    }

    @Test
    void userFilesReplaceTheRegionsSettlementsAndFacilitiesKeepingItsBoundaries() {
        try {
            replaceWithUserFiles();
        } finally {
            importBundledSmolyan(); // the other tests expect the bundled state
        }
    }

    private static void replaceWithUserFiles() {
        CliRun run = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML",
                "--settlements", fixture("settlements-banite.csv").toString(), "--facilities", fixture("facilities-banite.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("21 settlements", "42 population values", "5 facilities", "10 municipalities");
        RegionData sml = db.stores().regions().getRegion("SML");
        assertThat(sml.populationColumns()).containsExactly("population", "pop_2011");
        assertThat(sml.settlementsById().get("44402").population("population")).isEqualTo(872);
        assertThat(sml.municipalities()).hasSize(10);
        assertThat(db.stores().regions().listSettlementIdsInMunicipality("SML", "SML02")).contains("44402").doesNotContain("67653");
    }

    @Test
    void userFilesAloneMakeARegionOfTheirOwn() {
        CliRun run = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--code", "BANITE",
                "--settlements", fixture("settlements-banite.csv").toString(), "--facilities", fixture("facilities-banite.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        RegionData banite = db.stores().regions().getRegion("BANITE");
        assertThat(banite.settlements()).hasSize(21);
        assertThat(banite.facilities()).hasSize(5);
        assertThat(banite.municipalities()).extracting(m -> m.code()).containsExactlyInAnyOrder("SML02", "SML31");
        assertThat(db.stores().regions().getRegion("SML").settlements()).hasSize(240);
    }

    @Test
    void aFacilitiesFileReplacesTheBundledFacilitiesOnly() {
        try {
            CliRun run = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--region", "SML",
                    "--facilities", fixture("facilities-banite.csv").toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            RegionData sml = db.stores().regions().getRegion("SML");
            assertThat(sml.settlements()).hasSize(240);
            assertThat(sml.facilities()).extracting(f -> f.id()).contains("cand-20033").hasSize(5);
        } finally {
            importBundledSmolyan();
        }
    }

    @Test
    void missingSourceExitsTwoWithOneLine() {
        CliRun nothing = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema());
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("Say what to import");
        CliRun half = CliRun.of("import", "--db", db.givenUrl(), "--schema", db.schema(), "--settlements", fixture("settlements-banite.csv").toString());
        assertThat(half.exitCode()).isEqualTo(2);
        assertThat(half.err()).contains("--settlements needs --facilities too");
        CliRun badUrl = CliRun.of("import", "--db", "mysql://root:pw@localhost/db", "--region", "SML");
        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("is not understood").doesNotContain(":pw@");
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/cli-import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> counts() {
        return db.stores().database().read("counting", c -> {
            Map<String, Long> m = new TreeMap<>();
            for (String t : List.of("region", "settlement", "settlement_population", "facility", "municipality", "province")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    m.put(t, rs.getLong(1));
                }
            }
            return m;
        });
    }
}
