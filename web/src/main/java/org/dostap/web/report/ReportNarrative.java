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
        long within = total.populationWithin(), beyond = total.settlementsBeyond();
        s.append(t.pick(String.format("%s от %s (%s) %s в рамките на %d мин път до най-близкия %s; ",
                        t.integer(within), t.count(total.population(), "жител", "жители"), t.percent(total.shareWithin()),
                        ReportText.agree(within, "живее", "живеят"), thresholdMin, service),
                String.format("%s of %s (%s) %s within %d min of the nearest %s; ",
                        t.integer(within), t.count(total.population(), "resident", "residents"), t.percent(total.shareWithin()),
                        ReportText.agree(within, "lives", "live"), thresholdMin, service)));
        s.append(t.pick(String.format("%s с %s %s извън стандарта.", t.count(beyond, "населено място", "населени места"),
                        t.count(total.populationBeyond(), "жител", "жители"), ReportText.agree(beyond, "е", "са")),
                String.format("%s with %s %s beyond the standard.", t.count(beyond, "settlement", "settlements"),
                        t.count(total.populationBeyond(), "resident", "residents"), ReportText.agree(beyond, "is", "are"))));
        weakest(municipalities).ifPresent(w -> s.append(' ').append(t.pick(
                String.format("Най-слаб е достъпът в община %s: %s от населението в рамките на стандарта, %s извън него.",
                        ReportBuilder.areaName(t, w.nameBg(), w.nameEn(), w.code()), t.percent(w.shareWithin()),
                        t.count(w.populationBeyond(), "жител", "жители")),
                String.format("Access is weakest in %s municipality: %s of its population within the standard, %s beyond it.",
                        ReportBuilder.areaName(t, w.nameBg(), w.nameEn(), w.code()), t.percent(w.shareWithin()),
                        t.count(w.populationBeyond(), "resident", "residents")))));
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
        String s = t.pick(String.format("%s от %s %s цялото си население в рамките на %d мин.", t.integer(full),
                        t.count(municipalities.size(), "община", "общини"), ReportText.agree(full, "има", "имат"), thresholdMin),
                String.format("%s of %s %s population within %d min.", t.integer(full),
                        t.count(municipalities.size(), "municipality", "municipalities"), ReportText.agree(full, "has all of its", "have all of their"),
                        thresholdMin));
        if (!names.isEmpty())
            s += " " + t.pick("Под половината от населението в рамките на стандарта: " + String.join(", ", names) + ".",
                    "Less than half of the population within the standard: " + String.join(", ", names) + ".");
        return s + " " + t.pick("Показателите са базата (стойностите при преглед и целите се задават в раздела за мониторинг).",
                "These indicators are the baseline (review values and targets are set in the monitoring tab).");
    }

    static String bands(ReportText t, long[] bands, long population) {
        long over60 = bands[4], none = bands[5];
        long within30 = bands[0] + bands[1];
        return t.pick(String.format("%s (%s) %s в рамките на 30 мин, %s (%s) на повече от 60 мин, а %s %s достъп по пътя.",
                        t.count(within30, "жител", "жители"), t.percent(share(within30, population)), ReportText.agree(within30, "е", "са"),
                        t.integer(over60), t.percent(share(over60, population)), t.integer(none), ReportText.agree(none, "няма", "нямат")),
                String.format("%s (%s) %s within 30 min, %s (%s) more than 60 min away, and %s cannot reach a centre by road.",
                        t.count(within30, "resident", "residents"), t.percent(share(within30, population)), ReportText.agree(within30, "is", "are"),
                        t.integer(over60), t.percent(share(over60, population)), t.integer(none)));
    }

    static String uncovered(ReportText t, int thresholdMin, List<UncoveredSettlement> uncovered, RegionData region) {
        if (uncovered.isEmpty())
            return t.pick(String.format("Всички населени места са в рамките на %d мин.", thresholdMin),
                    String.format("Every settlement is within %d min.", thresholdMin));
        long people = uncovered.stream().mapToLong(UncoveredSettlement::population).sum();
        long empty = uncovered.stream().filter(u -> u.population() == 0).count();
        UncoveredSettlement top = uncovered.get(0);
        if (uncovered.size() == 1)
            return t.pick(String.format("%s е извън %d мин: %s (%s).", t.count(1, "населено място", "населени места"), thresholdMin, top.name(),
                            t.count(top.population(), "жител", "жители")),
                    String.format("%s is beyond %d min: %s (%s).", t.count(1, "settlement", "settlements"), thresholdMin, top.name(),
                            t.count(top.population(), "resident", "residents")));
        return t.pick(String.format("Всичките %s извън %d мин (%s), подредени по население; най-голямото е %s (%s). %s от тях %s жители.",
                        t.count(uncovered.size(), "населено място", "населени места"), thresholdMin, t.count(people, "жител", "жители"), top.name(),
                        t.count(top.population(), "жител", "жители"), t.integer(empty), ReportText.agree(empty, "няма", "нямат")),
                String.format("All %s beyond %d min (%s), ranked by population; the largest is %s (%s). %s of them %s no residents.",
                        t.count(uncovered.size(), "settlement", "settlements"), thresholdMin, t.count(people, "resident", "residents"), top.name(),
                        t.count(top.population(), "resident", "residents"), t.integer(empty), ReportText.agree(empty, "has", "have")));
    }

    static String demographySummary(ReportText t, RegionData region, ProjectionResult p) {
        PopulationHistory h = PopulationHistory.of(region).orElseThrow();
        double first = sum(h, h.firstYear()), last = sum(h, h.lastYear());
        return t.pick(String.format("Населението се е променило с %s от %d до %d (%s → %s); прогнозата за %d е %s (%s спрямо %d).",
                        ReportBuilder.signed(t, (last - first) / first), h.firstYear(), h.lastYear(), t.integer(Math.round(first)), t.integer(Math.round(last)),
                        p.horizonYear(), t.count(p.totals().total(), "жител", "жители"), ReportBuilder.signed(t, (p.totals().total() - last) / last), h.lastYear()),
                String.format("The population changed by %s from %d to %d (%s → %s); the projection for %d is %s (%s against %d).",
                        ReportBuilder.signed(t, (last - first) / first), h.firstYear(), h.lastYear(), t.integer(Math.round(first)), t.integer(Math.round(last)),
                        p.horizonYear(), t.count(p.totals().total(), "resident", "residents"), ReportBuilder.signed(t, (p.totals().total() - last) / last), h.lastYear()));
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
                        methodName(t, p.method()), p.censusRebased() ? ", с корекция за преброяването 2011" : "", bt.fitFromYear(), bt.fitToYear(), bt.targetYear(),
                        t.percent(bt.chosen().settlementWeightedAbsError()), t.percent(bt.chosen().municipalityWeightedAbsError()),
                        t.percent(bt.noChange().settlementWeightedAbsError())),
                String.format("Projection method: %s%s, chosen by back-testing (%d–%d → %d: error %s per settlement and %s per municipality; no change: %s).",
                        methodName(t, p.method()), p.censusRebased() ? ", 2011 census re-based" : "", bt.fitFromYear(), bt.fitToYear(), bt.targetYear(),
                        t.percent(bt.chosen().settlementWeightedAbsError()), t.percent(bt.chosen().municipalityWeightedAbsError()),
                        t.percent(bt.noChange().settlementWeightedAbsError())));
        return s;
    }

    /** A projection method's name in the report's language (the files' ids, e.g. {@code geometric}, are not words of the report). */
    static String methodName(ReportText t, String method) {
        return switch (method) {
            case "no-change" -> t.pick("без промяна", "no change");
            case "linear" -> t.pick("линейна тенденция", "linear trend");
            case "geometric" -> t.pick("геометрична тенденция (постоянен годишен темп)", "geometric trend (constant annual rate)");
            case "damped" -> t.pick("затихваща тенденция", "damped trend");
            case "share-of-municipality" -> t.pick("дял от общината", "share of the municipality");
            default -> method;
        };
    }

    /** An optimization problem's name as the page's Optimize tab gives it (i18n.js {@code opt.problem.*}), not its id. */
    static String problemName(ReportText t, String problem) {
        return switch (problem == null ? "" : problem) {
            case "mclp" -> t.pick("максимално покритие, MCLP", "maximal coverage, MCLP");
            case "p-median" -> t.pick("най-малко средно време, p-медиана", "least average time, p-median");
            case "lscp" -> t.pick("най-малко центрове за всички, LSCP", "fewest centres for all, LSCP");
            case "p-center" -> t.pick("най-малко най-лошо време, p-център", "least worst time, p-center");
            case "capacitated-p-median" -> t.pick("средно време при капацитет, p-медиана", "least average time with capacities");
            case "capacitated-coverage" -> t.pick("покритие при капацитет", "coverage with capacities");
            default -> problem;
        };
    }

    static String scenario(ReportText t, String name, int edits, AreaChange total, int thresholdMin) {
        String n = name == null || name.isBlank() ? t.pick("без име", "unnamed") : name;
        int gained = total.settlementsGained(), lost = total.settlementsLost();
        return t.pick(String.format("Сценарий „%s“ (%s): обхванатите в рамките на %d мин са %s вместо %s; %s %s, %s %s достъп.",
                        n, t.count(edits, "промяна", "промени"), thresholdMin, t.integer(total.coveredPopulationAfter()),
                        t.integer(total.coveredPopulationBefore()), t.count(gained, "населено място", "населени места"),
                        ReportText.agree(gained, "придобива", "придобиват"), t.integer(lost), ReportText.agree(lost, "губи", "губят")),
                String.format("Scenario \"%s\" (%s): %s within %d min instead of %s; %s %s and %s %s access.",
                        n, t.count(edits, "edit", "edits"), t.count(total.coveredPopulationAfter(), "resident", "residents"), thresholdMin,
                        t.integer(total.coveredPopulationBefore()), t.count(gained, "settlement", "settlements"), ReportText.agree(gained, "gains", "gain"),
                        t.integer(lost), ReportText.agree(lost, "loses", "lose")));
    }

    static List<String> provenance(ReportText t, CoverageProvenance p, Optional<ProjectionResult> projection) {
        List<String> out = new ArrayList<>();
        // the bundled data's sources are cited as published (in English); the Bulgarian report says what they are first, and
        // the illustrative facilities get their own Bulgarian sentence below instead of the English one of the provenance
        String data = t.pick(p.dataProvenance().replaceAll(" ?Facilities: ILLUSTRATIVE.*$", ""), p.dataProvenance());
        out.add(t.pick("Данни: НСИ (регистър ЕКАТТЕ, население по населени места), ГРАО, OpenStreetMap. Източници, както са публикувани: ", "Data: ") + data);
        out.add(t.pick("Население: колона ", "Population: column ") + p.populationColumn() + ".");
        if (p.travelMode() != null)
            out.add(t.pick("Придвижване: ", "Travel mode: ") + ("foot".equals(p.travelMode()) ? t.pick("пеша", "on foot")
                    : "car".equals(p.travelMode()) ? t.pick("с автомобил", "by car") : p.travelMode()) + ".");
        if ("estimated".equals(p.travelTimeSource()))
            out.add(t.pick("Времената за път са ОЦЕНЕНИ, не по пътната мрежа: разстояние по права × коефициент на заобикаляне / скорост, по класове разстояние, с диапазон (бавни–бързи пътища), docs/estimate.md. ",
                            "Travel times are ESTIMATED, not over the road network: " + p.travelTimeDescription() + ".") + t.pick(" Реалните времена по планински пътища могат да са значително по-дълги; заредете пътна мрежа (OpenStreetMap) за времена по пътя.",
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
                            + " мин " + ReportText.agree(total.populationWithin(), "е", "са") + " " + t.count(total.populationWithin(), "човек", "души") + ".",
                    "Times are estimated (the estimate has no spread against real road times): " + t.count(total.populationWithin(), "person", "people")
                            + " " + ReportText.agree(total.populationWithin(), "lives", "live") + " within " + thresholdMin + " min."));
        return Optional.of(t.pick("Времената са оценени: в рамките на " + thresholdMin + " мин са между " + t.integer(total.populationWithinLow())
                        + " (ако пътищата са бавни) и " + t.count(total.populationWithinHigh(), "човек", "души") + " (ако са бързи); оценката е "
                        + t.integer(total.populationWithin()) + ".",
                "Times are estimated: between " + t.integer(total.populationWithinLow()) + " (if the roads are slow) and "
                        + t.count(total.populationWithinHigh(), "person", "people") + " (if they are fast) live within " + thresholdMin + " min; the estimate is "
                        + t.integer(total.populationWithin()) + "."));
    }

    static String monitoring(ReportText t, MonitoringIndicators m, int thresholdMin) {
        MonitoringIndicators.Row r = m.areas().get(0);
        StringBuilder b = new StringBuilder(t.pick("База: население " + m.baselinePopulation() + " и "
                        + (m.baselineEdits() == 0 ? "сегашните центрове" : t.count(m.baselineEdits(), "промяна", "промени"))
                        + ", " + t.percent(r.baseline().shareWithin()) + " в рамките на " + thresholdMin + " мин.",
                "Baseline: population " + m.baselinePopulation() + " and " + (m.baselineEdits() == 0 ? "the current centres" : t.count(m.baselineEdits(), "edit", "edits"))
                        + ", " + t.percent(r.baseline().shareWithin()) + " within " + thresholdMin + " min."));
        if (r.review() != null)
            b.append(t.pick(" Преглед: население " + m.reviewPopulation() + (m.reviewEdits() > 0 ? " с " + t.count(m.reviewEdits(), "промяна", "промени") + " на сценария" : "")
                            + ", " + t.percent(r.review().shareWithin()) + ".",
                    " Review: population " + m.reviewPopulation() + (m.reviewEdits() > 0 ? " with the scenario's " + t.count(m.reviewEdits(), "edit", "edits") : "")
                            + ", " + t.percent(r.review().shareWithin()) + "."));
        long withTarget = m.areas().stream().filter(a -> a.targetShare() != null).count();
        // over the estimate's range: an area whose range straddles the target is neither met nor missed (TargetStatus)
        long missed = m.areas().stream().filter(a -> a.latestTargetStatus() == org.dostap.web.indicators.TargetStatus.NOT_MET).count();
        long uncertain = m.areas().stream().filter(a -> a.latestTargetStatus() == org.dostap.web.indicators.TargetStatus.UNCERTAIN).count();
        if (withTarget > 0)
            b.append(t.pick(" Цел е зададена за " + t.integer(withTarget) + " от " + t.count(m.areas().size(), "област/община", "области/общини") + "; "
                            + t.integer(missed) + " " + ReportText.agree(missed, "не я достига", "не я достигат")
                            + (uncertain == 0 ? "" : ", а за " + t.integer(uncertain) + " е несигурно дали я " + ReportText.agree(uncertain, "достига", "достигат")
                                    + " (обхватът на оценката обхваща целта)") + ".",
                    " A target is set for " + t.integer(withTarget) + " of " + t.count(m.areas().size(), "area", "areas") + "; " + t.integer(missed)
                            + " " + ReportText.agree(missed, "misses", "miss") + " it"
                            + (uncertain == 0 ? "" : ", and for " + t.integer(uncertain) + " it is uncertain (the estimate's range straddles the target)") + "."));
        return b.toString();
    }

    static String optimization(ReportText t, ReportResults.Optimization o) {
        long added = o.sites().stream().filter(x -> !x.existing()).count();
        String gap = o.gap() == null ? "–" : t.percent(o.gap());
        return t.pick("Оптимизация (" + problemName(t, o.problem()) + "): " + t.count(added, "ново място", "нови места") + "; в рамките на стандарта: "
                        + t.count(o.withinBefore(), "човек", "души") + " преди и " + t.integer(o.withinAfter()) + " след (+" + t.integer(o.gained())
                        + gainRange(t, o) + "). Разлика до доказания оптимум (gap): " + gap + (o.provenOptimal() ? ", решението е доказано оптимално." : ".")
                        + ("foot".equals(o.travelMode()) ? " Времената и стандартът са пеша." : ""),
                "Optimization (" + problemName(t, o.problem()) + "): " + t.count(added, "new site", "new sites") + "; " + t.count(o.withinBefore(), "person", "people")
                        + " within the standard before and " + t.integer(o.withinAfter()) + " after (+" + t.integer(o.gained()) + gainRange(t, o) + "). Gap to the proven bound: "
                        + gap + (o.provenOptimal() ? ", the solution is proven optimal." : ".")
                        + ("foot".equals(o.travelMode()) ? " Times and the standard are on foot." : ""));
    }

    /** The gain's range on estimated times (roads slow to fast), as coverage gives its counts; nothing with road times. */
    static String gainRange(ReportText t, ReportResults.Optimization o) {
        if (o.gainedLow() == o.gainedHigh()) return "";
        return t.pick("; оценка: от " + signed(t, o.gainedLow()) + " до " + signed(t, o.gainedHigh()) + " при бавни / бързи пътища",
                "; estimate range " + signed(t, o.gainedLow()) + " to " + signed(t, o.gainedHigh()) + ", roads slow to fast");
    }

    private static String signed(ReportText t, long n) { return (n > 0 ? "+" : n < 0 ? "−" : "") + t.integer(Math.abs(n)); }

    static String mobile(ReportText t, ReportResults.MobilePlan p) {
        int teams = p.teams().size();
        return t.pick(t.count(teams, "мобилен екип", "мобилни екипа") + " " + ReportText.agree(teams, "посещава", "посещават") + " "
                        + t.count(p.settlementsServed(), "населено място", "населени места") + " (" + t.count(p.populationServed(), "човек", "души") + ") за "
                        + t.count(p.horizonWeeks(), "седмица", "седмици") + ": " + t.count(p.visits(), "посещение", "посещения") + ", "
                        + t.count(p.teamDays(), "работен ден", "работни дни") + ", " + t.decimal(p.km(), 0) + " км. Необслужени: "
                        + t.count(p.settlementsUnserved(), "място", "места") + " (" + t.count(p.populationUnserved(), "човек", "души") + ")."
                        + ("foot".equals(p.accessMode()) ? " Селищата без достъп са преценени пеша; екипите пътуват с кола." : ""),
                t.count(teams, "mobile team", "mobile teams") + " " + ReportText.agree(teams, "visits", "visit") + " "
                        + t.count(p.settlementsServed(), "settlement", "settlements") + " (" + t.count(p.populationServed(), "person", "people") + ") over "
                        + t.count(p.horizonWeeks(), "week", "weeks") + ": " + t.count(p.visits(), "visit", "visits") + ", "
                        + t.count(p.teamDays(), "team-day", "team-days") + ", " + t.decimal(p.km(), 0) + " km. Unserved: "
                        + t.count(p.settlementsUnserved(), "settlement", "settlements") + " (" + t.count(p.populationUnserved(), "person", "people") + ")."
                        + ("foot".equals(p.accessMode()) ? " The settlements without access are judged on foot; the teams drive." : ""));
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
