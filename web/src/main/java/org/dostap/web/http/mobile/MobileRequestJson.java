package org.dostap.web.http.mobile;

import org.dostap.web.http.json.EditJson;

import java.util.List;

/**
 * The body of {@code POST /api/regions/{code}/mobile} (minutes and hours at this edge). Missing values take the
 * CLI's defaults: 1 team, 5 days a week, every 2 weeks over 4 weeks, the service's standard as threshold,
 * 8-hour days, 60 min on site, day starting 08:00, visits at any time of the day. {@code frequencyByPopulation}
 * ({@code "0-99:4,100-499:2,500-:1"}) replaces {@code frequencyWeeks}; {@code timeWindow} ({@code "09:00-12:00"})
 * is when visits start; {@code visits} override these per settlement. Scenario {@code edits} are applied before planning.
 * {@code bases}: one base facility id per team (teams at several bases; {@code teams} defaults to their number);
 * {@code base}: every team at one base; neither: the bases with the least travel to the settlements to visit.
 * {@code rescore}: also answer every settlement's access with the plan's visits counted (fixed / mobile / none).
 * {@code compareTeams}, {@code compareBases}, {@code compareFrequenciesWeeks}: only for {@code /mobile/options}, the
 * options compared (1..N teams at every base, the plan's base when none, and every interval, the plan's when none).
 * {@code mode}: how people reach the fixed centres, {@code car} (default) or {@code foot}, as in coverage requests: the
 * settlements to visit are those beyond the threshold (default: that mode's standard) in it; the teams always drive.
 */
public record MobileRequestJson(String service, String base, Integer teams, Integer daysPerWeek, Integer frequencyWeeks,
                                Integer horizonWeeks, Double thresholdMin, Double dayHours, Double onSiteMin,
                                String population, String dayStart, List<EditJson> edits, String frequencyByPopulation,
                                String timeWindow, Double onSiteSecPerResident, List<VisitSettings.Visit> visits,
                                Boolean rescore, Integer compareTeams, List<String> compareBases, List<Integer> compareFrequenciesWeeks,
                                List<String> bases, String mode) {
    static final MobileRequestJson EMPTY = new MobileRequestJson(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);
}
