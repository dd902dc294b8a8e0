package org.dostap.engine.population;

import org.dostap.engine.common.ProblemCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Population projection per settlement (docs/projection.md). The method is chosen by back-testing inside the fit
 * years: hold out the last H = min(horizon - T, 6, (T - F) / 2) fit years (F..T the fit years), fit every candidate
 * (each {@link TrendMethod}, with and without the {@link CensusRebasing 2011 re-basing}) on the rest and compare its
 * population-weighted absolute error per settlement in year T; a second split three years earlier is averaged in
 * when it leaves at least {@value ProjectionRequest#MIN_FIT_YEARS} fit years. The best candidate is then fitted on
 * F..T and projected to the horizon, raked across levels ({@link HierarchicalProjector}). Pure and deterministic.
 */
public final class ProjectionService {
    static final int MAX_HOLDOUT_YEARS = 6;
    static final int SECOND_SPLIT_SHIFT_YEARS = 3;
    static final double LOW_QUANTILE = 0.1;
    static final double HIGH_QUANTILE = 0.9;
    static final long[] SIZE_CLASSES = {0, 50, 200, 1000, 5000};
    static final int MIN_CLASS_SETTLEMENTS = 20;

    private record Candidate(TrendMethod method, boolean rebased) { }

    /** Field names the problems of {@link #check} carry in their column (callers rename them: an option, a request field). */
    public static final String HORIZON = "horizon", FIT_YEARS = "fit_years", REGION = "region";

    /** Checks a request against a history; each problem's column is {@link #HORIZON}, {@link #FIT_YEARS} or {@link #REGION}. */
    public void check(PopulationHistory history, ProjectionRequest r, ProblemCollector problems) {
        String data = history.firstYear() + "-" + history.lastYear();
        if (!history.hasYear(r.fitFromYear()) || !history.hasYear(r.fitToYear()) || r.fitToYear() < r.fitFromYear())
            problems.field(FIT_YEARS, "fit years " + r.fitFromYear() + "-" + r.fitToYear()
                    + " must lie inside the data's years " + data + " (FROM-TO, FROM before TO)");
        else if (r.fitToYear() - r.fitFromYear() + 1 < ProjectionRequest.MIN_FIT_YEARS)
            problems.field(FIT_YEARS, "at least " + ProjectionRequest.MIN_FIT_YEARS + " fit years are needed, got "
                    + (r.fitToYear() - r.fitFromYear() + 1));
        if (r.horizonYear() < history.firstYear())
            problems.field(HORIZON, "horizon " + r.horizonYear() + " is before the data (" + data + ")");
        else if (r.horizonYear() > ProjectionRequest.MAX_HORIZON_YEAR)
            problems.field(HORIZON, "horizon " + r.horizonYear() + " is beyond " + ProjectionRequest.MAX_HORIZON_YEAR);
        else if (r.horizonYear() <= r.fitToYear())
            problems.field(HORIZON, "horizon " + r.horizonYear() + " must come after the last fit year " + r.fitToYear());
        if (history.units().isEmpty()) problems.field(REGION, "the region has no settlements");
    }

    /** @throws org.dostap.engine.common.PlanningException INVALID_INPUT as {@link #check} */
    public ProjectionResult project(PopulationHistory history, ProjectionRequest r) {
        ProblemCollector problems = new ProblemCollector();
        check(history, r, problems);
        problems.throwIfAny();
        PopulationHistory fit = history.window(r.fitFromYear(), r.fitToYear());
        int first = r.fitFromYear(), last = r.fitToYear();
        int holdout = Math.max(1, Math.min(Math.min(r.horizonYear() - last, MAX_HOLDOUT_YEARS), (last - first) / 2));

        List<int[]> splits = new ArrayList<>();
        splits.add(new int[] {first, last - holdout, last});
        int shifted = last - holdout - SECOND_SPLIT_SHIFT_YEARS;
        if (shifted - first + 1 >= ProjectionRequest.MIN_FIT_YEARS)
            splits.add(new int[] {first, shifted, last - SECOND_SPLIT_SHIFT_YEARS});

        List<Candidate> candidates = new ArrayList<>();
        for (TrendMethod m : TrendMethod.values()) {
            candidates.add(new Candidate(m, false));
            if (m != TrendMethod.NO_CHANGE && CensusRebasing.applies(fit)) candidates.add(new Candidate(m, true));
        }
        double[] score = new double[candidates.size()];
        List<List<CandidateScore>> perSplit = new ArrayList<>();
        List<Projection[]> projections = new ArrayList<>();
        for (int[] s : splits) {
            PopulationHistory part = fit.window(s[0], s[1]);
            List<CandidateScore> scores = new ArrayList<>();
            Projection[] ps = new Projection[candidates.size()];
            for (int c = 0; c < candidates.size(); c++) {
                ps[c] = run(part, candidates.get(c), s[2]);
                ForecastError e = ForecastError.of(ps[c], fit, s[2]);
                scores.add(new CandidateScore(candidates.get(c).method().label(), candidates.get(c).rebased(), e));
                score[c] += e.settlementWeightedAbsError() / splits.size();
            }
            perSplit.add(scores);
            projections.add(ps);
        }
        int best = 0;
        for (int c = 1; c < candidates.size(); c++) if (score[c] < score[best] - 1e-12) best = c;
        Candidate chosen = candidates.get(best);

        List<BacktestSplit> backtests = new ArrayList<>();
        for (int i = 0; i < splits.size(); i++) {
            List<CandidateScore> scores = perSplit.get(i);
            backtests.add(new BacktestSplit(splits.get(i)[0], splits.get(i)[1], splits.get(i)[2], scores,
                    scores.get(best).error(), scores.get(0).error()));
        }
        ProjectionRange range = range(projections.get(0)[best], fit, last, holdout);

        CensusRebasing.Rebased rebased = chosen.rebased() ? CensusRebasing.apply(fit) : new CensusRebasing.Rebased(fit, Map.of());
        Projection projection = HierarchicalProjector.project(rebased.history(), chosen.method(), r.horizonYear());
        double exponent = (double) (r.horizonYear() - last) / holdout;
        List<ProjectedSettlement> rows = new ArrayList<>();
        for (UnitSeries u : fit.units()) {
            long p = projection.bySettlement().get(u.id());
            ProjectionRange.SizeClass k = range.classOf(p);
            long low = (long) Math.floor(p * Math.min(1, Math.pow(k.lowRatio(), exponent)));
            long high = (long) Math.ceil(p * Math.max(1, Math.pow(k.highRatio(), exponent)));
            rows.add(new ProjectedSettlement(u.id(), u.municipality(), p, low, high));
        }
        Optional<BacktestSplit> evaluation = Optional.empty();
        if (history.hasYear(r.horizonYear())) {
            Projection noChange = run(fit, new Candidate(TrendMethod.NO_CHANGE, false), r.horizonYear());
            ForecastError e = ForecastError.of(projection, history, r.horizonYear());
            evaluation = Optional.of(new BacktestSplit(first, last, r.horizonYear(),
                    List.of(new CandidateScore(chosen.method().label(), chosen.rebased(), e)),
                    e, ForecastError.of(noChange, history, r.horizonYear())));
        }
        return new ProjectionResult(chosen.method().label(), chosen.rebased(), first, last, r.horizonYear(), backtests, range,
                rows, projection, rebased.factorByMunicipality(), evaluation);
    }

    /** One candidate on a fit window, without choosing: for tests and comparisons. */
    public Projection project(PopulationHistory fit, TrendMethod method, boolean rebase2011, int horizonYear) {
        return run(fit, new Candidate(method, rebase2011), horizonYear);
    }

    private static Projection run(PopulationHistory fit, Candidate c, int horizonYear) {
        PopulationHistory h = c.rebased() ? CensusRebasing.apply(fit).history() : fit;
        return HierarchicalProjector.project(h, c.method(), horizonYear);
    }

    /** Quantiles of actual / projected per size class of the projection, in the split's target year. */
    static ProjectionRange range(Projection p, PopulationHistory actual, int targetYear, int holdout) {
        List<List<Double>> ratios = new ArrayList<>();
        for (int i = 0; i < SIZE_CLASSES.length; i++) ratios.add(new ArrayList<>());
        for (UnitSeries u : actual.units()) {
            double a = actual.value(u, targetYear);
            long f = p.bySettlement().getOrDefault(u.id(), 0L);
            if (Double.isNaN(a) || f <= 0) continue;
            int k = 0;
            for (int i = 0; i < SIZE_CLASSES.length; i++) if (f >= SIZE_CLASSES[i]) k = i;
            ratios.get(k).add(a / f);
        }
        // a class with fewer than MIN_CLASS_SETTLEMENTS settlements borrows the ratios of the next smaller classes (then larger)
        List<ProjectionRange.SizeClass> classes = new ArrayList<>();
        for (int i = 0; i < SIZE_CLASSES.length; i++) {
            List<Double> use = new ArrayList<>(ratios.get(i));
            for (int j = i - 1; j >= 0 && use.size() < MIN_CLASS_SETTLEMENTS; j--) use.addAll(ratios.get(j));
            for (int j = i + 1; j < SIZE_CLASSES.length && use.size() < MIN_CLASS_SETTLEMENTS; j++) use.addAll(ratios.get(j));
            double lo = use.isEmpty() ? 1 : quantile(use, LOW_QUANTILE);
            double hi = use.isEmpty() ? 1 : quantile(use, HIGH_QUANTILE);
            classes.add(new ProjectionRange.SizeClass(SIZE_CLASSES[i], ratios.get(i).size(), lo, hi));
        }
        return new ProjectionRange(LOW_QUANTILE, HIGH_QUANTILE, holdout, classes);
    }

    /** Linear interpolation between order statistics (type 7, as R and numpy by default). */
    static double quantile(List<Double> values, double q) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
