package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.ServedSettlement;
import org.dostap.engine.mobile.Stop;
import org.dostap.engine.mobile.TeamDay;
import org.dostap.engine.mobile.TeamLoad;
import org.dostap.engine.mobile.UnservedSettlement;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A mobile plan: the schedule (one row per visit), served and unserved settlements, teams, candidate bases, provenance. */
public final class MobileWorkbook {
    private MobileWorkbook() { }

    /** @param dayStartSeconds clock time the working day starts, seconds after midnight */
    public static List<Sheet> sheets(MobilePlan plan, RegionData region, int dayStartSeconds, SheetLanguage lang, String softwareVersion) {
        return sheets(plan, region, dayStartSeconds, lang, softwareVersion, null);
    }

    /** @param run the plan's provenance, every field of it in the provenance sheet (null: none) */
    public static List<Sheet> sheets(MobilePlan plan, RegionData region, int dayStartSeconds, SheetLanguage lang, String softwareVersion,
                                     org.dostap.web.analysis.RunProvenance run) {
        Names names = new Names(region, lang);
        Map<String, Settlement> byId = region.settlementsById();
        Table schedule = new Table("schedule", lang, "week", "day", "team", "order", "settlement_id", "name", "municipality",
                "municipality_name", "population", "arrival", "start", "departure");
        for (TeamDay d : plan.days())
            for (Stop s : d.stops()) {
                String m = byId.containsKey(s.settlementId()) ? byId.get(s.settlementId()).municipality() : null;
                schedule.row(d.week(), d.day(), d.team(), s.order(), s.settlementId(), s.name(), m, names.municipality(m), s.population(),
                        clock(dayStartSeconds + s.arrivalSeconds()), clock(dayStartSeconds + s.startSeconds()), clock(dayStartSeconds + s.departureSeconds()));
            }
        Table served = new Table("served", lang, "settlement_id", "name", "municipality", "municipality_name", "population",
                "frequency_weeks", "visits", "team", "day", "first_week");
        for (ServedSettlement s : plan.served()) {
            String m = byId.containsKey(s.settlementId()) ? byId.get(s.settlementId()).municipality() : null;
            served.row(s.settlementId(), s.name(), m, names.municipality(m), s.population(), s.frequencyWeeks(), s.visits(), s.team(), s.day(), s.firstWeek());
        }
        Table unserved = new Table("unserved", lang, "settlement_id", "name", "municipality", "municipality_name", "population", "reason", "message");
        for (UnservedSettlement u : plan.unserved()) {
            String m = byId.containsKey(u.settlementId()) ? byId.get(u.settlementId()).municipality() : null;
            unserved.row(u.settlementId(), u.name(), m, names.municipality(m), u.population(), u.reason().name().toLowerCase(java.util.Locale.ROOT), u.message());
        }
        Table teams = new Table("teams", lang, "team", "base_id", "base_name", "visits", "team_days", "team_hours", "driving_hours",
                "distance_km", "longest_day_hours");
        for (TeamLoad l : plan.teamLoads()) {
            var b = plan.teamBases().get(l.team() - 1).base();
            teams.row(l.team(), b.id(), b.name(), l.visits(), l.teamDays(), hours(l.teamSeconds()), hours(l.drivingSeconds()),
                    Math.round(l.distanceMetres() / 100.0) / 10.0, hours(l.longestDaySeconds()));
        }
        List<Sheet> out = new ArrayList<>(List.of(schedule.sheet(), served.sheet(), unserved.sheet(), teams.sheet()));
        if (plan.baseChoice() != null) {
            Table bases = new Table("base_options", lang, "id", "name", "municipality", "municipality_name", "settlements_reached",
                    "round_trip_hours_total", "mean_one_way_min");
            for (var o : plan.baseChoice().options())
                bases.row(o.facilityId(), o.name(), o.municipality(), names.municipality(o.municipality()), o.settlementsReached(),
                        hours(o.roundTripSecondsTotal()), Math.round(o.meanOneWaySeconds() / 6.0) / 10.0);
            out.add(bases.sheet());
        }
        out.add(new Provenance(lang)
                .add("Област", "Region", region.code() + " " + (lang == SheetLanguage.BG ? region.nameBg() : region.nameEn()))
                .add("Услуга", "Service", plan.request().serviceTypeId())
                .add(plan.severalBases() ? "Бази" : "База", plan.severalBases() ? "Bases" : "Base", String.join(", ", plan.teamBases().stream()
                        .map(b -> b.base().id() + " " + b.base().name()).distinct().toList()))
                .add("Екипи", "Teams", plan.request().teams().teamCount())
                .add("Хоризонт (седмици)", "Horizon (weeks)", plan.request().horizonWeeks())
                .add("Достъп до центровете", "Access to the centres", plan.request().accessMode() == org.dostap.engine.traveltime.TravelMode.FOOT
                        ? (lang == SheetLanguage.BG ? "пеша" : "on foot") : (lang == SheetLanguage.BG ? "с кола" : "by car"))
                .add("Придвижване на екипите", "Teams travel", plan.request().teams().mode() == org.dostap.engine.traveltime.TravelMode.FOOT
                        ? (lang == SheetLanguage.BG ? "пеша" : "on foot") : (lang == SheetLanguage.BG ? "с кола" : "by car"))
                .travelTimes(plan.travelTimeSource(), plan.travelTimeDescription())
                .illustrative(plan.facilitiesIllustrative())
                .run(run)
                .sheet(softwareVersion));
        return out;
    }

    private static double hours(long seconds) { return Math.round(seconds / 36.0) / 100.0; }

    private static String clock(int seconds) {
        int m = Math.floorMod(seconds, 24 * 3600) / 60;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
