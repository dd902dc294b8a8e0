package org.dostap.data.postgis;

import org.dostap.data.fixtures.SmolyanMini;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.store.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import into PostGIS and read back; spatial queries in SQL; one-transaction replace. Real smolyan-mini data. */
class PostgisRegionStoreTest {
    private static TestDatabase db;
    private static PostgisRegionWriter writer;
    private final RegionData sml = SmolyanMini.region();

    @BeforeAll
    static void open() {
        db = TestDatabase.openOrSkip();
        writer = new PostgisRegionWriter(db.stores().database());
    }

    @AfterAll
    static void close() { if (db != null) db.close(); }

    @BeforeEach
    void importFixture() {
        writer.replaceRegion(sml, "test", ProgressListener.NONE);
    }

    static void assertSameRegion(RegionData actual, RegionData expected) {
        assertThat(actual.code()).isEqualTo(expected.code());
        assertThat(actual.nameBg()).isEqualTo(expected.nameBg());
        assertThat(actual.settlements()).containsExactlyElementsOf(expected.settlements());
        assertThat(actual.facilities()).containsExactlyElementsOf(expected.facilities());
        assertThat(actual.municipalities()).containsExactlyElementsOf(expected.municipalities());
        assertThat(actual.province()).isEqualTo(expected.province());
        assertThat(actual.services().list()).containsExactlyElementsOf(expected.services().list());
        assertThat(actual.populationColumns()).containsExactlyElementsOf(expected.populationColumns());
        assertThat(actual.provenance()).isEqualTo(expected.provenance());
    }

    @Test
    void importedRegionReadsBackUnchanged() {
        RegionData back = db.stores().regions().getRegion("SML");
        assertSameRegion(back, sml);
        assertThat(back.settlementsById().get("00850").population("population")).isEqualTo(440);
        assertThat(back.settlements().stream().filter(s -> s.municipality().equals("SML02"))
                .mapToInt(s -> s.population("population")).sum()).isEqualTo(SmolyanMini.SML02_POPULATION_2017);
        assertThat(db.stores().regions().listRegions()).singleElement().satisfies(info -> {
            assertThat(info.code()).isEqualTo("SML");
            assertThat(info.settlements()).isEqualTo(21);
            assertThat(info.municipalities()).isEqualTo(2);
            assertThat(info.facilitiesIllustrative()).isTrue();
        });
    }

    @Test
    void aRegionIsLoadedOncePerImport() {
        RegionData first = db.stores().regions().getRegion("SML");
        assertThat(db.stores().regions().getRegion("SML")).as("no import since: the loaded region, not a re-read").isSameAs(first);
        writer.replaceRegion(sml.withFacilities(sml.facilities().subList(0, 3)), "test", ProgressListener.NONE);
        RegionData afterImport = db.stores().regions().getRegion("SML");
        assertThat(afterImport).isNotSameAs(first);
        assertThat(afterImport.facilities()).hasSize(3);
        assertThat(db.stores().regions().getRegion("SML")).isSameAs(afterImport);
    }

    @Test
    void importingTwiceGivesTheSameState() {
        Map<String, Long> before = rowCounts();
        writer.replaceRegion(sml, "test", ProgressListener.NONE);
        assertThat(rowCounts()).isEqualTo(before).containsEntry("settlement", 21L).containsEntry("settlement_population", 42L)
                .containsEntry("facility", 5L).containsEntry("municipality", 2L).containsEntry("province", 1L);
        assertSameRegion(db.stores().regions().getRegion("SML"), sml);
    }

    @Test
    void importKilledMidwayLeavesThePreviousDataIntact() {
        RegionData changed = sml.withFacilities(sml.facilities().subList(0, 2));
        long total = changed.settlements().size() + changed.facilities().size();
        List<Long> seen = new ArrayList<>();
        ProgressListener failHalfway = (done, all) -> {
            seen.add(done);
            if (done == total / 2) throw new IllegalStateException("injected failure after " + done + " of " + all + " rows");
        };
        assertThatThrownBy(() -> writer.replaceRegion(changed, "test", failHalfway)).hasMessageContaining("injected failure");
        assertThat(seen).hasSize((int) (total / 2));
        assertSameRegion(db.stores().regions().getRegion("SML"), sml);
        writer.replaceRegion(changed, "test", ProgressListener.NONE);
        assertThat(db.stores().regions().getRegion("SML").facilities()).hasSize(2);
    }

    @Test
    void badRowsAreAllReportedAndNothingIsWritten() {
        List<Settlement> settlements = new ArrayList<>(sml.settlements());
        Settlement first = settlements.get(0);
        settlements.set(3, new Settlement(first.id(), "dup", "", "", "", "", first.location(), Map.of("pop_2021", 5)));
        List<Facility> facilities = new ArrayList<>(sml.facilities());
        Facility f = facilities.get(1);
        facilities.set(1, new Facility(f.id(), f.name(), "kindergarten", f.location(), 0, "", FacilityStatus.EXISTING, true));
        RegionData bad = new RegionData("SML", "Смолян", "Smolyan", settlements, facilities, sml.municipalities(), sml.province(),
                sml.services(), sml.populationColumns(), "bad");
        assertThatThrownBy(() -> writer.replaceRegion(bad, "test", "settlements.csv", "facilities.csv", ProgressListener.NONE))
                .isInstanceOfSatisfying(PlanningException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.problems()).extracting(p -> p.describe()).containsExactly(
                            "settlements.csv, row 4, column id: duplicate settlement id '00850'",
                            "settlements.csv, row 4, column pop_2021: population column 'pop_2021' is not one of the region's columns [population, pop_2011]",
                            "facilities.csv, row 2, column service: unknown service type 'kindergarten'; known: [community-support, crisis, rehabilitation, mobile]");
                });
        assertSameRegion(db.stores().regions().getRegion("SML"), sml);
    }

    @Test
    void settlementsInAMunicipalityAreFoundByGeometry() {
        List<String> inBanite = db.stores().regions().listSettlementIdsInMunicipality("SML", "SML02");
        // Гълъбово (00850) says SML02 but its OSM coordinate lies outside (known error in SOURCES.md)
        assertThat(inBanite).hasSize(19).doesNotContain("00850").contains("44402", "20033", "70158");
        AdminArea banite = sml.municipalities().stream().filter(m -> m.code().equals("SML02")).findFirst().orElseThrow();
        GeometryFactory gf = new GeometryFactory();
        List<String> byJts = sml.settlements().stream().filter(s -> banite.boundary().contains(
                gf.createPoint(new Coordinate(s.location().lon(), s.location().lat())))).map(Settlement::id).toList();
        assertThat(inBanite).containsExactlyElementsOf(byJts);
        assertThat(db.stores().regions().listSettlementIdsInMunicipality("SML", "SML31")).containsExactly("67653");
        assertThat(db.stores().regions().listSettlementIdsInMunicipality("SML", "NOPE")).isEmpty();
    }

    @Test
    void candidatesWithinADistanceNearestFirst() {
        GeoPoint banite = sml.settlementsById().get("44402").location();
        // hand-computed: Давидково ~6.5 km, Стърница ~8.2 km from Баните
        assertThat(banite.distanceMetresTo(new GeoPoint(24.9667, 41.6667))).isBetween(6_300.0, 6_600.0);
        assertThat(banite.distanceMetresTo(new GeoPoint(24.9333, 41.6667))).isBetween(8_100.0, 8_400.0);
        PostgisRegionStore regions = db.stores().regions();
        assertThat(regions.listFacilitiesWithin("SML", banite, 7_000, FacilityStatus.CANDIDATE)).extracting(Facility::id)
                .containsExactly("cand-20033");
        assertThat(regions.listFacilitiesWithin("SML", banite, 10_000, FacilityStatus.CANDIDATE)).extracting(Facility::id)
                .containsExactly("cand-20033", "cand-70158");
        assertThat(regions.listFacilitiesWithin("SML", banite, 10_000, FacilityStatus.EXISTING)).extracting(Facility::id)
                .containsExactly("cop-SML02");
        assertThat(regions.listSettlementIdsWithin("SML", banite, 1_000)).containsExactly("44402");
    }

    @Test
    void reimportKeepsSavedScenarios() {
        Scenario s = db.stores().scenarios().createScenario("SML", "keep me", List.of(), "test");
        writer.replaceRegion(sml, "test", ProgressListener.NONE);
        assertThat(db.stores().scenarios().findScenario(s.id())).contains(s);
    }

    @Test
    void unknownRegionIsNotFoundNamingTheKnownOnes() {
        assertThat(db.stores().regions().findRegion("XYZ")).isEmpty();
        assertThatThrownBy(() -> db.stores().regions().getRegion("XYZ"))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("Known regions: SML");
    }

    private static Map<String, Long> rowCounts() {
        return db.stores().database().read("counting", c -> {
            Map<String, Long> m = new java.util.TreeMap<>();
            for (String t : List.of("region", "settlement", "settlement_population", "facility", "municipality", "province",
                    "service_type", "population_column")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    m.put(t, rs.getLong(1));
                }
            }
            return m;
        });
    }
}
