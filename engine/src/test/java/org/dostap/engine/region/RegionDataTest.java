package org.dostap.engine.region;

import org.dostap.engine.common.GeoPoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The region's settlements: unmodifiable, equal to a plain list, and looked up by id through one map built once. */
class RegionDataTest {
    private static Settlement settlement(String id, double lon) {
        return new Settlement(id, "S" + id, "", "M1", "TST", "village", new GeoPoint(lon, 41.5), Map.of("population", 10));
    }

    private static final ServiceCatalog SERVICES = ServiceCatalog.defaults();

    private static RegionData region(List<Settlement> settlements) {
        return new RegionData("TST", "Тест", "Test", settlements, List.of(), List.of(), Optional.empty(),
                SERVICES, List.of("population"), "test data");
    }

    @Test
    void theLookUpByIdIsBuiltOnceAndSharedWithCopies() {
        RegionData r = region(List.of(settlement("00850", 24.6), settlement("67653", 24.7)));
        var byId = r.settlementsById();
        assertThat(byId).containsOnlyKeys("00850", "67653");
        assertThat(byId.get("00850").name()).isEqualTo("S00850");
        assertThat(r.settlementsById()).as("the same map, not a new one per call").isSameAs(byId);
        assertThat(r.withFacilities(List.of()).settlementsById()).as("a scenario's copy shares it").isSameAs(byId);
        assertThatThrownBy(() -> byId.put("x", settlement("x", 24.8))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void settlementsStayUnmodifiableAndEqualToAPlainList() {
        List<Settlement> source = new ArrayList<>(List.of(settlement("1", 24.6), settlement("2", 24.7)));
        RegionData r = region(source);
        source.add(settlement("3", 24.8)); // the caller's list changes afterwards: the region does not
        assertThat(r.settlements()).hasSize(2).isEqualTo(List.of(settlement("1", 24.6), settlement("2", 24.7)));
        assertThat(r.settlements().hashCode()).isEqualTo(List.of(settlement("1", 24.6), settlement("2", 24.7)).hashCode());
        assertThat(r.settlements().indexOf(settlement("2", 24.7))).isEqualTo(1);
        assertThat(r).isEqualTo(region(List.of(settlement("1", 24.6), settlement("2", 24.7))));
        assertThatThrownBy(() -> r.settlements().add(settlement("4", 24.9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.settlements().set(0, settlement("4", 24.9))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.settlements().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            var it = r.settlements().iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void duplicateIdsAreRefusedWhenLookedUp() {
        RegionData r = region(List.of(settlement("1", 24.6), settlement("1", 24.7)));
        assertThatThrownBy(r::settlementsById).isInstanceOf(IllegalStateException.class).hasMessageContaining("1");
    }
}
