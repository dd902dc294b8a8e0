package org.dostap.data.store;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.store.RegionStore;

class BundledRegionStoreContractTest extends RegionStoreContract {
    private static final BundledRegionStore STORE = new BundledRegionStore();

    @Override
    protected RegionStore regionStore() { return STORE; }
}
