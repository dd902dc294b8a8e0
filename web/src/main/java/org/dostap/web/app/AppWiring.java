package org.dostap.web.app;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.postgis.PostgisStores;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.network.RoadNetworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wires the application by hand (constructor injection): stores (bundled + in memory, or PostGIS), the travel
 * times given (estimated, or a road network), the analysis and the web app. No static state.
 */
public final class AppWiring {
    private AppWiring() {}

    /** What {@code serve} was asked for. */
    public record Settings(WebConfig web, Optional<String> databaseUrl, String warmUpRegion, RoadNetworks.Settings networks) {
        /** Without a graph cache (road networks cannot be loaded from the page). */
        public Settings(WebConfig web, Optional<String> databaseUrl, String warmUpRegion) {
            this(web, databaseUrl, warmUpRegion, null);
        }
    }

    /** A started server and what it must close on shutdown. */
    public record Running(WebApp app, AccessAnalysis analysis, List<AutoCloseable> resources) implements AutoCloseable {
        @Override
        public void close() {
            if (app != null) app.close();
            closeResources();
        }

        void closeResources() {
            for (AutoCloseable r : resources) {
                try {
                    r.close();
                } catch (Exception ignored) {
                    // shutting down: nothing useful to do
                }
            }
        }
    }

    public static WebApp webApp(RegionStore regions, ScenarioStore scenarios, TravelTimeProvider travelTimes, WebConfig config) {
        return new WebApp(new AccessAnalysis(regions, travelTimes), scenarios, config);
    }

    /** With a graph cache the page can load road networks from ({@code networks}). */
    public static WebApp webApp(RegionStore regions, ScenarioStore scenarios, TravelTimeProvider travelTimes, WebConfig config,
                                RoadNetworks.Settings networks) {
        return new WebApp(new AccessAnalysis(regions, travelTimes), scenarios, config, networks);
    }

    /**
     * Opens the stores, builds the default region's model, starts the server. {@code travelTimes} is closed with
     * the server when it is {@link AutoCloseable} (a road network).
     */
    public static Running start(Settings settings, TravelTimeProvider travelTimes) {
        List<AutoCloseable> resources = new ArrayList<>();
        if (travelTimes instanceof AutoCloseable c) resources.add(c);
        try {
            RegionStore regions;
            ScenarioStore scenarios;
            if (settings.databaseUrl().isPresent()) {
                PostgisStores stores = PostgisStores.open(settings.databaseUrl().get());
                resources.add(stores);
                regions = stores.regions();
                scenarios = stores.scenarios();
            } else {
                regions = new BundledRegionStore();
                scenarios = new InMemoryScenarioStore();
            }
            AccessAnalysis analysis = new AccessAnalysis(regions, travelTimes);
            if (regions.findRegion(settings.warmUpRegion()).isPresent()) analysis.warmUp(settings.warmUpRegion(), ProgressListener.NONE);
            WebApp app = (settings.networks() == null ? new WebApp(analysis, scenarios, settings.web())
                    : new WebApp(analysis, scenarios, settings.web(), settings.networks())).start();
            return new Running(app, analysis, resources);
        } catch (RuntimeException e) {
            new Running(null, null, resources).closeResources();
            throw e;
        }
    }
}
