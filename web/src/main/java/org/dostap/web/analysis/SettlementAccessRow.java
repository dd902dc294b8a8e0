package org.dostap.web.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.dostap.engine.coverage.ServiceAccess;
import org.dostap.engine.coverage.SettlementAccess;
import org.dostap.engine.coverage.UnreachableReason;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * THE per-settlement access row of a coverage view, in minutes: every edge writes this record and no other (the API's
 * coverage answer as its {@code settlements}, snake_case; the command line's settlements.csv / .geojson / .gpkg, the
 * API's CSV and GeoJSON export and the workbook's settlements sheet as the columns of {@link SettlementColumns}).
 * Built in one place, {@link #of(CoverageView)}. Minutes have one decimal and no trailing zero (1121 s is 18.7, 1800 s
 * is 30); {@code null} for no time.
 *
 * @param nearestFacilityId the nearest facility of the queried service type (files call the column {@code nearest_facility})
 * @param travelTimeMinLow  low end of the error band of an estimated time (p10 of road time / estimate); the time itself
 *                          with road times
 * @param unreachableReason null when reached, else {@code not_connected}, {@code no_route} or {@code cut_off_by_closures}
 * @param otherServices     the nearest facility and time of each other service type of the region, in the region's order
 */
public record SettlementAccessRow(String id, String name, String nameEn, String municipality, int population,
                                  String nearestFacilityId, BigDecimal travelTimeMin, BigDecimal travelTimeMinLow,
                                  BigDecimal travelTimeMinHigh, boolean covered, boolean connected, String unreachableReason,
                                  BigDecimal snapDistanceM, double lon, double lat,
                                  @JsonProperty("e2sfca_places_per_1000") BigDecimal e2sfcaPlacesPer1000,
                                  List<OtherService> otherServices) {
    public SettlementAccessRow {
        otherServices = List.copyOf(otherServices);
    }

    /** Access to another service type of the region than the queried one. */
    public record OtherService(String service, String nearestFacilityId, BigDecimal travelTimeMin) { }

    /** The rows of a view, in the region's settlement order. */
    public static List<SettlementAccessRow> of(CoverageView v) {
        Map<String, Settlement> byId = v.region().settlementsById();
        List<ServiceType> others = v.region().services().list().stream()
                .filter(t -> !t.id().equals(v.query().serviceType())).toList();
        List<SettlementAccessRow> rows = new ArrayList<>(v.result().settlements().size());
        for (int i = 0; i < v.result().settlements().size(); i++) {
            SettlementAccess s = v.settlement(i);
            ServiceAccess a = v.access(i);
            Settlement settlement = byId.get(s.settlementId());
            UnreachableReason reason = v.unreachableReason(i);
            List<OtherService> other = new ArrayList<>(others.size());
            for (ServiceType t : others) {
                ServiceAccess o = s.getService(t.id());
                other.add(new OtherService(t.id(), o.nearestFacilityId(), minutes(o.travelTimeSeconds())));
            }
            rows.add(new SettlementAccessRow(s.settlementId(), s.name(), settlement.nameEn(), s.municipality(), s.population(),
                    a.nearestFacilityId(), minutes(a.travelTimeSeconds()), minutes(a.travelTimeSecondsLow()),
                    minutes(a.travelTimeSecondsHigh()), a.covered(), s.connected(), reason == null ? null : reason.label(),
                    round(s.snapDistanceMetres(), 1), settlement.location().lon(), settlement.location().lat(),
                    s.e2sfcaPer1000() == null ? null : round(s.e2sfcaPer1000(), 3), other));
        }
        return rows;
    }

    /** Seconds as minutes with one decimal, plain (1800 s -> 30, 1121 s -> 18.7); null for none. */
    public static BigDecimal minutes(Integer seconds) {
        return seconds == null ? null : plain(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP));
    }

    static BigDecimal round(double value, int decimals) {
        return plain(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
