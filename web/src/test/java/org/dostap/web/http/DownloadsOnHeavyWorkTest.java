package org.dostap.web.http;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.OriginSet;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.engine.traveltime.TravelTimeSource;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: workbooks, "CSV (Excel, ;)" downloads and reports are heavy work (a country-wide workbook evaluates coverage
 * for every settlement) and used to run on Jetty's threads, outside admission, queue and time limit. Each request
 * here adds a centre at a new point, so its travel times are computed afresh inside the request; the travel-time
 * provider records the threads that compute them: the heavy-work executor's, never Jetty's.
 */
class DownloadsOnHeavyWorkTest {
    private static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    /** The uniform estimate, noting which thread asks for travel times. */
    private static final class Recording implements TravelTimeProvider {
        private final TravelTimeProvider d = EstimatedTravelTimes.uniform();
        @Override public TravelTimeSource source() { return d.source(); }
        @Override public String description() { return d.description(); }
        @Override public org.dostap.engine.traveltime.TimeBand band(TravelMode mode) { return d.band(mode); }
        @Override public java.util.Optional<org.dostap.engine.traveltime.EstimateModel> estimateModel() { return d.estimateModel(); }
        @Override public OriginSet prepareOrigins(List<GeoPoint> origins, TravelMode mode) { return d.prepareOrigins(origins, mode); }
        @Override public int[] travelTimesSecondsTo(OriginSet origins, GeoPoint destination, TravelMode mode, int limitSeconds) {
            THREADS.add(Thread.currentThread().getName());
            return d.travelTimesSecondsTo(origins, destination, mode, limitSeconds);
        }
        @Override public Geometry catchmentPolygon(GeoPoint destination, TravelMode mode, int limitSeconds) {
            return d.catchmentPolygon(destination, mode, limitSeconds);
        }
    }

    private static String body(int i) {
        return String.format(Locale.ROOT, "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[{\"kind\":\"add\","
                + "\"facility_id\":\"new\",\"service_type\":\"community-support\",\"lon\":%.4f,\"lat\":%.4f}]}", 24.55 + i * 0.01, 41.55);
    }

    @Test
    void workbooksExcelCsvAndReportsAreBuiltOnTheHeavyWorkExecutor() {
        try (WebApp app = AppWiring.webApp(SmallRegion.store(), new InMemoryScenarioStore(), new Recording(), WebConfig.localhost(0)).start()) {
            Api api = new Api(app.port());
            assertThat(api.get("/api/regions/SIX/coverage?service=community-support").status()).isEqualTo(200); // the baseline model, once
            List<String> paths = List.of("/export/settlements.xlsx", "/export/municipalities.xlsx", "/export/comparison.xlsx",
                    "/export/settlements.csv?excel=bg", "/report.docx?lang=en", "/mobile/schedule.xlsx", "/indicators.xlsx");
            for (int i = 0; i < paths.size(); i++) {
                THREADS.clear();
                Api.Reply r = api.post("/api/regions/SIX" + paths.get(i), body(i));
                assertThat(r.status()).as(paths.get(i) + ": " + r.body()).isEqualTo(200);
                assertThat(r.header("Content-Disposition")).as(paths.get(i)).startsWith("attachment; filename=");
                assertThat(THREADS).as(paths.get(i) + " computed travel times on").anyMatch(t -> t.startsWith("dostap-work"))
                        .noneMatch(t -> t.contains("Jetty"));
            }
        }
    }
}
