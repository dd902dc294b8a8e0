package org.dostap.web.http.region;

import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.List;

/** A region's description: what the map's controls offer (services, population columns, municipalities). */
public record RegionJson(String code, String nameBg, String nameEn, int settlements, List<AreaJson> municipalities,
                         List<ServiceJson> services, List<String> populationColumns, String defaultPopulationColumn,
                         boolean facilitiesIllustrative, String travelTimeSource, String travelTimeDescription,
                         String provenance, double[] bbox) {
    public record AreaJson(String code, String nameBg, String nameEn, String seatId) {}

    /** {@code standardMin}: the access standard by car; {@code standardMinFoot}: on foot (walking has its own). */
    public record ServiceJson(String id, String nameBg, String nameEn, int standardMin, boolean everySettlementMustReach,
                              boolean mobile, int facilities, int standardMinFoot) {}

    public record InfoJson(String code, String nameBg, String nameEn, int settlements, int municipalities,
                           boolean facilitiesIllustrative) {
        static InfoJson from(RegionInfo i) {
            return new InfoJson(i.code(), i.nameBg(), i.nameEn(), i.settlements(), i.municipalities(), i.facilitiesIllustrative());
        }
    }

    static RegionJson from(RegionData r, TravelTimeProvider travelTimes) {
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (var s : r.settlements()) {
            minLon = Math.min(minLon, s.location().lon()); maxLon = Math.max(maxLon, s.location().lon());
            minLat = Math.min(minLat, s.location().lat()); maxLat = Math.max(maxLat, s.location().lat());
        }
        return new RegionJson(r.code(), r.nameBg(), r.nameEn(), r.settlements().size(),
                r.municipalities().stream().map(m -> new AreaJson(m.code(), m.nameBg(), m.nameEn(), m.seatId())).toList(),
                r.services().list().stream().map(t -> service(t, r.facilitiesOf(t.id()).size())).toList(),
                r.populationColumns(), r.defaultPopulationColumn(), r.anyIllustrativeFacility(),
                travelTimes.source().label(), travelTimes.description(), r.provenance(),
                r.settlements().isEmpty() ? new double[0] : new double[] {minLon, minLat, maxLon, maxLat});
    }

    private static ServiceJson service(ServiceType t, int facilities) {
        return new ServiceJson(t.id(), t.nameBg(), t.nameEn(), t.standardSeconds() / 60, t.everySettlementMustReach(),
                t.mobile(), facilities, t.footStandardSeconds() / 60);
    }
}
