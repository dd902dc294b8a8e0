package org.dostap.engine.optimize;

import org.dostap.engine.common.PlanningException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The location problems by their external names (CLI, API). */
public enum ProblemKind {
    P_MEDIAN("p-median", true, false),
    MCLP("mclp", true, true),
    LSCP("lscp", false, true),
    P_CENTER("p-center", true, false),
    CAPACITATED_P_MEDIAN("capacitated-p-median", true, false),
    CAPACITATED_COVERAGE("capacitated-coverage", true, true),
    INTER_MUNICIPAL("inter-municipal", true, true);

    private final String externalName;
    private final boolean needsSites;
    private final boolean needsThreshold;

    ProblemKind(String externalName, boolean needsSites, boolean needsThreshold) {
        this.externalName = externalName;
        this.needsSites = needsSites;
        this.needsThreshold = needsThreshold;
    }

    public String externalName() { return externalName; }
    public boolean needsSites() { return needsSites; }
    public boolean needsThreshold() { return needsThreshold; }
    public boolean capacitated() { return this == CAPACITATED_P_MEDIAN || this == CAPACITATED_COVERAGE; }

    public static String names() { return Arrays.stream(values()).map(ProblemKind::externalName).collect(Collectors.joining(", ")); }

    /** @throws PlanningException INVALID_INPUT naming the known problems */
    public static ProblemKind parse(String name) {
        for (ProblemKind k : values()) if (k.externalName.equals(name)) return k;
        throw PlanningException.invalid("Unknown problem '" + name + "'. Known problems: " + names() + ".");
    }
}
