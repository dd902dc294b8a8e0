package org.dostap.engine.coverage;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Settlement;

import java.util.Map;

/**
 * Demand in service users: users = population in {@code column} (all residents, or a target group such as
 * {@code pop_0_17} when the settlements file has it) x {@code usersPer1000} / 1,000. Capacities are places; one user
 * takes one place. {@code source} says where the rate comes from (the user, or a default that is an assumption).
 */
public record ServiceDemand(String column, double usersPer1000, String source) {
    public static final String DEMAND_UNIT = "users";
    public static final String CAPACITY_UNIT = "places";

    /**
     * Default uptake per 1,000 residents by service type. NO authoritative Bulgarian source was found for users per
     * 1,000 residents of these services: these are ASSUMPTIONS to be replaced by the region's own figures (e.g. the
     * Social Assistance Agency's users per service and the NSI population), chosen only so that demand and places are
     * of the same order for a small province.
     */
    public static final Map<String, Double> ASSUMED_DEFAULTS = Map.of(
            "community-support", 5.0,
            "crisis", 0.3,
            "rehabilitation", 2.0);

    public static final String ASSUMED_SOURCE = "assumption (no authoritative Bulgarian source found): replace with the region's own rate";

    public ServiceDemand {
        ProblemCollector problems = new ProblemCollector();
        if (!(usersPer1000 >= 0) || Double.isInfinite(usersPer1000))
            problems.add("uptake", 0, "users per 1000", "the uptake rate must be a finite number >= 0, got " + usersPer1000);
        if (column == null || column.isBlank()) problems.add("uptake", 0, "column", "a population column is needed");
        problems.throwIfAny();
        source = source == null ? "" : source;
    }

    /** The user's rate, or the assumed default for the service type. @throws PlanningException when neither exists */
    public static ServiceDemand of(String serviceTypeId, String column, Double usersPer1000) {
        if (usersPer1000 != null) return new ServiceDemand(column, usersPer1000, "given by the user");
        Double d = ASSUMED_DEFAULTS.get(serviceTypeId);
        if (d == null)
            throw PlanningException.invalid("No default uptake rate for service type '" + serviceTypeId + "': give users per 1,000 residents.");
        return new ServiceDemand(column, d, ASSUMED_SOURCE);
    }

    public double users(Settlement s) { return s.population(column) * usersPer1000 / 1000.0; }
}
