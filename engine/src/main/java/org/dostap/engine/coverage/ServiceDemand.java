package org.dostap.engine.coverage;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Settlement;

import java.util.Map;

/**
 * Demand in service users: users = population in {@code column} (all residents, or a target group such as
 * {@code pop_0_17} when the settlements file has it) x {@code usersPer1000} / 1,000. Capacities are places; one user
 * takes one place. {@code source} says where the rate comes from: the user, a default derived from published figures
 * ({@value #PUBLISHED_PREFIX} ...), or a default that is an assumption ({@code assumption ...}).
 */
public record ServiceDemand(String column, double usersPer1000, String source) {
    public static final String DEMAND_UNIT = "users";
    public static final String CAPACITY_UNIT = "places";

    /**
     * A service type's default uptake: users per 1,000 residents, whether it is an assumption (no published figure
     * found) and where it comes from. docs/uptake.md gives the derivations, the sources with their addresses and dates,
     * and what was searched for the service types that have none.
     */
    public record DefaultRate(double usersPer1000, boolean assumed, String source) { }

    public static final String ASSUMED_SOURCE = "assumption (no authoritative Bulgarian source found): replace with the region's own rate";

    /** Prefix of the source of a default derived from published figures. */
    public static final String PUBLISHED_PREFIX = "published:";

    /**
     * Centres for Social Rehabilitation and Integration: 4,817 users on 31 December 2021 (Social Assistance Agency,
     * published on 265obshtini.bg/map/194) over 6,519,789 residents (NSI, Census 2021, 7 September 2021) = 0.739 per
     * 1,000, rounded to 0.74: the national average of users served, not of need (only 86 of 265 municipalities had one).
     */
    public static final String REHABILITATION_SOURCE = PUBLISHED_PREFIX + " 4,817 users of Centres for Social Rehabilitation and "
            + "Integration on 31 Dec 2021 (Social Assistance Agency, via https://265obshtini.bg/map/194) / 6,519,789 residents "
            + "(NSI, Census 2021) = 0.74 per 1,000 residents; a national average of users served, not of need (docs/uptake.md)";

    /**
     * Crisis centres: 260 places in the 25 state-funded crisis centres for victims of violence (19 for children, 6 for
     * adults) at the end of July 2019 (Ministry of Labour and Social Policy, as stated by Deputy Minister Z. Rusinova)
     * over 6,951,482 residents on 31 December 2019 (NSI) = 0.0374 per 1,000, rounded to 0.037. PLACES, not a count of
     * users: no national count of users was found; places are what a full network serves at one time, the quantity the
     * capacities compare with. A national average of supply, not of need.
     */
    public static final String CRISIS_SOURCE = PUBLISHED_PREFIX + " 260 places in the 25 crisis centres (19 for children, 6 for "
            + "adults) at the end of July 2019 (Ministry of Labour and Social Policy, via "
            + "http://zroussinova.com/novini-sabitia-rusinova/308-borbata-s-nasilieto-izashtita-na-jertvite-e-prioritet-za-nas) / "
            + "6,951,482 residents on 31 Dec 2019 (NSI) = 0.037 per 1,000 residents; places, not users (no count of users "
            + "published): a national average of supply, not of need (docs/uptake.md)";

    /**
     * Default uptake by service type. Rehabilitation (users) and crisis (places) are derived from published national
     * figures; community support is an ASSUMPTION (no usable published count of its users or places was found), chosen
     * only so that demand and places are of the same order for a small province, to be replaced by the region's own
     * figures.
     */
    public static final Map<String, DefaultRate> DEFAULTS = Map.of(
            "community-support", new DefaultRate(5.0, true, ASSUMED_SOURCE),
            "crisis", new DefaultRate(0.037, false, CRISIS_SOURCE),
            "rehabilitation", new DefaultRate(0.74, false, REHABILITATION_SOURCE));

    public ServiceDemand {
        ProblemCollector problems = new ProblemCollector();
        if (!(usersPer1000 >= 0) || Double.isInfinite(usersPer1000))
            problems.field("uptake_per_1000", "the uptake rate must be a finite number >= 0, got " + usersPer1000);
        if (column == null || column.isBlank()) problems.field("target_group", "a population column is needed");
        problems.throwIfAny();
        source = source == null ? "" : source;
    }

    /** The user's rate, or the service type's default (sourced or assumed). @throws PlanningException when neither exists */
    public static ServiceDemand of(String serviceTypeId, String column, Double usersPer1000) {
        if (usersPer1000 != null) return new ServiceDemand(column, usersPer1000, "given by the user");
        DefaultRate d = DEFAULTS.get(serviceTypeId);
        if (d == null)
            throw PlanningException.invalid("No default uptake rate for service type '" + serviceTypeId + "': give users per 1,000 residents.");
        return new ServiceDemand(column, d.usersPer1000(), d.source());
    }

    /** Whether the service type has a default rate (sourced or assumed). */
    public static boolean hasDefault(String serviceTypeId) { return serviceTypeId != null && DEFAULTS.containsKey(serviceTypeId); }

    public double users(Settlement s) { return s.population(column) * usersPer1000 / 1000.0; }
}
