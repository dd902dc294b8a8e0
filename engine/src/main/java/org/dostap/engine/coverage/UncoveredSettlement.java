package org.dostap.engine.coverage;

/** A settlement beyond the threshold of interest; {@code travelTimeSeconds} null when it has no time. */
public record UncoveredSettlement(String settlementId, String name, String municipality, int population,
                                  Integer travelTimeSeconds, boolean connected) {
}
