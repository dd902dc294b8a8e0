package org.dostap.engine.mobile;

import org.dostap.engine.region.Settlement;

import java.util.List;

/**
 * The planner's working form: node 0 is the base, node i (1..n) is {@code settlements.get(i - 1)}, with
 * its population, interval in weeks, time on site and window; the teams' calendar (teams x weeks x days).
 */
record PlanningProblem(TeamNetwork network, List<Settlement> settlements, int[] population, int[] weeks,
                       int[] onSite, int[] open, int[] close, int teams, int horizonWeeks, int daysPerWeek,
                       int dayLengthSeconds) {
    int nodeCount() { return network.size(); }

    int onSiteSeconds(int node) { return onSite[node]; }

    int open(int node) { return open[node]; }

    int close(int node) { return close[node]; }

    int slotCount() { return teams * horizonWeeks * daysPerWeek; }

    int slot(int team, int week, int day) { return (team * horizonWeeks + week) * daysPerWeek + day; }

    int teamOf(int slot) { return slot / (horizonWeeks * daysPerWeek); }

    int weekOf(int slot) { return slot / daysPerWeek % horizonWeeks; }

    int dayOf(int slot) { return slot % daysPerWeek; }

    /** Round trip from the base plus time on site: the shortest possible day visiting {@code node}. */
    long aloneSeconds(int node) {
        return (long) network.seconds(0, node) + onSite[node] + network.seconds(node, 0);
    }
}
