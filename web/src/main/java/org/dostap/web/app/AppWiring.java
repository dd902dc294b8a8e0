package org.dostap.web.app;

import org.dostap.engine.store.RegionStore;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;

/** Wires the application by hand (constructor injection): stores, travel times, analysis, web app. */
public final class AppWiring {
    private AppWiring() {}

    public static WebApp webApp(RegionStore regions, ScenarioStore scenarios, TravelTimeProvider travelTimes, WebConfig config) {
        return new WebApp(new AccessAnalysis(regions, travelTimes), scenarios, config);
    }
}
