package org.dostap.web.cli;

import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.RescoredSettlement;
import org.dostap.engine.mobile.Stop;
import org.dostap.engine.mobile.TeamDay;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.analysis.mobile.MobilePlanRecords;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the {@code mobile} command's files: {@code plan.json} and {@code options.json} (the {@link MobilePlanRecords}
 * records the API answers too, by {@link JsonOutput}), {@code schedule.csv} and {@code access.csv} (by
 * {@link CsvTableWriter}), and a VRPTW solution's {@code plan.json}. Minutes and clock times only here and in
 * {@link MobilePlanRecords}.
 */
final class MobilePlanWriter {
    static final List<String> SCHEDULE_HEADER = List.of("week", "day", "team", "order", "settlement_id", "name", "arrival", "departure");

    private final MobilePlanRecords files;

    MobilePlanWriter(int dayStartSeconds) { this.files = new MobilePlanRecords(dayStartSeconds); }

    /**
     * @param provenance written without the time of the run (and the plan without the seconds spent planning), so that
     *                   the same input gives the same plan.json byte for byte
     */
    void writePlan(MobilePlan plan, AccessRescore access, RegionData region, RunProvenance provenance, Path json, Path csv)
            throws IOException {
        JsonOutput.write(json, files.plan(plan, access, region, null, provenance.withoutRunTime()));
        List<List<?>> rows = new ArrayList<>();
        for (TeamDay d : plan.days())
            for (Stop s : d.stops())
                rows.add(List.of(d.week(), d.day(), d.team(), s.order(), s.settlementId(), s.name(),
                        files.clock(s.arrivalSeconds()), files.clock(s.departureSeconds())));
        CsvTableWriter.write(csv, SCHEDULE_HEADER, rows);
    }

    /** {@code access.csv}: every settlement of the region with its access kind once mobile visits count. */
    static void writeAccess(AccessRescore access, Path csv) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (RescoredSettlement a : access.settlements())
            rows.add(List.of(a.settlementId(), a.name(), a.municipality(), a.population(), a.accessKind().label(),
                    a.nearestFixedSeconds() == TravelTimeMatrix.UNREACHABLE ? "" : Math.round(a.nearestFixedSeconds() / 60.0 * 10) / 10.0,
                    a.visitsPer4Weeks()));
        CsvTableWriter.write(csv, List.of("settlement_id", "name", "municipality", "population", "access_kind",
                "nearest_fixed_min", "visits_per_4_weeks"), rows);
    }

    /** {@code options.json}: mobile options side by side and the one-new-centre alternative, with the plan's provenance. */
    static void writeComparison(GapComparison c, RegionData region, String travelTimeSource, RunProvenance provenance, Path json)
            throws IOException {
        JsonOutput.write(json, MobilePlanRecords.options(c, region, travelTimeSource, provenance.withoutRunTime()));
    }

    static void writeSolution(VrptwInstance instance, VrptwSolution s, RunProvenance provenance, Path json) throws IOException {
        JsonOutput.write(json, MobilePlanRecords.solution(instance, s, provenance));
    }
}
