package org.dostap.data.postgis;

import org.dostap.data.store.ScenarioStoreContract;
import org.dostap.engine.store.ScenarioStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The scenario-store contract against PostGIS, in a throw-away schema. */
class PostgisScenarioStoreTest extends ScenarioStoreContract {
    private static TestDatabase db;

    @BeforeAll
    static void open() { db = TestDatabase.openOrSkip(); }

    @AfterAll
    static void close() { if (db != null) db.close(); }

    @Override
    protected ScenarioStore store() { return db.stores().scenarios(); }
}
