package org.dostap.data.importer;

import org.dostap.data.importer.RawRegister.RegisterArea;
import org.dostap.engine.common.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documented rule for a pilot province's <b>illustrative</b> facility baseline (no public register of
 * social-service sites exists):
 * <ul>
 *   <li>a Community Support Centre in the seat of every municipality of the province (seat from ek_obst.json),
 *       capacity = max(10, ceil(municipality population / 500)), i.e. one place per 500 residents;</li>
 *   <li>a Crisis Centre in the provincial seat (ek_obl.json), capacity = max(8, ceil(province population / 10,000));</li>
 *   <li>a Centre for Social Rehabilitation and Integration in the provincial seat,
 *       capacity = max(10, ceil(province population / 3,000)).</li>
 * </ul>
 * Population is the NSI 2017 column (pop_2017). Each site is at its seat settlement's coordinate.
 */
final class IllustrativeFacilityRule {
    static final String RULE_TEXT = "Community Support Centre in every municipal seat, capacity max(10, ceil(municipality pop_2017 / 500));"
            + " Crisis Centre in the provincial seat, capacity max(8, ceil(province pop_2017 / 10000));"
            + " rehabilitation centre (CSRI) in the provincial seat, capacity max(10, ceil(province pop_2017 / 3000)).";

    /** One row of facilities.csv. */
    record FacilityRow(String id, String name, String service, GeoPoint location, int capacity, String municipality) { }

    private IllustrativeFacilityRule() { }

    /**
     * @param municipalities the province's municipalities (code → register record), in code order
     * @param municipalityPopulation pop_2017 per municipality code
     * @param points settlement coordinates by EKATTE
     * @param municipalityOfSettlement municipality code by EKATTE
     */
    static List<FacilityRow> derive(RegisterArea province, Map<String, RegisterArea> municipalities,
                                    Map<String, Integer> municipalityPopulation, Map<String, GeoPoint> points,
                                    Map<String, String> municipalityOfSettlement) {
        List<FacilityRow> rows = new ArrayList<>();
        int provincePopulation = 0;
        for (RegisterArea m : municipalities.values()) {
            int pop = municipalityPopulation.getOrDefault(m.code(), 0);
            provincePopulation += pop;
            rows.add(new FacilityRow("community-support-" + m.code(), "ЦОП " + m.name(), "community-support",
                    seatPoint(m, points), Math.max(10, ceilDiv(pop, 500)), m.code()));
        }
        GeoPoint seat = seatPoint(province, points);
        String seatMunicipality = municipalityOfSettlement.get(province.seatId());
        rows.add(new FacilityRow("crisis-" + province.code(), "Кризисен център " + province.name(), "crisis",
                seat, Math.max(8, ceilDiv(provincePopulation, 10_000)), seatMunicipality));
        rows.add(new FacilityRow("rehabilitation-" + province.code(), "ЦСРИ " + province.name(), "rehabilitation",
                seat, Math.max(10, ceilDiv(provincePopulation, 3_000)), seatMunicipality));
        return rows;
    }

    private static GeoPoint seatPoint(RegisterArea area, Map<String, GeoPoint> points) {
        GeoPoint p = points.get(area.seatId());
        if (p == null) throw new IllegalStateException("seat " + area.seatId() + " of " + area.code() + " has no coordinate");
        return p;
    }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }
}
