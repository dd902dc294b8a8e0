package org.dostap.data.bundled;

import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Smolyan pilot's documented rule for an <b>illustrative</b> facility baseline (data/README.md) applied to any
 * bundled province that has no facilities of its own, e.g. to write every province's report: a Community Support Centre
 * in every municipal seat (capacity max(10, ceil(pop_2017 / 500))), a Crisis Centre (max(8, ceil(pop / 10,000))) and a
 * rehabilitation centre (max(10, ceil(pop / 3,000))) in the provincial seat. Every site is flagged illustrative.
 */
public final class IllustrativeBaseline {
    private IllustrativeBaseline() { }

    /** The region unchanged when it has facilities, else with the rule's illustrative ones. */
    public static RegionData orDerived(RegionData region) {
        if (!region.facilities().isEmpty() || region.province().isEmpty()) return region;
        return region.withFacilities(derive(region));
    }

    static List<Facility> derive(RegionData region) {
        Map<String, Settlement> byId = region.settlementsById();
        List<Facility> out = new ArrayList<>();
        int provincePop = 0;
        for (AdminArea m : region.municipalities()) {
            int pop = region.settlements().stream().filter(s -> s.municipality().equals(m.code())).mapToInt(s -> s.population("pop_2017")).sum();
            provincePop += pop;
            Settlement seat = byId.get(m.seatId());
            if (seat == null) continue;
            out.add(new Facility("community-support-" + m.code(), "ЦОП " + m.nameBg(), "community-support", seat.location(),
                    Math.max(10, ceilDiv(pop, 500)), m.code(), FacilityStatus.EXISTING, true));
        }
        AdminArea p = region.province().get();
        Settlement seat = byId.get(p.seatId());
        if (seat != null) {
            out.add(new Facility("crisis-" + p.code(), "Кризисен център " + p.nameBg(), "crisis", seat.location(),
                    Math.max(8, ceilDiv(provincePop, 10_000)), seat.municipality(), FacilityStatus.EXISTING, true));
            out.add(new Facility("rehabilitation-" + p.code(), "ЦСРИ " + p.nameBg(), "rehabilitation", seat.location(),
                    Math.max(10, ceilDiv(provincePop, 3_000)), seat.municipality(), FacilityStatus.EXISTING, true));
        }
        return out;
    }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }
}
