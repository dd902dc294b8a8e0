package org.dostap.web.http.coverage;

import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.ServiceAccess;
import org.dostap.web.analysis.SettlementDetail;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One settlement with its time to the nearest service of every type. */
public record DetailJson(String id, String name, String nameEn, String municipality, String kind, double lon, double lat,
                         Map<String, Integer> population, boolean connected, double snapDistanceM,
                         String travelTimeSource, List<ServiceJson> services) {
    public record ServiceJson(String service, String nameBg, String nameEn, int standardMin, Double travelTimeMin,
                              String nearestFacilityId, String nearestFacilityName, boolean withinStandard) {
        static ServiceJson from(ServiceAccess a) {
            return new ServiceJson(a.service().id(), a.service().nameBg(), a.service().nameEn(),
                    a.service().standardSeconds() / 60, a.nearest().isPresent() ? Minutes.of(a.travelTimeSeconds()) : null,
                    a.nearest().map(f -> f.id()).orElse(null), a.nearest().map(f -> f.name()).orElse(null),
                    a.withinStandard());
        }
    }

    static DetailJson from(SettlementDetail d) {
        Settlement s = d.settlement();
        return new DetailJson(s.id(), s.name(), s.nameEn(), s.municipality(), s.kind(), s.location().lon(), s.location().lat(),
                new TreeMap<>(s.populationByColumn()), d.connected(), Math.round(d.snapDistanceMetres()),
                d.travelTimeSource(), d.services().stream().map(ServiceJson::from).toList());
    }
}
