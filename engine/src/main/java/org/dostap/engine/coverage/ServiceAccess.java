package org.dostap.engine.coverage;

/**
 * A settlement's access to one service type: the nearest facility of that type (null when none is
 * reachable) and its travel time in seconds (null for no time: not connected, no facility, or beyond the
 * search limit). {@code covered}: within the request's threshold of interest. {@code withinStandard}: within
 * the service type's own access standard. {@code travelTimeSecondsLow/High}: the error band of an estimated time
 * (see {@link org.dostap.engine.traveltime.TimeBand}); equal to the time for road times; null with it.
 */
public record ServiceAccess(String serviceTypeId, String nearestFacilityId, Integer travelTimeSeconds,
                            boolean covered, boolean withinStandard, Integer travelTimeSecondsLow,
                            Integer travelTimeSecondsHigh) {
    public ServiceAccess {
        if ((nearestFacilityId == null) != (travelTimeSeconds == null))
            throw new IllegalArgumentException("nearest facility and travel time go together");
        if (travelTimeSeconds == null && (covered || withinStandard))
            throw new IllegalArgumentException("no travel time cannot be covered");
        if ((travelTimeSecondsLow == null) != (travelTimeSeconds == null) || (travelTimeSecondsHigh == null) != (travelTimeSeconds == null))
            throw new IllegalArgumentException("the band goes with the travel time");
        if (travelTimeSeconds != null && (travelTimeSecondsLow > travelTimeSeconds || travelTimeSecondsHigh < travelTimeSeconds))
            throw new IllegalArgumentException("the band must hold the travel time");
    }

    /** An exact time (road): low = time = high. */
    public ServiceAccess(String serviceTypeId, String nearestFacilityId, Integer travelTimeSeconds, boolean covered,
                         boolean withinStandard) {
        this(serviceTypeId, nearestFacilityId, travelTimeSeconds, covered, withinStandard, travelTimeSeconds, travelTimeSeconds);
    }

    public boolean reached() { return travelTimeSeconds != null; }
}
