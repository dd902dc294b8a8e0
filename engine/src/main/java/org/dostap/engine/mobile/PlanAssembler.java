package org.dostap.engine.mobile;

import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the scheduler's slots into the plan's records, and words the reasons for unserved settlements. */
final class PlanAssembler {
    private final PlanningProblem p;
    private final MobileRequest request;
    private final Facility base;

    PlanAssembler(PlanningProblem p, MobileRequest request, Facility base) {
        this.p = p;
        this.request = request;
        this.base = base;
    }

    /** Null when a visit alone fits a working day, otherwise why not. */
    static UnservedSettlement whyNotAlone(PlanningProblem p, int node, Facility base) {
        Settlement s = p.settlements().get(node - 1);
        int pop = p.population()[node];
        if (!p.network().connected(node) || !p.network().connected(0))
            return new UnservedSettlement(s.id(), s.name(), pop, UnservedReason.NOT_CONNECTED, (p.network().connected(node)
                    ? "the base " + base.id() : "the settlement") + " is not attached to the road network; check its coordinates or the network extract");
        if (!p.network().reachable(0, node) || !p.network().reachable(node, 0))
            return new UnservedSettlement(s.id(), s.name(), pop, UnservedReason.TOO_FAR_FOR_A_DAY,
                    "no road from base " + base.id() + " reaches it within a working day of " + hours(p.dayLengthSeconds()));
        if (p.aloneSeconds(node) > p.dayLengthSeconds())
            return new UnservedSettlement(s.id(), s.name(), pop, UnservedReason.TOO_FAR_FOR_A_DAY, String.format(Locale.ROOT,
                    "a visit alone takes %s (%s there, %s on site, %s back), longer than the %s working day; serve it from a nearer base or lengthen the day",
                    hours(p.aloneSeconds(node)), hours(p.network().seconds(0, node)), hours(p.onSiteSeconds(node)),
                    hours(p.network().seconds(node, 0)), hours(p.dayLengthSeconds())));
        if (DaySchedule.endSeconds(p, new int[]{node}, 1) == DaySchedule.INFEASIBLE)
            return new UnservedSettlement(s.id(), s.name(), pop, UnservedReason.TOO_FAR_FOR_A_DAY,
                    "its time window cannot be met within the working day even as the only stop");
        return null;
    }

    /** The message when no settlement at all fits a working day: names the nearest visit. */
    static String dayTooShort(PlanningProblem p) {
        int nearest = 1;
        for (int node = 2; node < p.nodeCount(); node++) if (p.aloneSeconds(node) < p.aloneSeconds(nearest)) nearest = node;
        Settlement s = p.settlements().get(nearest - 1);
        return "the working day of " + hours(p.dayLengthSeconds()) + " is shorter than the nearest visit: " + s.name()
                + " (" + s.id() + ") needs " + hours(p.aloneSeconds(nearest)) + " (round trip "
                + hours(p.network().seconds(0, nearest) + (long) p.network().seconds(nearest, 0)) + " + "
                + hours(p.onSiteSeconds(nearest)) + " on site); lengthen the day or choose a nearer base";
    }

    MobilePlan assemble(PeriodicScheduler.Result result, List<int[]> orders, List<UnservedSettlement> unservedAlone,
                        TravelTimeProvider travel, RegionData region, double seconds) {
        List<TeamDay> days = new ArrayList<>();
        long teamSeconds = 0, driving = 0;
        double metres = 0;
        int visits = 0;
        for (int week = 0; week < p.horizonWeeks(); week++)
            for (int day = 0; day < p.daysPerWeek(); day++)
                for (int team = 0; team < p.teams(); team++) {
                    int[] order = orders.get(p.slot(team, week, day));
                    if (order.length == 0) continue;
                    TeamDay td = teamDay(week, day, team, order);
                    days.add(td);
                    teamSeconds += td.dayLengthSeconds();
                    driving += td.drivingSeconds();
                    metres += td.distanceMetres();
                    visits += order.length;
                }
        List<ServedSettlement> served = new ArrayList<>();
        for (Map.Entry<Integer, PeriodicScheduler.Pattern> e : result.patterns().entrySet()) {
            int node = e.getKey();
            Settlement s = p.settlements().get(node - 1);
            PeriodicScheduler.Pattern pt = e.getValue();
            served.add(new ServedSettlement(s.id(), s.name(), p.population()[node], p.weeks()[node],
                    p.horizonWeeks() / p.weeks()[node], pt.team() + 1, pt.day() + 1, pt.firstWeek() + 1));
        }
        served.sort(Comparator.comparing(ServedSettlement::settlementId));
        List<UnservedSettlement> unserved = new ArrayList<>(unservedAlone);
        for (int node : result.unplaced()) {
            Settlement s = p.settlements().get(node - 1);
            unserved.add(new UnservedSettlement(s.id(), s.name(), p.population()[node], UnservedReason.CAPACITY_EXHAUSTED,
                    "every working day of the " + p.teams() + " team(s) over " + p.horizonWeeks()
                            + " weeks is full; add a team or a working day, or visit less often"));
        }
        unserved.sort(Comparator.comparingInt(UnservedSettlement::population).reversed().thenComparing(UnservedSettlement::settlementId));
        PlanTotals totals = new PlanTotals(served.stream().mapToInt(ServedSettlement::population).sum(), served.size(),
                unserved.stream().mapToInt(UnservedSettlement::population).sum(), unserved.size(), visits, days.size(),
                teamSeconds, driving, metres);
        return new MobilePlan(request, base, days, served, unserved, totals, travel.source().label(), travel.description(),
                region.anyIllustrativeFacility(), seconds);
    }

    private TeamDay teamDay(int week, int day, int team, int[] order) {
        int[][] times = DaySchedule.times(p, order);
        List<Stop> stops = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            Settlement s = p.settlements().get(order[k] - 1);
            stops.add(new Stop(k + 1, s.id(), s.name(), p.population()[order[k]], times[k][0], times[k][1], times[k][2]));
        }
        int end = DaySchedule.endSeconds(p, order, order.length);
        if (end == DaySchedule.INFEASIBLE) throw new IllegalStateException("infeasible day produced");
        return new TeamDay(week + 1, day + 1, team + 1, stops, end, DaySchedule.drivingSeconds(p, order),
                DaySchedule.metres(p, order), p.network().geometry(order));
    }

    static String hours(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes >= 60 ? String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60) : minutes + " min";
    }
}
