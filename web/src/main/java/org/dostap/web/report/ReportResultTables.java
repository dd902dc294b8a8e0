package org.dostap.web.report;

import org.dostap.engine.region.RegionData;
import org.dostap.web.report.ReportDocument.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report's tables of an optimization result (sites) and a mobile plan (teams, settlements visited, unserved). */
final class ReportResultTables {
    private ReportResultTables() { }

    /**
     * The chosen sites: a new site on a settlement is named by its EKATTE code, a kept centre or a candidate of a
     * candidates file by its own id; the id column is headed by what its ids are (EKATTE, centre ids, or both).
     */
    static Table sites(ReportText t, ReportResults.Optimization o, RegionData region) {
        return new Table(List.of(t.get("col.rank"), t.get("col.site"), t.get(siteIdHeading(o, region)), t.get("col.municipality"),
                t.get("col.existing")), siteRows(t, o, region), List.of(true, false, false, false, false));
    }

    /** {@code col.ekatte} when every site is a settlement of the region, {@code col.siteId} when none is, else {@code col.siteIdMixed}. */
    static String siteIdHeading(ReportResults.Optimization o, RegionData region) {
        var settlements = region.settlementsById();
        long onSettlements = o.sites().stream().filter(s -> !s.existing() && s.id() != null && settlements.containsKey(s.id())).count();
        if (!o.sites().isEmpty() && onSettlements == o.sites().size()) return "col.ekatte";
        return onSettlements == 0 ? "col.siteId" : "col.siteIdMixed";
    }

    private static List<List<String>> siteRows(ReportText t, ReportResults.Optimization o, RegionData region) {
        Map<String, String> mun = new HashMap<>();
        region.municipalities().forEach(m -> mun.put(m.code(), ReportBuilder.areaName(t, m.nameBg(), m.nameEn(), m.code())));
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ReportResults.Site s : o.sites())
            rows.add(List.of(Integer.toString(i++), s.name() == null ? s.id() : s.name(), s.id(), mun.getOrDefault(s.municipality(), s.municipality() == null ? "" : s.municipality()),
                    t.get(s.existing() ? "yes" : "no")));
        return rows;
    }

    static Table teams(ReportText t, ReportResults.MobilePlan p) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportResults.Team x : p.teams())
            rows.add(List.of(Integer.toString(x.team()), x.base() == null ? "" : x.base(), t.integer(x.visits()), t.integer(x.teamDays()),
                    t.decimal(x.teamHours(), 1), t.decimal(x.km(), 0)));
        rows.add(List.of(t.get("total"), "", t.integer(p.visits()), t.integer(p.teamDays()), t.decimal(p.teamHours(), 1), t.decimal(p.km(), 0)));
        return new Table(List.of(t.get("col.team"), t.get("col.base"), t.get("col.visits"), t.get("col.teamDays"), t.get("col.hours"), t.get("col.km")),
                rows, List.of(false, false, true, true, true, true));
    }

    static Table visited(ReportText t, ReportResults.MobilePlan p) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ReportResults.Visited v : p.visited())
            rows.add(List.of(Integer.toString(i++), v.name() == null ? "" : v.name(), v.id() == null ? "" : v.id(), t.integer(v.population()),
                    v.team() == null ? "–" : v.team().toString(), v.frequencyWeeks() == null ? "–" : v.frequencyWeeks().toString(),
                    v.visits() == null ? "–" : v.visits().toString()));
        return new Table(List.of(t.get("col.rank"), t.get("col.settlement"), t.get("col.ekatte"), t.get("col.population"), t.get("col.team"),
                t.get("col.frequency"), t.get("col.visits")), rows, List.of(true, false, false, true, true, true, true));
    }

    static Table unserved(ReportText t, ReportResults.MobilePlan p) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportResults.Unserved u : p.unserved())
            rows.add(List.of(u.name() == null ? "" : u.name(), u.id() == null ? "" : u.id(), t.integer(u.population()), u.reason() == null ? "" : u.reason()));
        return new Table(List.of(t.get("col.settlement"), t.get("col.ekatte"), t.get("col.population"), t.get("col.reason")), rows,
                List.of(false, false, true, false));
    }
}
