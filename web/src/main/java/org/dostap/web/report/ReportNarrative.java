package org.dostap.web.report;

import org.dostap.engine.coverage.CoverageProvenance;
import org.dostap.engine.coverage.UncoveredSettlement;
import org.dostap.engine.population.PopulationHistory;
import org.dostap.engine.population.ProjectionResult;
import org.dostap.engine.region.RegionData;
import org.dostap.web.analysis.AreaChange;
import org.dostap.web.indicators.AccessIndicators;
import org.dostap.web.indicators.MonitoringIndicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The short generated text of each section, from its figures only (no judgement the figures do not carry). */
final class ReportNarrative {
    private ReportNarrative() { }

    static String summary(ReportText t, String service, int thresholdMin, AccessIndicators total, List<AccessIndicators> municipalities,
                          String regionCode) {
        StringBuilder s = new StringBuilder();
        s.append(t.pick(String.format("%s от %s жители (%s) живеят в рамките на %d мин път до най-близкия %s; ",
                        t.integer(total.populationWithin()), t.integer(total.population()), t.percent(total.shareWithin()), thresholdMin, service),
                String.format("%s of %s residents (%s) live within %d min of the nearest %s; ",
                        t.integer(total.populationWithin()), t.integer(total.population()), t.percent(total.shareWithin()), thresholdMin, service)));
        s.append(t.pick(String.format("%s населени места с %s жители са извън стандарта.", t.integer(total.settlementsBeyond()),
                        t.integer(total.populationBeyond())),
                String.format("%s settlements with %s residents are beyond the standard.", t.integer(total.settlementsBeyond()),
                        t.integer(total.populationBeyond()))));
        weakest(municipalities).ifPresent(w -> s.append(' ').append(t.pick(
                String.format("Най-слаб е достъпът в община %s: %s от населението в рамките на стандарта, %s жители извън него.",
                        ReportBuilder.areaName(t, w.nameBg(), w.nameEn(), w.code()), t.percent(w.shareWithin()), t.integer(w.populationBeyond())),
                String.format("Access is weakest in %s municipality: %s of its population within the standard, %s residents beyond it.",
                        ReportBuilder.areaName(t, w.nameBg(), w.nameEn(), w.code()), t.percent(w.shareWithin()), t.integer(w.populationBeyond())))));
        if (total.meanMinutes() != null)
            s.append(' ').append(t.pick(String.format("Средното време за път (претеглено с населението) е %s мин, а 90-ият персентил %s мин.",
                            t.decimal(total.meanMinutes(), 1), t.decimal(total.p90Minutes(), 1)),
                    String.format("The population-weighted mean travel time is %s min, the 90th percentile %s min.",
                            t.decimal(total.meanMinutes(), 1), t.decimal(total.p90Minutes(), 1))));
        return s.toString();
    }

    static Optional<AccessIndicators> weakest(List<AccessIndicators> municipalities) {
        return municipalities.stream().filter(a -> a.population() > 0 && a.populationBeyond() > 0) // none when all are within the standard
                .min(Comparator.comparingDouble(AccessIndicators::shareWithin).thenComparing(a -> -a.populationBeyond()));
    }

    static String municipal(ReportText t, int thresholdMin, List<AccessIndicators> municipalities) {
        long full = municipalities.stream().filter(a -> a.population() > 0 && a.populationBeyond() == 0).count();
        List<AccessIndicators> below = municipalities.stream().filter(a -> a.population() > 0 && a.shareWithin() < 0.5)
                .sorted(Comparator.comparingDouble(AccessIndicators::shareWithin)).toList();
        List<String> names = new ArrayList<>();
        below.forEach(a -> names.add(ReportBuilder.areaName(t, a.nameBg(), a.nameEn(), a.code()) + " (" + t.percent(a.shareWithin()) + ")"));
        String s = t.pick(String.format("%d от %d общини имат цялото си население в рамките на %d мин.", full, municipalities.size(), thresholdMin),
                String.format("%d of %d municipalities have all of their population within %d min.", full, municipalities.size(), thresholdMin));
        if (!names.isEmpty())
            s += " " + t.pick("Под половината от населението в рамките на стандарта: " + String.join(", ", names) + ".",
                    "Less than half of the population within the standard: " + String.join(", ", names) + ".");
        return s + " " + t.pick("Показателите са базата (стойностите при преглед и целите се задават в раздела за мониторинг).",
                "These indicators are the baseline (review values and targets are set in the monitoring tab).");
    }

    static String bands(ReportText t, long[] bands, long population) {
        long over60 = bands[4], none = bands[5];
        long within30 = bands[0] + bands[1];
        return t.pick(String.format("%s жители (%s) са в рамките на 30 мин, %s (%s) на повече от 60 мин, а %s нямат достъп по пътя.",
                        t.integer(within30), t.percent(share(within30, population)), t.integer(over60), t.percent(share(over60, population)), t.integer(none)),
                String.format("%s residents (%s) are within 30 min, %s (%s) more than 60 min away, and %s cannot reach a centre by road.",
                        t.integer(within30), t.percent(share(within30, population)), t.integer(over60), t.percent(share(over60, population)), t.integer(none)));
    }

    static String uncovered(ReportText t, int thresholdMin, List<UncoveredSettlement> uncovered, RegionData region) {
        if (uncovered.isEmpty())
            return t.pick(String.format("Всички населени места са в рамките на %d мин.", thresholdMin),
                    String.format("Every settlement is within %d min.", thresholdMin));
        long people = uncovered.stream().mapToLong(UncoveredSettlement::population).sum();
        long empty = uncovered.stream().filter(u -> u.population() == 0).count();
        UncoveredSettlement top = uncovered.get(0);
        return t.pick(String.format("Всичките %d населени места извън %d мин (%s жители), подредени по население; най-голямото е %s (%s жители). %d от тях нямат жители.",
                        uncovered.size(), thresholdMin, t.integer(people), top.name(), t.integer(top.population()), empty),
                String.format("All %d settlements beyond %d min (%s residents), ranked by population; the largest is %s (%s residents). %d of them have no residents.",
                        uncovered.size(), thresholdMin, t.integer(people), top.name(), t.integer(top.population()), empty));
    }

    static String demographySummary(ReportText t, RegionData region, ProjectionResult p) {
        PopulationHistory h = PopulationHistory.of(region).orElseThrow();
        double first = sum(h, h.firstYear()), last = sum(h, h.lastYear());
        return t.pick(String.format("Населението се е променило с %s от %d до %d (%s → %s); прогнозата за %d е %s жители (%s спрямо %d).",
                        ReportBuilder.signed(t, (last - first) / first), h.firstYear(), h.lastYear(), t.integer(Math.round(first)), t.integer(Math.round(last)),
                        p.horizonYear(), t.integer(p.totals().total()), ReportBuilder.signed(t, (p.totals().total() - last) / last), h.lastYear()),
                String.format("The population changed by %s from %d to %d (%s → %s); the projection for %d is %s residents (%s against %d).",
                        ReportBuilder.signed(t, (last - first) / first), h.firstYear(), h.lastYear(), t.integer(Math.round(first)), t.integer(Math.round(last)),
                        p.horizonYear(), t.integer(p.totals().total()), ReportBuilder.signed(t, (p.totals().total() - last) / last), h.lastYear()));
    }

    static String demography(ReportText t, RegionData region, ProjectionResult p) {
        PopulationHistory h = PopulationHistory.of(region).orElseThrow();
        Map<String, double[]> series = ReportBuilder.municipalSeries(h);
        String fastest = null;
        double worst = Double.MAX_VALUE;
        for (var m : region.municipalities()) {
            double[] v = series.get(m.code());
            if (v == null || v[0] <= 0) continue;
            double change = (v[v.length - 1] - v[0]) / v[0];
            if (change < worst) {
                worst = change;
                fastest = ReportBuilder.areaName(t, m.nameBg(), m.nameEn(), m.code());
            }
        }
        var bt = p.backtests().get(0);
        String s = demographySummary(t, region, p);
        if (fastest != null)
            s += " " + t.pick(String.format("Най-бързо намалява община %s (%s от %d до %d).", fastest, ReportBuilder.signed(t, worst), h.firstYear(), h.lastYear()),
                    String.format("%s municipality shrinks fastest (%s from %d to %d).", fastest, ReportBuilder.signed(t, worst), h.firstYear(), h.lastYear()));
        s += " " + t.pick(String.format("Метод на прогнозата: %s%s, избран чрез обратна проверка (%d–%d → %d: грешка %s по населени места и %s по общини; без промяна: %s).",
                        p.method(), p.censusRebased() ? ", с корекция за преброяването 2011" : "", bt.fitFromYear(), bt.fitToYear(), bt.targetYear(),
                        t.percent(bt.chosen().settlementWeightedAbsError()), t.percent(bt.chosen().municipalityWeightedAbsError()),
                        t.percent(bt.noChange().settlementWeightedAbsError())),
                String.format("Projection method: %s%s, chosen by back-testing (%d–%d → %d: error %s per settlement and %s per municipality; no change: %s).",
                        p.method(), p.censusRebased() ? ", 2011 census re-based" : "", bt.fitFromYear(), bt.fitToYear(), bt.targetYear(),
                        t.percent(bt.chosen().settlementWeightedAbsError()), t.percent(bt.chosen().municipalityWeightedAbsError()),
                        t.percent(bt.noChange().settlementWeightedAbsError())));
        return s;
    }

    static String scenario(ReportText t, String name, int edits, AreaChange total, int thresholdMin) {
        String n = name == null || name.isBlank() ? t.pick("без име", "unnamed") : name;
        return t.pick(String.format("Сценарий „%s“ (%d промени): обхванатите в рамките на %d мин са %s вместо %s; %d населени места придобиват, %d губят достъп.",
                        n, edits, thresholdMin, t.integer(total.coveredPopulationAfter()), t.integer(total.coveredPopulationBefore()),
                        total.settlementsGained(), total.settlementsLost()),
                String.format("Scenario \"%s\" (%d edits): %s residents within %d min instead of %s; %d settlements gain and %d lose access.",
                        n, edits, t.integer(total.coveredPopulationAfter()), thresholdMin, t.integer(total.coveredPopulationBefore()),
                        total.settlementsGained(), total.settlementsLost()));
    }

    static List<String> provenance(ReportText t, CoverageProvenance p, Optional<ProjectionResult> projection) {
        List<String> out = new ArrayList<>();
        out.add(t.pick("Данни: ", "Data: ") + p.dataProvenance());
        out.add(t.pick("Население: колона ", "Population: column ") + p.populationColumn() + ".");
        if (p.travelMode() != null)
            out.add(t.pick("Придвижване: ", "Travel mode: ") + ("foot".equals(p.travelMode()) ? t.pick("пеша", "on foot")
                    : "car".equals(p.travelMode()) ? t.pick("с автомобил", "by car") : p.travelMode()) + ".");
        if ("estimated".equals(p.travelTimeSource()))
            out.add(t.pick("Времената за път са ОЦЕНЕНИ, не по пътната мрежа: ", "Travel times are ESTIMATED, not over the road network: ")
                    + p.travelTimeDescription() + t.pick(" Реалните времена по планински пътища могат да са значително по-дълги; заредете пътна мрежа (OpenStreetMap) за времена по пътя.",
                    " Real times on mountain roads can be considerably longer; load a road network (OpenStreetMap) for road times."));
        else
            out.add(t.pick("Времена за път: ", "Travel times: ") + p.travelTimeDescription());
        if (p.facilitiesIllustrative())
            out.add(t.pick("Центровете са ИЛЮСТРАТИВНА базова мрежа, изведена по правило (по един ЦОП във всеки общински център; кризисен център и ЦСРИ в областния център), а не регистър на реални услуги. Заменете ги със свой файл.",
                    "The centres are an ILLUSTRATIVE baseline derived by a rule (a Community Support Centre in each municipal seat; a Crisis Centre and a rehabilitation centre in the provincial seat), not a register of real services. Replace them with your own file."));
        projection.ifPresent(pr -> out.add(t.pick("Прогнозата е тенденция на данните на НСИ (без кохорти: раждания, смъртност и миграция по възраст); диапазоните и методът са описани в docs/projection.md.",
                "The projection extends the trend of NSI's figures (no cohorts: births, deaths and migration by age); ranges and method in docs/projection.md.")));
        out.add(t.pick("Картите съдържат данни © OpenStreetMap contributors (ODbL 1.0). Софтуер: ", "Maps contain data © OpenStreetMap contributors (ODbL 1.0). Software: ")
                + p.softwareVersion() + ".");
        return out;
    }

    /** The estimate's range of the people within the standard (estimated times only, else empty). */
    static Optional<String> range(ReportText t, AccessIndicators total, String travelTimeSource, int thresholdMin) {
        if (!"estimated".equals(travelTimeSource)) return Optional.empty();
        if (total.populationWithinLow() == total.populationWithinHigh()) // an estimate without spread: one figure, as the map's banner
            return Optional.of(t.pick("Времената са оценени (оценката няма разсейване спрямо реални пътни времена): в рамките на " + thresholdMin
                            + " мин са " + t.integer(total.populationWithin()) + " души.",
                    "Times are estimated (the estimate has no spread against real road times): " + t.integer(total.populationWithin())
                            + " people live within " + thresholdMin + " min."));
        return Optional.of(t.pick("Времената са оценени: в рамките на " + thresholdMin + " мин са между " + t.integer(total.populationWithinLow())
                        + " (ако пътищата са бавни) и " + t.integer(total.populationWithinHigh()) + " души (ако са бързи); оценката е "
                        + t.integer(total.populationWithin()) + ".",
                "Times are estimated: between " + t.integer(total.populationWithinLow()) + " (if the roads are slow) and "
                        + t.integer(total.populationWithinHigh()) + " people (if they are fast) live within " + thresholdMin + " min; the estimate is "
                        + t.integer(total.populationWithin()) + "."));
    }

    static String monitoring(ReportText t, MonitoringIndicators m, int thresholdMin) {
        MonitoringIndicators.Row r = m.areas().get(0);
        StringBuilder b = new StringBuilder(t.pick("База: население " + m.baselinePopulation() + " и " + (m.baselineEdits() == 0 ? "сегашните центрове" : m.baselineEdits() + " промени")
                + ", " + t.percent(r.baseline().shareWithin()) + " в рамките на " + thresholdMin + " мин.",
                "Baseline: population " + m.baselinePopulation() + " and " + (m.baselineEdits() == 0 ? "the current centres" : m.baselineEdits() + " edits")
                        + ", " + t.percent(r.baseline().shareWithin()) + " within " + thresholdMin + " min."));
        if (r.review() != null)
            b.append(t.pick(" Преглед: население " + m.reviewPopulation() + (m.reviewEdits() > 0 ? " с " + m.reviewEdits() + " промени на сценария" : "")
                            + ", " + t.percent(r.review().shareWithin()) + ".",
                    " Review: population " + m.reviewPopulation() + (m.reviewEdits() > 0 ? " with the scenario's " + m.reviewEdits() + " edits" : "")
                            + ", " + t.percent(r.review().shareWithin()) + "."));
        long withTarget = m.areas().stream().filter(a -> a.targetShare() != null).count();
        long missed = m.areas().stream().filter(a -> Boolean.FALSE.equals(a.review() != null ? a.reviewMeetsTarget() : a.baselineMeetsTarget())).count();
        if (withTarget > 0)
            b.append(t.pick(" Цел е зададена за " + withTarget + " от " + m.areas().size() + " области/общини; " + missed + " не я достигат.",
                    " A target is set for " + withTarget + " of " + m.areas().size() + " areas; " + missed + " miss it."));
        return b.toString();
    }

    static String optimization(ReportText t, ReportResults.Optimization o) {
        long added = o.sites().stream().filter(x -> !x.existing()).count();
        String gap = o.gap() == null ? "–" : t.percent(o.gap());
        return t.pick("Оптимизация (" + o.problem() + "): " + added + " нови места; в рамките на стандарта са " + t.integer(o.withinBefore()) + " души преди и "
                        + t.integer(o.withinAfter()) + " след (+" + t.integer(o.gained()) + "). Разлика до доказания оптимум (gap): " + gap
                        + (o.provenOptimal() ? ", решението е доказано оптимално." : "."),
                "Optimization (" + o.problem() + "): " + added + " new sites; " + t.integer(o.withinBefore()) + " people within the standard before and "
                        + t.integer(o.withinAfter()) + " after (+" + t.integer(o.gained()) + "). Gap to the proven bound: " + gap
                        + (o.provenOptimal() ? ", the solution is proven optimal." : "."));
    }

    static String mobile(ReportText t, ReportResults.MobilePlan p) {
        return t.pick(p.teams().size() + " мобилни екипа посещават " + t.integer(p.settlementsServed()) + " населени места (" + t.integer(p.populationServed())
                        + " души) за " + p.horizonWeeks() + " седмици: " + t.integer(p.visits()) + " посещения, " + t.integer(p.teamDays()) + " работни дни, "
                        + t.decimal(p.km(), 0) + " км. Необслужени: " + t.integer(p.settlementsUnserved()) + " места (" + t.integer(p.populationUnserved()) + " души).",
                p.teams().size() + " mobile teams visit " + t.integer(p.settlementsServed()) + " settlements (" + t.integer(p.populationServed())
                        + " people) over " + p.horizonWeeks() + " weeks: " + t.integer(p.visits()) + " visits, " + t.integer(p.teamDays()) + " team-days, "
                        + t.decimal(p.km(), 0) + " km. Unserved: " + t.integer(p.settlementsUnserved()) + " settlements (" + t.integer(p.populationUnserved()) + " people).");
    }

    /** Where a tabulated result came from: the file, the server's job or plan, when it was computed, with which parameters. */
    static String source(ReportText t, ReportResults.Source s) {
        String ref = s.reference() == null ? "" : s.reference();
        String origin = switch (s.kind()) {
            case ReportResults.Source.JOB -> t.pick("задача за оптимизация " + ref + " на сървъра (раздел „Оптимизация“ в картата)",
                    "optimization job " + ref + " on the server (the map's Optimize tab)");
            case ReportResults.Source.PLAN -> t.pick("план за мобилни екипи " + ref + " на сървъра (раздел „Мобилни екипи“ в картата)",
                    "mobile plan " + ref + " on the server (the map's Mobile teams tab)");
            default -> t.pick("файл " + ref, "file " + ref);
        };
        StringBuilder b = new StringBuilder(t.pick("Източник: ", "Source: ")).append(origin);
        if (s.runAt() != null)
            b.append(t.pick(ReportResults.Source.JOB.equals(s.kind()) ? ", изчислена на " : ", изчислен на ", ", computed on ")).append(when(s.runAt()));
        if (!s.parameters().isEmpty()) {
            List<String> p = new ArrayList<>();
            s.parameters().forEach((k, v) -> p.add(k + " = " + v));
            b.append(t.pick("; параметри: ", "; parameters: ")).append(String.join("; ", p));
        }
        return b.append('.').toString();
    }

    private static String when(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
                    .format(java.time.Instant.parse(iso).atZone(java.time.ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static double sum(PopulationHistory h, int year) {
        double s = 0;
        for (var u : h.units()) {
            double v = h.value(u, year);
            if (!Double.isNaN(v)) s += v;
        }
        return s;
    }

    private static double share(long part, long whole) { return whole == 0 ? 0 : (double) part / whole; }
}
