package org.dostap.web.http.coverage;

import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.RunProvenance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One settlement with its time to the nearest service of every type (minutes), and where the answer came from. */
public record DetailJson(String id, String name, String nameEn, String municipality, String kind, double lon, double lat,
                         Map<String, Integer> population, boolean connected, double snapDistanceM,
                         String travelTimeSource, Double e2sfcaPer1000, List<ServiceJson> services, RunProvenance provenance) {
    public record ServiceJson(String service, String nameBg, String nameEn, int standardMin, Double travelTimeMin,
                              String nearestFacilityId, String nearestFacilityName, boolean covered, boolean withinStandard,
                              Double travelTimeMinLow, Double travelTimeMinHigh) {
        /** {@code standardMin}: the standard for how people travel ({@code mode}: car, or foot with its own standard). */
        static ServiceJson from(ServiceAccess a, RegionData region, org.dostap.engine.traveltime.TravelMode mode) {
            ServiceType t = region.services().get(a.serviceTypeId());
            String name = a.nearestFacilityId() == null ? null
                    : region.findFacility(a.nearestFacilityId()).map(Facility::name).orElse(null);
            return new ServiceJson(t.id(), t.nameBg(), t.nameEn(), t.standardSeconds(mode) / 60, Minutes.of(a.travelTimeSeconds()),
                    a.nearestFacilityId(), name, a.covered(), a.withinStandard(), Minutes.of(a.travelTimeSecondsLow()),
                    Minutes.of(a.travelTimeSecondsHigh()));
        }
    }

    static DetailJson from(AccessAnalysis.SettlementDetail d, RunProvenance provenance) {
        Settlement s = d.settlement();
        RegionData region = d.view().region();
        return new DetailJson(s.id(), s.name(), s.nameEn(), s.municipality(), s.kind(), s.location().lon(), s.location().lat(),
                new TreeMap<>(s.populationByColumn()), d.access().connected(), Math.round(d.access().snapDistanceMetres()),
                d.view().result().provenance().travelTimeSource(),
                d.access().e2sfcaPer1000() == null ? null : Math.round(d.access().e2sfcaPer1000() * 100) / 100.0,
                d.access().services().stream().map(a -> ServiceJson.from(a, region, d.view().query().mode())).toList(), provenance);
    }
}
