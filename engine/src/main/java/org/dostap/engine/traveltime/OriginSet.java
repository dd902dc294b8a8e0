package org.dostap.engine.traveltime;

import java.util.List;

/**
 * A list of origin points prepared once by a {@link TravelTimeProvider} (snapped to the network),
 * then reused for every destination. Implementations are immutable and thread-safe.
 */
public interface OriginSet {
    int size();

    /** How origin {@code index} attaches to the network. */
    PointAccess access(int index);

    default List<PointAccess> accessList() {
        return java.util.stream.IntStream.range(0, size()).mapToObj(this::access).toList();
    }
}
