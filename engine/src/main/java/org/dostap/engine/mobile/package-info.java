/**
 * Mobile services: teams based at a facility visit the settlements fixed centres cannot reach, on a
 * periodic schedule.
 * <ul>
 *   <li>{@link org.dostap.engine.mobile.MobilePlanner#plan} turns a {@link org.dostap.engine.mobile.MobileRequest}
 *   (teams, service, settlements or the threshold rule, visit interval in weeks, time on site, horizon, time
 *   windows) into a {@link org.dostap.engine.mobile.MobilePlan}: team-days with ordered stops and times, served
 *   settlements with their visit pattern, unserved ones with a {@link org.dostap.engine.mobile.UnservedReason}.</li>
 *   <li>A <em>visit pattern</em> is (team, first week in 0..K-1, day of week): a settlement visited every K weeks is
 *   visited in weeks first, first + K, ... on the same day by the same team, horizon / K times in all.</li>
 *   <li>With two or more teams the work is balanced ({@code TeamBalancer}: team hours sorted largest first, made
 *   lexicographically smallest, then the total); {@link org.dostap.engine.mobile.MobilePlan#teamLoads()} and
 *   {@link org.dostap.engine.mobile.MobilePlan#teamBalance()} report it. Days of up to 12 stops are ordered exactly
 *   ({@code ExactDayOrder}), so the same request gives the same plan.</li>
 *   <li>{@link org.dostap.engine.mobile.GapClosingService#compare} puts options side by side (bases x teams x
 *   intervals, and one more fixed centre via a {@link org.dostap.engine.mobile.NewCentreProposer});
 *   {@link org.dostap.engine.mobile.AccessRescore} re-scores coverage as fixed | mobile | none.</li>
 *   <li>{@code vrptw}: the published-benchmark solver (Solomon VRPTW) and its independent feasibility check.</li>
 * </ul>
 * Units: seconds and metres; a working day starts at 0 when the team leaves the base.
 */
package org.dostap.engine.mobile;
