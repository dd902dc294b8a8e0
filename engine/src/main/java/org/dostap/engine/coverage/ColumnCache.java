package org.dostap.engine.coverage;

import org.dostap.engine.common.GeoPoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Travel-time columns (settlements to one facility) keyed by facility id and location, least recently
 * used first out. Shared by a baseline {@link AccessModel} and every scenario derived from it, so an edit
 * recomputes only the columns of the facilities it adds or moves. Thread-safe; columns are never mutated.
 */
final class ColumnCache {
    record Key(String facilityId, GeoPoint location) { }

    private final int maxColumns;
    private final Map<Key, int[]> columns;

    ColumnCache(int maxColumns) {
        if (maxColumns < 1) throw new IllegalArgumentException("cache must hold at least one column");
        this.maxColumns = maxColumns;
        this.columns = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, int[]> eldest) {
                return size() > ColumnCache.this.maxColumns;
            }
        };
    }

    synchronized int[] find(Key key) { return columns.get(key); }

    synchronized void put(Key key, int[] column) { columns.putIfAbsent(key, column); }

    synchronized int size() { return columns.size(); }
}
