package org.dostap.web.http.coverage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last answers (serialized JSON) by request: a planner toggling between views, or many people looking at the
 * same baseline, get the bytes again without recomputing. Keys are validated queries, so equal requests share an
 * entry. Bounded (least recently used first out); thread-safe. Region data is immutable while the server runs.
 */
final class ResponseCache {
    private final int maxEntries;
    private final Map<String, byte[]> entries;

    ResponseCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) { return size() > ResponseCache.this.maxEntries; }
        };
    }

    byte[] get(String key, Supplier<byte[]> compute) {
        synchronized (entries) {
            byte[] hit = entries.get(key);
            if (hit != null) return hit;
        }
        byte[] value = compute.get(); // outside the lock: concurrent misses of one key may both compute, harmlessly
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }
}
