package org.dostap.web.http.mobile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.dostap.engine.mobile.AccessKind;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.RescoredSettlement;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.web.analysis.RunProvenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mobile endpoints answer besides the plan's own fields ({@link MobilePlanJson}): the access re-scored with
 * the plan's visits, the options compared side by side, and the {@code provenance} of every answer. Minutes, hours and
 * kilometres at this edge; the field names of the command line's {@code access.csv} and {@code options.json}.
 */
final class MobileAnswers {
    private MobileAnswers() { }

    /**
     * {@code POST /mobile}: the plan, its re-scored access (with {@code rescore: true}) and where it came from;
     * {@code planId} names it for the report ({@code mobile_plan_id}) while the server keeps it ({@link RecentPlans}).
     */
    record PlanAnswer(String planId, @JsonUnwrapped MobilePlanJson.Plan plan, @JsonInclude(JsonInclude.Include.NON_NULL) AccessJson access,
                      RunProvenance provenance) { }

    /**
     * Every settlement's access once the plan's visits count: {@code fixed} (a fixed centre of the service within the
     * threshold), {@code mobile} (visited by the plan) or {@code none}; population and settlements per kind, in the
     * region and per municipality.
     */
    record AccessJson(double thresholdMin, KindCounts total, List<AreaAccess> byMunicipality, List<SettlementAccess> settlements) { }

    record KindCounts(long populationFixed, long populationMobile, long populationNone, int settlementsFixed,
                      int settlementsMobile, int settlementsNone) { }

    record AreaAccess(String code, String nameBg, String nameEn, KindCounts counts) { }

    /** {@code nearestFixedMin}: null when no fixed centre of the service is reachable; {@code visitsPer4Weeks}: 0 unless mobile. */
    record SettlementAccess(String settlementId, String name, String municipality, int population, String accessKind,
                            Double nearestFixedMin, @JsonProperty("visits_per_4_weeks") double visitsPer4Weeks) { }

    /** {@code POST /mobile/options}: mobile options side by side, and the one-new-fixed-centre alternative (null when none helps). */
    record OptionsAnswer(String region, String service, double thresholdMin, int targetSettlements, int targetPopulation,
                         List<Option> mobileOptions, NewCentre oneMoreFixedCentre, String travelTimeSource,
                         boolean facilitiesIllustrative, RunProvenance provenance) { }

    /** One option; {@code marginalPopulationOfLastTeam}: what the last team adds over one team fewer (for one team: all). */
    record Option(String base, String baseName, int teams, int frequencyWeeks, int populationNewlyReached,
                  int settlementsNewlyReached, int populationUnserved, double teamHours, double kmDriven,
                  int marginalPopulationOfLastTeam) { }

    record NewCentre(String settlementId, String name, int populationNewlyCovered, int settlementsNewlyCovered, String method) { }

    static AccessJson access(AccessRescore a, RegionData region) {
        Map<String, int[]> byArea = new LinkedHashMap<>(); // municipality -> population and settlements per kind
        region.municipalities().forEach(m -> byArea.put(m.code(), new int[6]));
        int[] total = new int[6];
        List<SettlementAccess> rows = new java.util.ArrayList<>();
        for (RescoredSettlement s : a.settlements()) {
            int k = s.accessKind().ordinal();
            for (int[] c : new int[][] {total, byArea.computeIfAbsent(s.municipality(), x -> new int[6])}) {
                c[k] += s.population();
                c[3 + k]++;
            }
            rows.add(new SettlementAccess(s.settlementId(), s.name(), s.municipality(), s.population(), s.accessKind().label(),
                    s.nearestFixedSeconds() == TravelTimeMatrix.UNREACHABLE ? null : Math.round(s.nearestFixedSeconds() / 6.0) / 10.0,
                    Math.round(s.visitsPer4Weeks() * 100) / 100.0));
        }
        Map<String, AdminArea> areas = new LinkedHashMap<>();
        region.municipalities().forEach(m -> areas.put(m.code(), m));
        List<AreaAccess> municipalities = byArea.entrySet().stream().filter(e -> e.getValue()[3] + e.getValue()[4] + e.getValue()[5] > 0)
                .map(e -> {
                    AdminArea m = areas.get(e.getKey());
                    return new AreaAccess(e.getKey(), m == null ? e.getKey() : m.nameBg(), m == null ? e.getKey() : m.nameEn(), counts(e.getValue()));
                }).toList();
        return new AccessJson(a.thresholdSeconds() / 60.0, counts(total), municipalities, rows);
    }

    private static KindCounts counts(int[] c) {
        int f = AccessKind.FIXED.ordinal(), m = AccessKind.MOBILE.ordinal(), n = AccessKind.NONE.ordinal();
        return new KindCounts(c[f], c[m], c[n], c[3 + f], c[3 + m], c[3 + n]);
    }

    static OptionsAnswer options(GapComparison c, RegionData region, String travelTimeSource, RunProvenance provenance) {
        List<Option> options = c.options().stream().map(o -> new Option(o.baseFacilityId(),
                region.findFacility(o.baseFacilityId()).map(f -> f.name()).orElse(o.baseFacilityId()), o.teams(), o.frequencyWeeks(),
                o.populationReached(), o.settlementsReached(), o.populationUnserved(), Math.round(o.teamHours() * 100) / 100.0,
                Math.round(o.kmDriven() * 10) / 10.0, o.marginalPopulationOfLastTeam())).toList();
        NewCentre centre = c.newCentre().map(n -> new NewCentre(n.settlementId(), n.name(), n.populationNewlyCovered(),
                n.settlementsNewlyCovered(), n.method())).orElse(null);
        return new OptionsAnswer(region.code(), c.serviceTypeId(), c.thresholdSeconds() / 60.0, c.targetSettlements(),
                c.targetPopulation(), options, centre, travelTimeSource, region.anyIllustrativeFacility(), provenance);
    }
}
