package org.dostap.engine.region;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A region's settlements: an unmodifiable list (equal to any list of the same settlements) that builds its look-up by
 * id once, on first use, and keeps it. {@link RegionData} holds its settlements in one, so {@link
 * RegionData#settlementsById()} costs a map build once per region data (about 1 ms for the country), not per call;
 * {@link RegionData#withFacilities} shares it.
 */
final class Settlements extends AbstractList<Settlement> implements RandomAccess {
    private final List<Settlement> items;
    /** Built on first use; immutable, so a racing second build is harmless. */
    private volatile Map<String, Settlement> byId;

    private Settlements(List<Settlement> items) {
        this.items = List.copyOf(items);
    }

    /** {@code settlements} itself when it is one already, else an unmodifiable copy. */
    static Settlements of(List<Settlement> settlements) {
        return settlements instanceof Settlements s ? s : new Settlements(settlements);
    }

    /** @throws IllegalStateException when two settlements share an id */
    Map<String, Settlement> byId() {
        Map<String, Settlement> m = byId;
        if (m == null) byId = m = items.stream().collect(Collectors.toUnmodifiableMap(Settlement::id, Function.identity()));
        return m;
    }

    @Override public Settlement get(int index) { return items.get(index); }

    @Override public int size() { return items.size(); }

    @Override public int indexOf(Object o) { return items.indexOf(o); }

    @Override public int lastIndexOf(Object o) { return items.lastIndexOf(o); }

    @Override public boolean contains(Object o) { return items.contains(o); }
}
