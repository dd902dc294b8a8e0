package org.dostap.web.http;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.Api;
import org.dostap.web.support.SmallRegion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: {@code /api/health} asked the region store (on PostGIS: a query needing a pooled connection) on every call,
 * so under load a monitor's health checks queued behind heavy requests for the pool (p99 5.2 s in the hostile-load
 * bench). Now the count is reused for 5 s: twenty health checks in a row ask the store once.
 */
class HealthUnderLoadTest {
    @Test
    void healthAsksTheStoreAtMostOnceInFiveSeconds() {
        RegionData six = SmallRegion.region();
        AtomicInteger listings = new AtomicInteger();
        RegionStore store = new RegionStore() {
            @Override public List<RegionInfo> listRegions() {
                listings.incrementAndGet();
                return SmallRegion.store().listRegions();
            }

            @Override public Optional<RegionData> findRegion(String code) {
                return six.code().equals(code) ? Optional.of(six) : Optional.empty();
            }
        };
        try (WebApp app = AppWiring.webApp(store, new InMemoryScenarioStore(), EstimatedTravelTimes.uniform(), WebConfig.localhost(0)).start()) {
            Api api = new Api(app.port());
            int before = listings.get();
            for (int i = 0; i < 20; i++) {
                Api.Reply health = api.get("/api/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.json().path("regions").asInt()).isEqualTo(1);
            }
            assertThat(listings.get() - before).as("store listings for 20 health checks").isLessThanOrEqualTo(1);
        }
    }
}
