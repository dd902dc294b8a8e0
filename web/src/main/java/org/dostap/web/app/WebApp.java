package org.dostap.web.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.web.http.coverage.ResponseCache;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.http.error.ErrorMapping;
import org.dostap.web.http.access.RequestGuard;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.export.ExportController;
import org.dostap.web.http.indicators.IndicatorsController;
import org.dostap.web.http.report.ReportController;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.meta.MetaController;
import org.dostap.web.analysis.network.RoadNetworks;
import org.dostap.web.http.network.NetworkController;
import org.dostap.web.http.mobile.MobileController;
import org.dostap.web.http.optimize.OptimizeController;
import org.dostap.web.http.region.RegionController;
import org.dostap.web.http.scenario.ScenarioController;

/**
 * The web application: API routes, the Leaflet map (static files + webjars), error mapping. Takes its
 * dependencies in the constructor; {@link #start()} binds {@link WebConfig#host()} and port (0 = free port).
 */
public final class WebApp implements AutoCloseable {
    private final Javalin javalin;
    private final WebConfig config;
    private final OptimizeController optimize;
    private final HeavyWork work;
    private final RoadNetworks networks;
    private final MetaController meta;

    /** No graph cache: the road network in use is reported, none can be loaded from the page. */
    public WebApp(AccessAnalysis analysis, ScenarioStore scenarios, WebConfig config) {
        this(analysis, scenarios, config, RoadNetworks.Settings.none(analysis.travelTimes() instanceof
                org.dostap.engine.routing.RoadNetwork ? RoadNetworks.Origin.OSM_OPTION : RoadNetworks.Origin.ESTIMATE));
    }

    /** {@code networkSettings}: the graph cache the page may load road networks from, and how the first was chosen. */
    public WebApp(AccessAnalysis analysis, ScenarioStore scenarios, WebConfig config, RoadNetworks.Settings networkSettings) {
        this.config = config;
        ObjectMapper mapper = JsonBodies.defaultMapper();
        JsonBodies bodies = new JsonBodies(mapper);
        GeoJsonNodes geoJson = new GeoJsonNodes(mapper);
        WriteAccess access = new WriteAccess(config.writeToken());
        RequestGuard guard = new RequestGuard(access.tokenRequired(), config.host(), config.tilesUrl());
        this.work = new HeavyWork(HeavyWork.Limits.forThisJvm());
        ResponseCache answers = new ResponseCache(ResponseCache.budgetFor(Runtime.getRuntime().maxMemory()));
        analysis.onSwitch(answers::invalidateAll); // answers of the previous travel times are never served again
        HeavyWork heavy = work;
        // a request's check may need a region loaded or roads closed: on the executor, the request's thread waits
        analysis.offloadTo(new AccessAnalysis.Offload() {
            @Override public <T> T run(String what, long bytes, java.util.concurrent.Callable<T> task) {
                return heavy.await(what, bytes, task);
            }
        });
        this.networks = new RoadNetworks(analysis, networkSettings, new RoadNetworks.Executor() {
            public java.util.concurrent.CompletableFuture<Void> submit(String what, long bytes, java.time.Duration limit,
                                                                       java.util.concurrent.Callable<Void> task) {
                return heavy.submit(what, bytes, limit, task);
            }

            public long budgetBytes() { return heavy.limits().budgetBytes(); }
        });
        NetworkController network = new NetworkController(analysis, networks, bodies, access);
        RegionController regions = new RegionController(analysis, geoJson, mapper);
        CoverageController coverage = new CoverageController(analysis, bodies, geoJson, mapper, work, answers);
        ScenarioController scenarioController = new ScenarioController(scenarios, analysis, bodies, access);
        ExportController export = new ExportController(analysis, coverage, geoJson, work);
        IndicatorsController indicators = new IndicatorsController(analysis, coverage, scenarios, bodies, mapper, work, access);
        this.meta = new MetaController(analysis, access, config.tilesUrl(), mapper);
        MetaController meta = this.meta;
        MobileController mobile = new MobileController(analysis, bodies, mapper, work);
        this.optimize = new OptimizeController(analysis, bodies, work, access);
        ReportController report = new ReportController(analysis, coverage, indicators, scenarios, optimize.jobs(), mobile.plans(), bodies,
                mapper, work);
        this.javalin = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(mapper, false));
            c.http.maxRequestSize = config.maxRequestBytes();
            c.http.generateEtags = false; // Javalin's checksum reads byte by byte (~125 ms of CPU per country answer): Etags
            c.staticFiles.enableWebjars();
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/public";
                s.location = Location.CLASSPATH;
            });
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            // a URL or headers too long, a request that is not HTTP: answered by Jetty itself, in the API's JSON
            c.jetty.modifyServer(server -> server.setErrorHandler(new org.dostap.web.http.error.JsonErrorHandler()));
            // slow clients: a request body is read whole without a thread (WholeBodies) before Javalin reads it, a body
            // larger than the limit is refused (413) and one that trickles in below MIN_REQUEST_BYTES_PER_SECOND is cut
            // off (408), so that a few hundred clients sending part of a body, then a byte now and then or nothing,
            // cannot hold every Jetty thread and leave the health check unanswered
            c.jetty.modifyServer(server -> server.insertHandler(
                    org.dostap.web.http.body.WholeBodies.handler(config.maxRequestBytes(), MIN_REQUEST_BYTES_PER_SECOND)));
            c.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND));
            c.routes.before(guard::check);
            c.routes.before(org.dostap.web.http.access.KnownQueryParameters.fromOpenApi(mapper)::check);
            ErrorMapping.register(c.routes);
            c.router.javaLangErrorHandler(ErrorMapping::fatal);
            meta.register(c.routes);
            regions.register(c.routes);
            coverage.register(c.routes);
            export.register(c.routes);
            report.register(c.routes);
            indicators.register(c.routes);
            scenarioController.register(c.routes);
            mobile.register(c.routes);
            optimize.register(c.routes);
            network.register(c.routes);
        });
    }

    /** A request body arriving slower than this (bytes per second, measured from its first byte) is refused with 408. */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 512;

    public WebApp start() {
        javalin.start();
        return this;
    }

    public int port() { return javalin.port(); }

    /** The URL people open, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + port() + "/";
    }

    public Javalin javalin() { return javalin; }

    /** The heavy-work executor (for tests and benchmarks: its submissions and admitted bytes). */
    public HeavyWork heavyWork() { return work; }

    @Override
    public void close() {
        javalin.stop();
        meta.close();
        optimize.close();
        work.close();
        networks.close();
    }
}
