package org.dostap.engine.traveltime;

/** Where travel times come from; every output carries its label. */
public enum TravelTimeSource {
    /** Shortest paths over an imported OpenStreetMap road network. */
    ROAD("road"),
    /** Great-circle distance x detour factor / speed: no road network loaded. */
    ESTIMATED("estimated");

    private final String label;

    TravelTimeSource(String label) { this.label = label; }

    public String label() { return label; }
}
