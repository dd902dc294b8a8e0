package org.dostap.web.http.indicators;

import java.util.List;

/**
 * The monitoring targets of a saved scenario: {@code version} is the scenario's (send the one you loaded when saving;
 * saving bumps it). Each target: area code, service type, share within the standard (0..1).
 */
public record TargetsJson(String scenarioId, Long version, List<Target> targets) {
    static final TargetsJson EMPTY = new TargetsJson(null, null, null);

    public record Target(String area, String service, Double shareWithin) { }
}
