package org.dostap.data.store;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link RegionStore} must do, run against the bundled files (in memory) and against PostGIS holding the
 * bundled Smolyan pilot. Figures for SML are those checked in data/README.md (240 settlements, 10 municipalities,
 * 12 illustrative facilities, pop_2017 total 107,282).
 */
public abstract class RegionStoreContract {
    protected abstract RegionStore regionStore();

    @Test
    void smolyanPilotHasTheCheckedFigures() {
        RegionData sml = regionStore().getRegion("SML");
        assertThat(sml.settlements()).hasSize(240);
        assertThat(sml.municipalities()).hasSize(10);
        assertThat(sml.facilities()).hasSize(12).allMatch(f -> f.illustrative());
        assertThat(sml.defaultPopulationColumn()).isEqualTo("pop_2017");
        assertThat(sml.settlements().stream().mapToInt(s -> s.population("pop_2017")).sum()).isEqualTo(107_282);
        assertThat(sml.province()).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("SML"));
        assertThat(sml.services().find("crisis")).isPresent();
        assertThat(sml.settlementsById().get("67653").name()).isEqualTo("Смолян");
        assertThat(sml.settlementsById()).containsKey("00850"); // leading zero kept
    }

    @Test
    void listedRegionsAgreeWithTheirData() {
        assertThat(regionStore().listRegions()).isNotEmpty().extracting(RegionInfo::code).contains("SML").doesNotHaveDuplicates();
        for (RegionInfo info : regionStore().listRegions()) {
            RegionData r = regionStore().getRegion(info.code());
            assertThat(info.settlements()).isEqualTo(r.settlements().size());
            assertThat(info.municipalities()).isEqualTo(r.municipalities().size());
            assertThat(info.facilitiesIllustrative()).isEqualTo(r.anyIllustrativeFacility());
            assertThat(info.nameBg()).isEqualTo(r.nameBg());
        }
    }

    @Test
    void settlementIdsAreUniqueAndFacilitiesUseKnownServiceTypes() {
        RegionData sml = regionStore().getRegion("SML");
        Set<String> ids = new HashSet<>();
        for (Settlement s : sml.settlements()) assertThat(ids.add(s.id())).as("duplicate id %s", s.id()).isTrue();
        assertThat(sml.facilities()).allSatisfy(f -> assertThat(sml.services().find(f.serviceType())).isPresent());
        assertThat(sml.populationColumns()).allSatisfy(c -> assertThat(c).isNotBlank());
    }

    @Test
    void unknownRegionIsEmptyOrNotFoundNamingTheKnownOnes() {
        assertThat(regionStore().findRegion("XYZ")).isEmpty();
        assertThatThrownBy(() -> regionStore().getRegion("XYZ"))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("Unknown region 'XYZ'").hasMessageContaining("SML");
    }
}
