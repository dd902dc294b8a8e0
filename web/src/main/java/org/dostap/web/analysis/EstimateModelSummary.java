package org.dostap.web.analysis;

import org.dostap.engine.traveltime.DistanceBand;
import org.dostap.engine.traveltime.EstimateModel;
import org.dostap.engine.traveltime.ModeEstimate;

import java.util.List;

/**
 * The estimate's parameters and where they were fitted, at the edges (km, km/h), for the API and summary.json alike. {@code used}: {@code times} when
 * the outputs' times are this estimate; {@code report} when the times are road times and the model was fitted on that
 * road network to show how far the estimate would be off.
 */
public record EstimateModelSummary(String used, String source, String fittedOn, String method, List<NetworkJson> networks,
                                List<ModeJson> modes) {
    public record NetworkJson(String osmFile, String osmFileSha256, String osmDataDate, int places, List<PairsJson> pairs) { }

    public record PairsJson(String mode, int pairs, double minCrowKm, double maxCrowKm) { }

    public record ModeJson(String mode, List<BandJson> bands) { }

    /** One distance band: straight-line km range, pairs, median km, detour factor, speed, p10/p90 of road / estimate. */
    public record BandJson(double fromKm, double toKm, int pairs, double medianCrowKm, double detourFactor,
                           double speedKmh, double ratioP10, double ratioP90) { }

    /** Null when there is no model (road times, no fit). */
    public static EstimateModelSummary of(EstimateModel m, String travelTimeSource) {
        if (m == null) return null;
        return new EstimateModelSummary("estimated".equals(travelTimeSource) ? "times" : "report", m.fit().source(),
                m.fit().fittedOn(), m.fit().method(),
                m.fit().networks().stream().map(n -> new NetworkJson(n.osmFile(), n.osmFileSha256(), n.osmDataDate(), n.places(),
                        n.pairs().stream().map(p -> new PairsJson(p.mode().label(), p.pairs(), km(p.minCrowMetres()),
                                km(p.maxCrowMetres()))).toList())).toList(),
                m.modes().stream().map(EstimateModelSummary::mode).toList());
    }

    private static ModeJson mode(ModeEstimate e) {
        return new ModeJson(e.mode().label(), e.bands().stream().map(b -> new BandJson(km(b.fromMetres()), km(b.toMetres()),
                b.pairs(), km(b.medianCrowMetres()), r3(b.detourFactor()), r3(b.speedKmh()), r3(b.ratioP10()), r3(b.ratioP90())))
                .toList());
    }

    private static double km(double metres) { return Math.round(metres) / 1000.0; }

    private static double r3(double v) { return Math.round(v * 1000) / 1000.0; }
}
