package org.dostap.web.report;

import org.dostap.engine.catchment.Catchment;
import org.dostap.engine.coverage.CoverageProvenance;
import org.dostap.engine.coverage.UncoveredSettlement;
import org.dostap.engine.population.PopulationHistory;
import org.dostap.engine.population.ProjectionRequest;
import org.dostap.engine.population.ProjectionResult;
import org.dostap.engine.population.ProjectionService;
import org.dostap.engine.population.UnitSeries;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.AreaChange;
import org.dostap.web.analysis.Comparison;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.indicators.AccessIndicators;
import org.dostap.web.indicators.IndicatorsRequest;
import org.dostap.web.indicators.MonitoringIndicators;
import org.dostap.web.indicators.MonitoringService;
import org.dostap.web.report.ReportDocument.Block;
import org.dostap.web.report.ReportDocument.Heading;
import org.dostap.web.report.ReportDocument.Picture;
import org.dostap.web.report.ReportDocument.Table;
import org.dostap.web.report.ReportDocument.Text;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers a report's figures through {@link AccessAnalysis} (the same coverage the API serves) and the population
 * projection, and composes the {@link ReportDocument}: summary, map, municipal indicators, population by travel-time
 * band, every settlement beyond the standard, demographic change and projection, the scenario's changes (when edited),
 * sources and caveats. Each section opens with a short text generated from its figures.
 */
public final class ReportBuilder {
    static final int MAP_WIDTH_PX = 1600, MAP_HEIGHT_PX = 1120;
    private static final Map<String, Color> SERVICE_COLORS = Map.of("community-support", new Color(0x1c5d99),
            "crisis", new Color(0xb2182b), "rehabilitation", new Color(0x6a3d9a), "mobile", new Color(0xe08214));
    private static final String[] BAND_LABELS = {"0–15", "15–30", "30–45", "45–60", "> 60"};

    private final AccessAnalysis analysis;

    public ReportBuilder(AccessAnalysis analysis) { this.analysis = analysis; }

    public ReportDocument build(ReportRequest r) {
        ReportText t = ReportText.of(r.lang());
        CoverageQuery query = new CoverageQuery(r.regionCode(), r.serviceType(), r.thresholdSeconds(), r.populationColumn(), r.edits(), r.mode());
        CoverageView view = analysis.coverage(query);
        RegionData region = view.region();
        ServiceType service = region.services().get(r.serviceType());
        String serviceName = t.bg() ? service.nameBg() : service.nameEn();
        int thresholdMin = r.thresholdSeconds() / 60;
        List<Catchment> catchments = analysis.catchments(query, List.of(r.thresholdSeconds())).catchments();
        List<AccessIndicators> indicators = AccessIndicators.of(view);
        AccessIndicators total = indicators.get(0);
        Optional<ProjectionResult> projection = projection(analysis.region(r.regionCode()));
        CoverageProvenance prov = view.result().provenance();

        List<Block> b = new ArrayList<>();
        b.add(new Heading(t.get("s.summary"), 1));
        b.add(new Text(ReportNarrative.summary(t, serviceName, thresholdMin, total, indicators.subList(1, indicators.size()), region.code())));
        ReportNarrative.range(t, total, prov.travelTimeSource(), thresholdMin).ifPresent(x -> b.add(new Text(x)));
        projection.ifPresent(p -> b.add(new Text(ReportNarrative.demographySummary(t, analysis.region(r.regionCode()), p))));

        b.add(new Heading(t.get("s.map"), 1));
        Color color = SERVICE_COLORS.getOrDefault(r.serviceType(), new Color(0x35978f));
        byte[] map = MapRenderer.png(new MapRenderer.MapInput(view, catchments, color, serviceName, t), MAP_WIDTH_PX, MAP_HEIGHT_PX);
        b.add(new Picture(map, MAP_WIDTH_PX, MAP_HEIGHT_PX, 17, t.format("map.caption", serviceName, thresholdMin)));

        b.add(new Heading(t.get("s.municipal"), 1));
        b.add(new Text(ReportNarrative.municipal(t, thresholdMin, indicators.subList(1, indicators.size()))));
        b.add(indicatorTable(t, indicators, thresholdMin, "estimated".equals(prov.travelTimeSource()) && hasSpread(view)));
        Map<String, Double> shares = new LinkedHashMap<>();
        for (AccessIndicators a : indicators.subList(1, indicators.size())) shares.put(areaName(t, a.nameBg(), a.nameEn(), a.code()), a.shareWithin());
        b.add(new Picture(ReportCharts.coverage(shares, total.shareWithin(), t, thresholdMin), ReportCharts.WIDTH, ReportCharts.HEIGHT, 16,
                t.format("chart.coverage.caption", thresholdMin)));

        IndicatorsRequest monitoring = r.monitoring() != null ? r.monitoring() : new IndicatorsRequest(query.baseline(), r.reviewPopulation(),
                r.edits(), r.edits().isEmpty() ? null : (r.scenarioName() == null ? "" : r.scenarioName()), r.targets());
        if (monitoring.hasReview() || !monitoring.targets().isEmpty()) {
            b.add(new Heading(t.get("s.monitoring"), 2));
            MonitoringIndicators m = new MonitoringService(analysis).indicators(monitoring);
            b.add(new Text(ReportNarrative.monitoring(t, m, thresholdMin), false));
            b.add(monitoringTable(t, m));
        }

        b.add(new Heading(t.get("s.bands"), 1));
        long[] bands = bands(view);
        b.add(new Text(ReportNarrative.bands(t, bands, total.population())));
        b.add(bandTable(t, bands));
        List<String> labels = new ArrayList<>();
        for (String l : BAND_LABELS) labels.add(l + " " + t.get("unit.min"));
        labels.add(t.get("band.none"));
        List<Color> colors = new ArrayList<>(List.of(MapRenderer.BAND_COLORS));
        colors.add(MapRenderer.NO_TIME);
        List<Long> people = new ArrayList<>();
        for (long v : bands) people.add(v);
        b.add(new Picture(ReportCharts.bands(labels, people, colors, t), ReportCharts.WIDTH, ReportCharts.HEIGHT, 15,
                t.format("chart.bands.caption", serviceName)));

        b.add(new Heading(t.get("s.uncovered"), 1));
        List<UncoveredSettlement> uncovered = view.result().region().uncoveredByPopulation();
        b.add(new Text(ReportNarrative.uncovered(t, thresholdMin, uncovered, region)));
        if (!uncovered.isEmpty()) b.add(uncoveredTable(t, uncovered, region, "estimated".equals(prov.travelTimeSource()) && hasSpread(view) ? view : null));

        b.add(new Heading(t.get("s.demography"), 1));
        if (projection.isPresent()) {
            RegionData base = analysis.region(r.regionCode());
            b.add(new Text(ReportNarrative.demography(t, base, projection.get())));
            b.add(demographyTable(t, base, projection.get()));
            b.add(new Picture(trendChart(t, base, projection.get()), ReportCharts.WIDTH, ReportCharts.HEIGHT, 16,
                    t.format("chart.trend.caption", projection.get().horizonYear())));
        } else {
            b.add(new Text(t.pick("Данните нямат поредица от години (pop_YYYY): няма тенденция и прогноза.",
                    "The data has no yearly series (pop_YYYY): no trend and no projection.")));
        }

        int section = 7; // the sections after the six every report has are numbered as they come
        if (!r.edits().isEmpty()) {
            b.add(new Heading(section++ + ". " + t.get("s.scenario"), 1));
            Comparison c = analysis.compareWithBaseline(query);
            b.add(new Text(ReportNarrative.scenario(t, r.scenarioName(), r.edits().size(), c.total(), thresholdMin)));
            b.add(scenarioTable(t, c));
            b.add(new Picture(ChangeMapRenderer.png(c, r.serviceType(), color, t, MAP_WIDTH_PX, MAP_HEIGHT_PX), MAP_WIDTH_PX, MAP_HEIGHT_PX, 17,
                    t.get("change.caption")));
        }
        if (r.optimization() != null) {
            b.add(new Heading(section++ + ". " + t.get("s.optimization"), 1));
            b.add(new Text(ReportNarrative.optimization(t, r.optimization())));
            b.add(new Text(ReportNarrative.source(t, r.optimization().source()), true));
            b.add(ReportResultTables.sites(t, r.optimization(), region));
        }
        if (r.mobilePlan() != null) {
            b.add(new Heading(section++ + ". " + t.get("s.mobile"), 1));
            b.add(new Text(ReportNarrative.mobile(t, r.mobilePlan())));
            b.add(new Text(ReportNarrative.source(t, r.mobilePlan().source()), true));
            b.add(ReportResultTables.teams(t, r.mobilePlan()));
            if (!r.mobilePlan().visited().isEmpty()) b.add(ReportResultTables.visited(t, r.mobilePlan()));
            if (!r.mobilePlan().unserved().isEmpty()) b.add(ReportResultTables.unserved(t, r.mobilePlan()));
        }

        b.add(new Heading(section++ + ". " + t.get("s.provenance"), 1));
        for (String line : ReportNarrative.provenance(t, prov, projection)) b.add(new Text(line, true));
        ReportNarrative.range(t, total, prov.travelTimeSource(), thresholdMin).ifPresent(x -> b.add(new Text(x, true)));

        String regionName = t.bg() ? region.nameBg() : region.nameEn();
        return new ReportDocument(t.format("title", regionName.isBlank() ? region.code() : regionName),
                t.format("subtitle", serviceName, thresholdMin, r.populationColumn(), prov.softwareVersion(), r.date()), b);
    }

    static Optional<ProjectionResult> projection(RegionData region) {
        Optional<PopulationHistory> h = PopulationHistory.of(region);
        if (h.isEmpty()) return Optional.empty();
        PopulationHistory history = h.get();
        ProjectionRequest req = new ProjectionRequest(history.firstYear(), history.lastYear(), ReportRequest.PROJECTION_HORIZON_YEAR);
        if (history.lastYear() - history.firstYear() + 1 < ProjectionRequest.MIN_FIT_YEARS || history.lastYear() >= req.horizonYear()
                || region.settlements().isEmpty())
            return Optional.empty();
        return Optional.of(new ProjectionService().project(history, req));
    }

    /** Residents per band: 0-15, 15-30, 30-45, 45-60, over 60 min, and not reachable / not connected. */
    static long[] bands(CoverageView view) {
        long[] out = new long[BAND_LABELS.length + 1];
        for (int i = 0; i < view.region().settlements().size(); i++) {
            Integer s = view.settlement(i).connected() ? view.access(i).travelTimeSeconds() : null;
            int pop = view.settlement(i).population();
            if (s == null) {
                out[BAND_LABELS.length] += pop;
                continue;
            }
            int band = BAND_LABELS.length - 1;
            for (int k = 0; k < MapRenderer.BAND_MAX_MIN.length; k++) if (s <= MapRenderer.BAND_MAX_MIN[k] * 60) { band = k; break; }
            out[band] += pop;
        }
        return out;
    }

    /**
     * The municipal indicators; with estimated times that have a spread, the people within the standard are followed by
     * the estimate's range (roads slow to fast), as the summary, the monitoring table and every file give it.
     */
    static Table indicatorTable(ReportText t, List<AccessIndicators> rows, int thresholdMin, boolean range) {
        List<String> header = new ArrayList<>(List.of(t.get("col.municipality"), t.get("col.population"), t.get("col.settlements"),
                t.format("col.within", thresholdMin), t.get("col.share"), t.get("col.beyondSettlements"), t.get("col.beyondPeople"),
                t.get("col.mean"), t.get("col.p90"), t.get("col.gini"), t.get("col.places")));
        if (range) header.add(4, t.get("col.range"));
        List<List<String>> body = new ArrayList<>();
        List<AccessIndicators> order = new ArrayList<>(rows.subList(1, rows.size()));
        order.add(rows.get(0));
        for (AccessIndicators a : order) {
            List<String> row = new ArrayList<>(indicatorRow(t, a, a == rows.get(0) ? t.get("total") : areaName(t, a.nameBg(), a.nameEn(), a.code())));
            if (range) row.add(4, t.integer(a.populationWithinLow()) + "–" + t.integer(a.populationWithinHigh()));
            body.add(row);
        }
        List<Boolean> numeric = new ArrayList<>(java.util.Collections.nCopies(header.size(), true));
        numeric.set(0, false);
        return new Table(header, body, numeric);
    }

    /** Per area: population, share at the baseline and the review, the target, met, people to the target, the estimate's range. */
    static Table monitoringTable(ReportText t, MonitoringIndicators m) {
        boolean estimated = "estimated".equals(m.travelTimeSource());
        List<String> header = new ArrayList<>(List.of(t.get("col.municipality"), t.get("col.population"), t.get("col.baseShare"),
                t.get("col.reviewShare"), t.get("col.target"), t.get("col.met"), t.get("col.toTarget")));
        if (estimated) header.add(t.get("col.range"));
        List<List<String>> rows = new ArrayList<>();
        List<MonitoringIndicators.Row> order = new ArrayList<>(m.areas().subList(1, m.areas().size()));
        order.add(m.areas().get(0));
        for (MonitoringIndicators.Row a : order) {
            AccessIndicators v = a.latest();
            org.dostap.web.indicators.TargetStatus met = a.latestTargetStatus();
            List<String> row = new ArrayList<>(List.of("region".equals(a.level()) ? t.get("total") : areaName(t, a.nameBg(), a.nameEn(), a.code()),
                    t.integer(v.population()), t.percent(a.baseline().shareWithin()), a.review() == null ? "–" : t.percent(a.review().shareWithin()),
                    a.targetShare() == null ? "–" : t.percent(a.targetShare()), met == null ? "–" : met.label(t.bg()),
                    a.peopleToTarget() == null ? "–" : t.integer(a.peopleToTarget())));
            if (estimated) row.add(t.integer(v.populationWithinLow()) + "–" + t.integer(v.populationWithinHigh()));
            rows.add(row);
        }
        List<Boolean> numeric = new ArrayList<>(List.of(false, true, true, true, true, false, true));
        if (estimated) numeric.add(true);
        return new Table(header, rows, numeric);
    }

    static List<String> indicatorRow(ReportText t, AccessIndicators a, String name) {
        return List.of(name, t.integer(a.population()), t.integer(a.settlements()), t.integer(a.populationWithin()),
                t.percent(a.shareWithin()), t.integer(a.settlementsBeyond()), t.integer(a.populationBeyond()),
                a.meanMinutes() == null ? "–" : t.decimal(a.meanMinutes(), 1), a.p90Minutes() == null ? "–" : t.decimal(a.p90Minutes(), 1),
                a.gini() == null ? "–" : t.decimal(a.gini(), 3), a.placesPer1000() == null ? "–" : t.decimal(a.placesPer1000(), 2));
    }

    private static Table bandTable(ReportText t, long[] bands) {
        long sum = 0;
        for (long v : bands) sum += v;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < bands.length; i++)
            rows.add(List.of(i < BAND_LABELS.length ? BAND_LABELS[i] + " " + t.get("unit.min") : t.get("band.none"),
                    t.integer(bands[i]), t.percent(sum == 0 ? 0 : (double) bands[i] / sum)));
        return new Table(List.of(t.get("col.band"), t.get("col.people"), t.get("col.share")), rows, List.of(false, true, true));
    }

    /** Whether any estimated time has a range (an estimate without spread gives one figure, as the map's banner does). */
    static boolean hasSpread(CoverageView view) {
        for (int i = 0; i < view.region().settlements().size(); i++) {
            var a = view.access(i);
            if (a.travelTimeSeconds() != null && (!a.travelTimeSeconds().equals(a.travelTimeSecondsLow()) || !a.travelTimeSeconds().equals(a.travelTimeSecondsHigh())))
                return true;
        }
        return false;
    }

    /** Every settlement beyond the standard; with estimated times ({@code estimated} given) each time's range too. */
    static Table uncoveredTable(ReportText t, List<UncoveredSettlement> uncovered, RegionData region, CoverageView estimated) {
        Map<String, String> munName = new LinkedHashMap<>();
        region.municipalities().forEach(m -> munName.put(m.code(), areaName(t, m.nameBg(), m.nameEn(), m.code())));
        Map<String, Integer> index = new java.util.HashMap<>();
        if (estimated != null) for (int i = 0; i < estimated.region().settlements().size(); i++) index.put(estimated.region().settlements().get(i).id(), i);
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (UncoveredSettlement u : uncovered) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(rank++), u.name(), u.settlementId(), munName.getOrDefault(u.municipality(), u.municipality()),
                    t.integer(u.population()), !u.connected() ? t.get("notConnected")
                            : u.travelTimeSeconds() == null ? t.get("unreachable") : t.decimal(u.travelTimeSeconds() / 60.0, 1)));
            if (estimated != null) {
                Integer i = index.get(u.settlementId());
                var a = i == null ? null : estimated.access(i);
                row.add(a == null || a.travelTimeSecondsLow() == null ? "–"
                        : t.decimal(a.travelTimeSecondsLow() / 60.0, 0) + "–" + t.decimal(a.travelTimeSecondsHigh() / 60.0, 0));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(t.get("col.rank"), t.get("col.settlement"), t.get("col.ekatte"), t.get("col.municipality"),
                t.get("col.population"), t.get("col.time")));
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, false, false, true, true));
        if (estimated != null) {
            header.add(t.get("col.timeRange"));
            numeric.add(true);
        }
        return new Table(header, rows, numeric);
    }

    private static Table demographyTable(ReportText t, RegionData region, ProjectionResult p) {
        PopulationHistory h = PopulationHistory.of(region).orElseThrow();
        Map<String, double[]> series = municipalSeries(h);
        int horizon = p.horizonYear();
        List<String> header = List.of(t.get("col.municipality"), Integer.toString(h.firstYear()), "2011", Integer.toString(h.lastYear()),
                t.get("col.change"), t.format("col.projection", horizon), t.format("col.projectionChange", horizon));
        List<List<String>> rows = new ArrayList<>();
        double first = 0, y2011 = 0, last = 0;
        for (var m : region.municipalities()) {
            double[] v = series.get(m.code());
            if (v == null) continue;
            double a = v[0], mid = h.hasYear(2011) ? v[2011 - h.firstYear()] : Double.NaN, z = v[v.length - 1];
            long proj = p.totals().byMunicipality().getOrDefault(m.code(), 0L);
            first += a; y2011 += mid; last += z;
            rows.add(demographyRow(t, areaName(t, m.nameBg(), m.nameEn(), m.code()), a, mid, z, proj));
        }
        rows.add(demographyRow(t, t.get("total"), first, y2011, last, p.totals().total()));
        return new Table(header, rows, List.of(false, true, true, true, true, true, true));
    }

    private static List<String> demographyRow(ReportText t, String name, double first, double mid, double last, long proj) {
        return List.of(name, t.integer(Math.round(first)), Double.isNaN(mid) ? "–" : t.integer(Math.round(mid)), t.integer(Math.round(last)),
                first > 0 ? signed(t, (last - first) / first) : "–", t.integer(proj), last > 0 ? signed(t, (proj - last) / last) : "–");
    }

    static String signed(ReportText t, double share) { return (share > 0 ? "+" : share < 0 ? "−" : "") + t.percent(Math.abs(share)); }

    private static byte[] trendChart(ReportText t, RegionData region, ProjectionResult p) {
        PopulationHistory h = PopulationHistory.of(region).orElseThrow();
        Map<String, double[]> series = municipalSeries(h);
        Map<String, double[]> named = new LinkedHashMap<>();
        Map<String, Long> projection = new LinkedHashMap<>();
        for (var m : region.municipalities()) {
            if (!series.containsKey(m.code())) continue;
            String name = areaName(t, m.nameBg(), m.nameEn(), m.code());
            named.put(name, series.get(m.code()));
            projection.put(name, p.totals().byMunicipality().get(m.code()));
        }
        return ReportCharts.trend(named, h.firstYear(), projection, p.horizonYear(), t);
    }

    /** Yearly totals per municipality (missing settlement figures count 0). */
    static Map<String, double[]> municipalSeries(PopulationHistory h) {
        Map<String, double[]> out = new LinkedHashMap<>();
        int n = h.lastYear() - h.firstYear() + 1;
        for (UnitSeries u : h.units()) {
            double[] s = out.computeIfAbsent(u.municipality(), k -> new double[n]);
            double[] v = u.values();
            for (int i = 0; i < n; i++) if (!Double.isNaN(v[i])) s[i] += v[i];
        }
        return out;
    }

    private static Table scenarioTable(ReportText t, Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (AreaChange a : c.byMunicipality())
            rows.add(List.of(areaName(t, a.after().nameBg(), a.after().nameEn(), a.after().code()), t.integer(a.coveredPopulationBefore()),
                    t.integer(a.coveredPopulationAfter()), t.integer(a.settlementsGained()), t.integer(a.settlementsLost())));
        AreaChange x = c.total();
        rows.add(List.of(t.get("total"), t.integer(x.coveredPopulationBefore()), t.integer(x.coveredPopulationAfter()),
                t.integer(x.settlementsGained()), t.integer(x.settlementsLost())));
        return new Table(List.of(t.get("col.municipality"), t.pick("Обхванати преди", "Covered before"), t.pick("Обхванати след", "Covered after"),
                t.get("col.gained"), t.get("col.lost")), rows, List.of(false, true, true, true, true));
    }

    static String areaName(ReportText t, String bg, String en, String code) {
        String n = t.bg() ? bg : en;
        if (n == null || n.isBlank()) n = t.bg() ? en : bg;
        return n == null || n.isBlank() ? code : n;
    }
}
