package org.dostap.data.store;

import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.ScenarioStore;

class InMemoryScenarioStoreTest extends ScenarioStoreContract {
    private final InMemoryScenarioStore store = new InMemoryScenarioStore();

    @Override
    protected ScenarioStore store() { return store; }
}
