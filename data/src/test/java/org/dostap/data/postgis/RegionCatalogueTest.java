package org.dostap.data.postgis;

import org.dostap.data.fixtures.SmolyanMini;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.RegionData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server's look-ups of an already loaded region do not ask the database on the request's thread (the import stamp is
 * checked in the background at most once a second), a re-import is still picked up, and an unknown code is known from
 * the catalogue of codes without a query per request. The store runs on a data source that counts the connections
 * each thread takes.
 */
class RegionCatalogueTest {
    private static TestDatabase db;
    private static PostgisRegionWriter writer;
    private final RegionData sml = SmolyanMini.region();
    private final Map<String, AtomicInteger> connectionsByThread = new ConcurrentHashMap<>();
    private PostgisRegionStore store;

    @BeforeAll
    static void open() {
        db = TestDatabase.openOrSkip();
        writer = new PostgisRegionWriter(db.stores().database());
    }

    @AfterAll
    static void close() { if (db != null) db.close(); }

    @BeforeEach
    void importAndOpenACountingStore() {
        writer.replaceRegion(sml, "test", ProgressListener.NONE);
        store = new PostgisRegionStore(new Database(counting(db.url(), db.stores().schema()), "test database"));
    }

    private int connectionsHere() {
        AtomicInteger n = connectionsByThread.get(Thread.currentThread().getName());
        return n == null ? 0 : n.get();
    }

    @Test
    void aLoadedRegionIsAnsweredWithoutAConnectionOnTheCallersThread() {
        RegionData first = store.findLoadedRegion("SML").orElseThrow(); // the first load reads the tables here
        int afterLoad = connectionsHere();
        for (int i = 0; i < 50; i++) assertThat(store.findLoadedRegion("SML")).containsSame(first);
        assertThat(connectionsHere()).as("connections taken by the calling thread for 50 look-ups").isEqualTo(afterLoad);
        assertThat(store.findRegion("SML")).as("findRegion still checks the stamp").containsSame(first);
        assertThat(connectionsHere()).isEqualTo(afterLoad + 1);
    }

    @Test
    void aReimportIsPickedUpWithinAboutASecond() {
        RegionData first = store.findLoadedRegion("SML").orElseThrow();
        writer.replaceRegion(sml.withFacilities(sml.facilities().subList(0, 3)), "test", ProgressListener.NONE);
        int before = connectionsHere();
        assertThat(eventually(() -> store.findLoadedRegion("SML").orElseThrow().facilities().size() == 3))
                .as("the re-imported region, loaded again in the background").isTrue();
        RegionData again = store.findLoadedRegion("SML").orElseThrow();
        assertThat(again).isNotSameAs(first);
        assertThat(connectionsHere()).as("none of it on the caller's thread").isEqualTo(before);
        assertThat(connectionsByThread).containsKey("dostap-region-check");
    }

    @Test
    void anUnknownCodeIsAnsweredFromTheCatalogue() {
        assertThat(store.mayHold("SML")).isTrue();
        int afterFirst = connectionsHere();
        for (int i = 0; i < 20; i++) assertThat(store.mayHold("XYZ")).isFalse();
        assertThat(connectionsHere() - afterFirst).as("queries for 20 unknown codes: at most one re-read a second").isLessThanOrEqualTo(1);
        assertThat(store.regionCodes()).containsExactly("SML");
        assertThatThrownBy(() -> store.getRegion("XYZ"))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("Unknown region 'XYZ'. Known regions: SML.");
    }

    @Test
    void aRegionImportedByAnotherProcessIsFoundAfterwards() {
        assertThat(store.mayHold("TWO")).isFalse();
        RegionData two = new RegionData("TWO", sml.nameBg(), sml.nameEn(), sml.settlements(), sml.facilities(),
                sml.municipalities(), sml.province(), sml.services(), sml.populationColumns(), sml.provenance());
        try {
            writer.replaceRegion(two, "test", ProgressListener.NONE);
            assertThat(eventually(() -> store.mayHold("TWO"))).isTrue();
            assertThat(store.findLoadedRegion("TWO").orElseThrow().settlements()).hasSize(SmolyanMini.SETTLEMENTS);
        } finally {
            db.stores().database().inTransaction("removing TWO", c -> {
                try (var ps = c.prepareStatement("DELETE FROM region WHERE code = 'TWO'")) {
                    return ps.executeUpdate();
                }
            });
        }
    }

    private static boolean eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) return true;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** Plain connections to the test schema; every getConnection is counted under the calling thread's name. */
    private DataSource counting(DatabaseUrl url, String schema) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
            if (!method.getName().equals("getConnection")) throw new UnsupportedOperationException(method.getName());
            connectionsByThread.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
            Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
            try (var st = c.createStatement()) {
                st.execute("SET search_path TO " + schema + ", public");
            }
            return c;
        });
    }
}
