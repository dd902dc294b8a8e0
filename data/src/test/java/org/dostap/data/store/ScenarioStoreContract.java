package org.dostap.data.store;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.SavedWith;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.engine.traveltime.RoadClosure;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link ScenarioStore} must have, run against the in-memory store and against PostGIS.
 * Each test works in its own region code, so a shared database never mixes tests.
 */
public abstract class ScenarioStoreContract {
    /** Smolyan town centre and Banite (EKATTE 02679), points from OpenStreetMap (© OpenStreetMap contributors). */
    static final GeoPoint SMOLYAN = new GeoPoint(24.7025, 41.5766);
    static final GeoPoint BANITE = new GeoPoint(24.9833, 41.6167);

    static final GeometryFactory GEO = new GeometryFactory();
    static final List<ScenarioEdit> ALL_KINDS = List.of(
            new ScenarioEdit.AddFacility("new-1", "ЦОП Баните", "community-support", BANITE, 25, "SML02", FacilityStatus.PLANNED),
            new ScenarioEdit.AddFacility("new-2", null, "crisis", SMOLYAN, 0, null, null),
            new ScenarioEdit.MoveFacility("cop-SML31", SMOLYAN),
            new ScenarioEdit.SetCapacity("cop-SML31", 40),
            new ScenarioEdit.CloseFacility("crisis-SML"),
            new ScenarioEdit.CloseRoads(new RoadClosure("Превал Пампорово", "winter", GEO.createLineString(new Coordinate[]{
                    new Coordinate(24.69, 41.64), new Coordinate(24.71, 41.65)}), List.of())),
            new ScenarioEdit.CloseRoads(new RoadClosure("", "", GEO.createPolygon(new Coordinate[]{
                    new Coordinate(24.6, 41.5), new Coordinate(24.8, 41.5), new Coordinate(24.8, 41.6), new Coordinate(24.6, 41.5)}),
                    RoadClosure.WINTER_ROAD_CLASSES)));

    protected String region;

    protected abstract ScenarioStore store();

    @BeforeEach
    void freshRegion() {
        region = "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createdScenarioStartsAtVersionOneAndReadsBackEqual() {
        Scenario s = store().createScenario(region, "  Proposal A  ", ALL_KINDS, "maria");
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.name()).isEqualTo("Proposal A");
        assertThat(s.regionCode()).isEqualTo(region);
        assertThat(s.author()).isEqualTo("maria");
        assertThat(s.createdAt()).isEqualTo(s.updatedAt());
        assertThat(store().findScenario(s.id())).contains(s);
        assertThat(store().findScenario(s.id()).orElseThrow().edits()).containsExactlyElementsOf(ALL_KINDS);
    }

    @Test
    void aScenarioKeepsTheSoftwareAndDataItWasLastSavedWith() {
        SavedWith first = new SavedWith("dostap 0.9.0", "abc1234", "Bundled data for province SML. Data version 1111");
        Scenario s = store().createScenario(region, "A", ALL_KINDS, "maria", first);
        assertThat(s.savedWith()).isEqualTo(first);
        assertThat(store().findScenario(s.id()).orElseThrow().savedWith()).isEqualTo(first);
        SavedWith second = new SavedWith("dostap 1.0.0", "def5678", "Bundled data for province SML. Data version 2222");
        store().updateScenario(s.id(), 1, "A", ALL_KINDS, "ivan", second);
        assertThat(store().findScenario(s.id()).orElseThrow().savedWith()).as("the last save's").isEqualTo(second);
        assertThat(store().listScenarios(region).get(0).savedWith()).isEqualTo(second);
        assertThat(store().createScenario(region, "B", List.of(), null).savedWith().softwareVersion())
                .as("this software when not told").isEqualTo(org.dostap.engine.common.SoftwareVersion.current().label());
    }

    @Test
    void listIsPerRegionInCreationOrder() {
        Scenario a = store().createScenario(region, "A", List.of(), null);
        Scenario b = store().createScenario(region, "B", List.of(new ScenarioEdit.CloseFacility("x")), "ivan");
        store().createScenario(region + "-other", "C", List.of(), null);
        assertThat(store().listScenarios(region)).containsExactly(a, b);
        assertThat(a.author()).isEmpty();
        assertThat(store().listScenarios("no-such-region")).isEmpty();
    }

    @Test
    void updateWithCurrentVersionReplacesNameAndEditsAndKeepsCreationTime() {
        Scenario s = store().createScenario(region, "A", ALL_KINDS, "maria");
        Scenario u = store().updateScenario(s.id(), 1, "A, revised", List.of(new ScenarioEdit.SetCapacity("cop-SML31", 10)), "ivan");
        assertThat(u.version()).isEqualTo(2);
        assertThat(u.name()).isEqualTo("A, revised");
        assertThat(u.author()).isEqualTo("ivan");
        assertThat(u.createdAt()).isEqualTo(s.createdAt());
        assertThat(u.updatedAt()).isAfterOrEqualTo(s.updatedAt());
        assertThat(store().findScenario(s.id())).contains(u);
        assertThat(store().updateScenario(s.id(), 2, "A", List.of(), "ivan").version()).isEqualTo(3);
        assertThat(store().findScenario(s.id()).orElseThrow().edits()).isEmpty();
    }

    @Test
    void staleUpdateIsRefusedWithConflictAndChangesNothing() {
        Scenario s = store().createScenario(region, "Plan", ALL_KINDS, "maria");
        Scenario winner = store().updateScenario(s.id(), 1, "Plan (Maria)", List.of(), "maria");
        assertThatThrownBy(() -> store().updateScenario(s.id(), 1, "Plan (Ivan)", ALL_KINDS, "ivan"))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessageContaining("Scenario 'Plan (Maria)' was changed by someone else")
                .hasMessageContaining("your version 1, current version 2")
                .hasMessageContaining("Reload it");
        assertThat(store().findScenario(s.id())).contains(winner);
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        Scenario s = store().createScenario(region, "Plan", ALL_KINDS, null);
        store().updateScenario(s.id(), 1, "Plan", ALL_KINDS, null);
        assertThatThrownBy(() -> store().deleteScenario(s.id(), 1))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(store().findScenario(s.id())).isPresent();
        store().deleteScenario(s.id(), 2);
        assertThat(store().findScenario(s.id())).isEmpty();
        assertThat(store().listScenarios(region)).isEmpty();
    }

    @Test
    void missingScenarioIsNotFound() {
        assertThat(store().findScenario("no-such-id")).isEmpty();
        assertThatThrownBy(() -> store().updateScenario("no-such-id", 1, "x", List.of(), null))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("no-such-id");
        assertThatThrownBy(() -> store().deleteScenario("no-such-id", 1))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void blankOrOverlongNameIsInvalidAndNothingIsSaved() {
        assertThatThrownBy(() -> store().createScenario(region, "  ", List.of(), null))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("name is required");
        assertThatThrownBy(() -> store().createScenario(region, "x".repeat(201), List.of(), null))
                .hasMessageContaining("longer than 200");
        Scenario s = store().createScenario(region, "ok", ALL_KINDS, null);
        assertThatThrownBy(() -> store().updateScenario(s.id(), 1, "", List.of(), null)).isInstanceOf(PlanningException.class);
        assertThat(store().listScenarios(region)).containsExactly(s);
    }

    @Test
    void twoConcurrentSavesOfOneVersionOneWinsOneConflicts() throws Exception {
        Scenario s = store().createScenario(region, "Shared", List.of(), null);
        for (int round = 1; round <= 5; round++) {
            long version = store().findScenario(s.id()).orElseThrow().version();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> results = List.of("maria", "ivan").stream().map(who -> pool.submit(() -> {
                    start.await();
                    try {
                        return (Object) store().updateScenario(s.id(), version, "by " + who,
                                List.of(new ScenarioEdit.CloseFacility(who)), who);
                    } catch (PlanningException e) {
                        return e;
                    }
                })).toList();
                start.countDown();
                Object a = results.get(0).get(30, TimeUnit.SECONDS), b = results.get(1).get(30, TimeUnit.SECONDS);
                List<Object> both = List.of(a, b);
                List<Scenario> won = both.stream().filter(Scenario.class::isInstance).map(Scenario.class::cast).toList();
                List<PlanningException> lost = both.stream().filter(PlanningException.class::isInstance)
                        .map(PlanningException.class::cast).toList();
                assertThat(won).hasSize(1);
                assertThat(lost).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
                Scenario stored = store().findScenario(s.id()).orElseThrow();
                assertThat(stored).isEqualTo(won.get(0));
                assertThat(stored.version()).isEqualTo(version + 1);
                assertThat(stored.edits()).containsExactly(new ScenarioEdit.CloseFacility(stored.author()));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aReadNeverMixesTwoVersionsWhileSomeoneSaves() throws Exception {
        Scenario s = store().createScenario(region, "v#0", List.of(new ScenarioEdit.SetCapacity("f", 0)), null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> writer = pool.submit(() -> {
                long version = s.version();
                for (int k = 1; k <= 150; k++)
                    version = store().updateScenario(s.id(), version, "v#" + k, List.of(new ScenarioEdit.SetCapacity("f", k)), null).version();
                return null;
            });
            int reads = 0;
            while (!writer.isDone() || reads == 0) {
                Scenario read = reads % 2 == 0 ? store().findScenario(s.id()).orElseThrow() : store().listScenarios(region).get(0);
                int capacity = ((ScenarioEdit.SetCapacity) read.edits().get(0)).capacity();
                assertThat(read.name()).as("name and edits of one read").isEqualTo("v#" + capacity);
                assertThat(read.version()).isEqualTo(capacity + 1L);
                reads++;
            }
            writer.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void monitoringTargetsAreKeptWithTheScenarioBumpItsVersionAndGoWithIt() {
        Scenario s = store().createScenario(region, "Strategy 2030", ALL_KINDS, "maria");
        assertThat(store().targets(s.id())).isEmpty();
        List<MonitoringTarget> targets = List.of(new MonitoringTarget("SML31", "community-support", 0.8),
                new MonitoringTarget(region, "community-support", 0.95), new MonitoringTarget(region, "crisis", 1.0));
        Scenario saved = store().replaceTargets(s.id(), s.version(), targets);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.edits()).isEqualTo(ALL_KINDS);
        assertThat(store().targets(s.id())).containsExactlyInAnyOrderElementsOf(targets);
        assertThat(store().findScenario(s.id()).orElseThrow().version()).isEqualTo(2);

        assertThatThrownBy(() -> store().replaceTargets(s.id(), 1, List.of()))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThat(store().targets(s.id())).hasSize(3);

        Scenario cleared = store().replaceTargets(s.id(), 2, List.of(new MonitoringTarget(region, "crisis", 0.5)));
        assertThat(store().targets(s.id())).containsExactly(new MonitoringTarget(region, "crisis", 0.5));
        store().deleteScenario(s.id(), cleared.version());
        assertThatThrownBy(() -> store().targets(s.id()))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void twoTargetsForOneAreaAndServiceAreRefusedAndNothingChanges() {
        Scenario s = store().createScenario(region, "Strategy", List.of(), null);
        assertThatThrownBy(() -> store().replaceTargets(s.id(), 1, List.of(new MonitoringTarget(region, "crisis", 0.5),
                new MonitoringTarget(region, "crisis", 0.7))))
                .isInstanceOfSatisfying(PlanningException.class, e -> assertThat(e.getMessage()).contains(region).contains("crisis"));
        assertThat(store().findScenario(s.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store().targets(s.id())).isEmpty();
    }
}
