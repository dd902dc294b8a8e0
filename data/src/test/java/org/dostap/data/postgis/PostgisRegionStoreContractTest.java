package org.dostap.data.postgis;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.store.RegionStoreContract;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.RegionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The region-store contract against PostGIS holding the bundled Smolyan pilot, imported from the bundled store. */
class PostgisRegionStoreContractTest extends RegionStoreContract {
    private static TestDatabase db;
    private static RegionData bundled;

    @BeforeAll
    static void open() {
        db = TestDatabase.openOrSkip();
        bundled = new BundledRegionStore().getRegion("SML");
        new PostgisRegionWriter(db.stores().database()).replaceRegion(bundled, "bundled", ProgressListener.NONE);
    }

    @AfterAll
    static void close() { if (db != null) db.close(); }

    @Override
    protected RegionStore regionStore() { return db.stores().regions(); }

    @Test
    void bundledPilotReadsBackUnchangedFromPostgis() {
        PostgisRegionStoreTest.assertSameRegion(db.stores().regions().getRegion("SML"), bundled);
    }
}
