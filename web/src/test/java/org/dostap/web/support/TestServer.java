package org.dostap.web.support;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.function.Supplier;

/**
 * One Dostap web app for a whole test class, started before its {@code @BeforeAll} methods and closed after its
 * {@code @AfterAll} methods (a JUnit 5 extension), listening on a free port of 127.0.0.1:
 * <pre>
 * &#64;RegisterExtension
 * static final TestServer server = TestServer.smallRegion();
 * private static final Api api = server.api();
 * </pre>
 * {@link #api()} may be taken at once: it finds the server's port when it sends its first request.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<WebApp> starter;
    private final Api api = new Api(() -> "http://127.0.0.1:" + port());
    private WebApp app;

    private TestServer(Supplier<WebApp> starter) { this.starter = starter; }

    /** {@link SmallRegion}'s six settlements, hand-set uniform estimate, scenarios in memory. */
    public static TestServer smallRegion() { return of(() -> SmallRegion.startApp(WebConfig.localhost(0))); }

    /** The bundled regions (the country and its provinces, e.g. {@code SML}) over these travel times, scenarios in memory. */
    public static TestServer bundled(TravelTimeProvider travelTimes) {
        return of(() -> AppWiring.webApp(new BundledRegionStore(), new InMemoryScenarioStore(), travelTimes, WebConfig.localhost(0)).start());
    }

    /** Any app: {@code starter} wires and starts it (on 127.0.0.1, port 0). */
    public static TestServer of(Supplier<WebApp> starter) { return new TestServer(starter); }

    @Override
    public void beforeAll(ExtensionContext context) { app = starter.get(); }

    @Override
    public void afterAll(ExtensionContext context) {
        if (app != null) app.close();
        app = null;
    }

    public WebApp app() {
        if (app == null) throw new IllegalStateException("the test server is not running (only between beforeAll and afterAll)");
        return app;
    }

    public int port() { return app().port(); }

    /** The page's address, e.g. {@code http://127.0.0.1:40123/}. */
    public String url() { return app().url(); }

    /** A client of this server (valid for the whole class; the port is looked up on each request). */
    public Api api() { return api; }
}
