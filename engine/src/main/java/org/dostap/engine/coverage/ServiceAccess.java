package org.dostap.engine.coverage;

/**
 * A settlement's access to one service type: the nearest facility of that type (null when none is
 * reachable) and its travel time in seconds (null for no time: not connected, no facility, or beyond the
 * search limit). {@code covered}: within the request's threshold of interest. {@code withinStandard}: within
 * the service type's own access standard.
 */
public record ServiceAccess(String serviceTypeId, String nearestFacilityId, Integer travelTimeSeconds,
                            boolean covered, boolean withinStandard) {
    public ServiceAccess {
        if ((nearestFacilityId == null) != (travelTimeSeconds == null))
            throw new IllegalArgumentException("nearest facility and travel time go together");
        if (travelTimeSeconds == null && (covered || withinStandard))
            throw new IllegalArgumentException("no travel time cannot be covered");
    }

    public boolean reached() { return travelTimeSeconds != null; }
}
