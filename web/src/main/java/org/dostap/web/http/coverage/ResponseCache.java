package org.dostap.web.http.coverage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.dostap.web.http.work.Answer;

import java.util.function.Supplier;

/**
 * The last answers (serialized JSON, with their entity tag) by request: a planner toggling between views, or many
 * people looking at the same baseline, get the bytes again without recomputing, re-serialising or re-hashing them.
 * Keys are validated queries, so equal requests share an entry. Bounded in bytes (each entry weighs its key and its
 * answer; a country catchments answer is ~5 MB), least recently / frequently used first out (Caffeine); thread-safe.
 * Region data is immutable while the server runs.
 */
public final class ResponseCache {
    private final Cache<String, Answer> entries;
    private final long maxBytes;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public ResponseCache(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("cache budget must be positive, got " + maxBytes);
        this.maxBytes = maxBytes;
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Answer value) -> weight(key, value.bytes())).build();
    }

    /** The budget for a heap of {@code maxHeapBytes}: an eighth of it, at least 4 MB. */
    public static long budgetFor(long maxHeapBytes) { return Math.max(4L << 20, maxHeapBytes / 8); }

    public long maxBytes() { return maxBytes; }

    /** Bytes held now (after pending evictions). */
    public long weightedBytes() {
        entries.cleanUp();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** The cached answer, or null. */
    public Answer peek(String key) { return entries.getIfPresent(key); }

    /** The cached answer, or {@code compute}'s (kept unless it alone is larger than the budget). */
    public Answer get(String key, Supplier<byte[]> compute) {
        Answer hit = entries.getIfPresent(key);
        if (hit != null) return hit;
        long before = generation.get();
        Answer value = Answer.of(compute.get()); // outside any lock: concurrent misses of one key may both compute, harmlessly
        // an answer computed across an invalidation may come from the old travel times: answer it, never keep it
        if (weight(key, value.bytes()) <= maxBytes && generation.get() == before) entries.put(key, value);
        return value;
    }

    /** Forgets every answer (the travel times changed); answers being computed now are not kept either. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    private static int weight(String key, byte[] value) {
        long w = 160L + 2L * key.length() + value.length; // object headers, UTF-16 key, the bytes, the tag
        return (int) Math.min(Integer.MAX_VALUE, w);
    }
}
