package org.dostap.data.bundled;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.store.RegionInfo;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundledRegionStoreTest {
    private static final BundledRegionStore STORE = new BundledRegionStore();

    @Test
    void smolyanHasItsSettlementsMunicipalitiesAndPopulation() {
        RegionData sml = STORE.getRegion("SML");
        assertThat(sml.nameEn()).isEqualTo("Smolyan");
        assertThat(sml.settlements()).hasSize(240);
        assertThat(sml.municipalities()).extracting(AdminArea::code).containsExactly(
                "SML02", "SML05", "SML09", "SML10", "SML11", "SML16", "SML18", "SML27", "SML31", "SML38");
        assertThat(sml.defaultPopulationColumn()).isEqualTo("pop_2017");
        // NSI 31.12.2017 for the province is 107,282; SOURCES.md's 107,252 drops the 2017 values of two renamed
        // villages (36974 Киселчово 15, 37945 Кокорово 15) that sit on the second of their two census rows.
        assertThat(sml.settlements().stream().mapToInt(s -> s.population("pop_2017")).sum()).isEqualTo(107_282);
        assertThat(sml.settlementsById().get("36974").findPopulation("pop_2017")).hasValue(15);
        assertThat(sml.settlementsById().get("36974").findPopulation("pop_2002")).hasValue(60);
        assertThat(sml.settlements().stream().filter(s -> s.population("pop_2017") < 50).count()).isEqualTo(96);
        // GRAO June 2020 (SOURCES.md): 231 Smolyan rows, 119,465 permanent registrations
        assertThat(sml.settlements().stream().filter(s -> s.findPopulation("grao_permanent_2020").isPresent()).count()).isEqualTo(231);
        assertThat(sml.settlements().stream().mapToInt(s -> s.population("grao_permanent_2020")).sum()).isEqualTo(119_465);
        assertThat(sml.province()).map(AdminArea::seatId).hasValue("67653");
    }

    @Test
    void smolyanHasTwelveIllustrativeFacilities() {
        RegionData sml = STORE.getRegion("sml");
        assertThat(sml.facilities()).hasSize(12).allMatch(Facility::illustrative);
        assertThat(sml.facilitiesOf("community-support")).hasSize(10);
        assertThat(sml.getFacility("crisis-SML").location()).isEqualTo(sml.settlementsById().get("67653").location());
        assertThat(sml.getFacility("community-support-SML02").capacity()).isEqualTo(10);
        assertThat(sml.provenance()).contains("ILLUSTRATIVE", "OpenStreetMap contributors");
        assertThat(STORE.getRegion("SOF").facilities()).isEmpty();
    }

    @Test
    void galabovoHasItsFixedCoordinateInsideBanite() {
        RegionData sml = STORE.getRegion("SML");
        Settlement galabovo = sml.settlementsById().get("00850");
        assertThat(galabovo.location().lon()).isEqualTo(25.073495);
        assertThat(galabovo.location().lat()).isEqualTo(41.632463);
        AdminArea banite = sml.municipalities().stream().filter(m -> m.code().equals("SML02")).findFirst().orElseThrow();
        assertThat(banite.boundary().contains(new GeometryFactory().createPoint(
                new Coordinate(galabovo.location().lon(), galabovo.location().lat())))).isTrue();
    }

    @Test
    void listsTheTwentyEightProvincesAndTheCountry() {
        List<RegionInfo> regions = STORE.listRegions();
        assertThat(regions).hasSize(28);
        assertThat(regions).filteredOn(r -> r.code().equals("SML")).singleElement()
                .satisfies(r -> assertThat(r.settlements()).isEqualTo(240))
                .satisfies(r -> assertThat(r.facilitiesIllustrative()).isTrue());
        RegionData bg = STORE.country();
        assertThat(bg.code()).isEqualTo("BG");
        assertThat(bg.municipalities()).hasSize(265);
        assertThat(bg.settlements().size() + STORE.unlocatedSettlementIds().size()).isEqualTo(5_256);
        assertThat(STORE.unlocatedSettlementIds()).containsExactly("87802", "87816", "87825");
        assertThat(regions.stream().mapToInt(RegionInfo::settlements).sum()).isEqualTo(bg.settlements().size());
        // findRegion("BG") is the country with the projection column proj_2030 added (computed on first use)
        assertThat(STORE.findRegion("BG").orElseThrow().settlements()).hasSameSizeAs(bg.settlements());
        assertThat(STORE.findRegion("BG").orElseThrow().populationColumns()).endsWith("proj_2030");
        assertThat(STORE.countryExtent().getMinX()).isBetween(22.3, 22.4);
        assertThat(STORE.countryExtent().getMaxY()).isBetween(44.2, 44.25);
    }

    @Test
    void bundledFilesAreConsistent() {
        RegionData bg = STORE.country();
        Map<String, AdminArea> municipalities = bg.municipalities().stream()
                .collect(Collectors.toMap(AdminArea::code, Function.identity()));
        Map<String, Settlement> settlements = bg.settlementsById();
        assertThat(bg.settlements()).allMatch(s -> municipalities.containsKey(s.municipality())
                && s.municipality().startsWith(s.province()));
        // every seat is a settlement of its own municipality, except four rural municipalities seated in the
        // neighbouring city: Dobrich-selska (Dobrich), Tundzha (Yambol), Maritsa and Rodopi (Plovdiv)
        assertThat(bg.municipalities().stream().filter(m -> !m.code().equals(settlements.get(m.seatId()).municipality()))
                .map(AdminArea::code)).containsExactly("DOB15", "JAM25", "PDV17", "PDV26");
        // as documented in data/README.md: 20 points stay outside their (simplified) municipality polygon
        GeometryFactory gf = new GeometryFactory();
        Map<String, PreparedGeometry> prepared = new HashMap<>();
        long outside = bg.settlements().stream().filter(s -> !prepared.computeIfAbsent(s.municipality(),
                        c -> PreparedGeometryFactory.prepare(municipalities.get(c).boundary()))
                .covers(gf.createPoint(new Coordinate(s.location().lon(), s.location().lat())))).count();
        assertThat(outside).isEqualTo(20);
    }

    @Test
    void missingPopulationIsAbsentNotZero() {
        // 87825 Свети Константин has no NSI row at all; 44906 Левище has no GRAO row.
        Settlement levishte = STORE.country().settlementsById().get("44906");
        assertThat(levishte.findPopulation("grao_permanent_2020")).isEmpty();
        assertThat(levishte.findPopulation("pop_2017")).hasValue(17);
    }

    @Test
    void unknownRegionIsNotFound() {
        assertThatThrownBy(() -> STORE.getRegion("XYZ")).isInstanceOf(PlanningException.class)
                .hasMessageContaining("Unknown region 'XYZ'").hasMessageContaining("SML");
    }

    @Test
    void theCatalogueTellsUnknownCodesWithoutLoadingARegion() {
        BundledRegionStore fresh = new BundledRegionStore();
        assertThat(fresh.mayHold("XYZ")).as("files not read yet: cannot tell cheaply").isTrue();
        assertThat(fresh.listRegions()).hasSize(28);
        assertThat(fresh.mayHold("XYZ")).isFalse();
        assertThat(fresh.mayHold(null)).isFalse();
        assertThat(fresh.mayHold("SML")).isTrue();
        assertThat(fresh.mayHold(" sml ")).as("as findRegion: trimmed, any case").isTrue();
        assertThat(fresh.mayHold("BG")).as("the country").isTrue();
    }
}
