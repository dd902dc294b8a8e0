package org.dostap.web.indicators;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an area meets its target share, over the estimate's range (docs/estimate.md): {@code met} when even the low
 * end of the range (roads slow) reaches the target, {@code not-met} when even the high end (roads fast) does not, and
 * {@code uncertain} when the range straddles the target (the point estimate alone would say met or not met). With road
 * times the range is the count itself, so the status is met or not met. The one wording of every output (JSON,
 * CSV, workbook, report, page) in both languages.
 */
public enum TargetStatus {
    MET("met", "да", "yes"),
    NOT_MET("not-met", "не", "no"),
    UNCERTAIN("uncertain", "несигурно (в обхвата на оценката)", "uncertain (within the estimate's range)");

    private final String code;
    private final String bg;
    private final String en;

    TargetStatus(String code, String bg, String en) {
        this.code = code;
        this.bg = bg;
        this.en = en;
    }

    @JsonValue
    public String code() { return code; }

    /** The answer under a "Target met" heading: да / не / несигурно (...), yes / no / uncertain (...). */
    public String label(boolean bulgarian) { return bulgarian ? bg : en; }

    /** The status of {@code a} against {@code targetShare}; an empty area meets any target. */
    public static TargetStatus of(AccessIndicators a, double targetShare) {
        if (a.population() == 0) return MET;
        long needed = (long) Math.ceil(targetShare * a.population() - 1e-9);
        if (a.populationWithinLow() >= needed) return MET;
        if (a.populationWithinHigh() < needed) return NOT_MET;
        return UNCERTAIN;
    }
}
