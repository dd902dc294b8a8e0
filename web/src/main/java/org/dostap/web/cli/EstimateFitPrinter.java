package org.dostap.web.cli;

import org.dostap.engine.routing.RoadNetwork;
import org.dostap.engine.traveltime.DistanceBand;
import org.dostap.engine.traveltime.EstimateModel;
import org.dostap.engine.traveltime.ModeEstimate;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;

/** Fits the estimate on a loaded road network (or reads the recorded fit) and prints it: {@code network import}. */
final class EstimateFitPrinter {
    private EstimateFitPrinter() { }

    static EstimateModel fitAndPrint(PrintWriter out, PrintStream progressOut, RoadNetwork network) {
        EstimateModel m = ProgressBars.withBar("Fitting the estimate", progressOut, network::fitEstimate);
        EstimateModel.FittedNetwork n = m.fit().networks().get(0);
        out.printf(Locale.ROOT, "Estimate fitted on this network (%s): %d populated places%n", m.fit().fittedOn(), n.places());
        for (EstimateModel.ModePairs p : n.pairs())
            out.printf(Locale.ROOT, "  %-4s %,d pairs, %.1f-%.1f km straight line%n", p.mode().label(), p.pairs(),
                    p.minCrowMetres() / 1000, p.maxCrowMetres() / 1000);
        for (ModeEstimate e : m.modes()) {
            for (DistanceBand b : e.bands())
                out.printf(Locale.ROOT, "  %-4s %5.1f-%-5.1f km: %,5d pairs, detour %.2f, %.1f km/h, road time / estimate p10 %.2f, p90 %.2f%n",
                        e.mode().label(), b.fromMetres() / 1000, b.toMetres() / 1000, b.pairs(), b.detourFactor(),
                        b.speedKmh(), b.ratioP10(), b.ratioP90());
        }
        out.flush();
        return m;
    }
}
