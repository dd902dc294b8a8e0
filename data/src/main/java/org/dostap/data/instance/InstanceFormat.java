package org.dostap.data.instance;

import org.dostap.engine.common.PlanningException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The published instance formats, by their command-line names. */
public enum InstanceFormat {
    /** OR-Library uncapacitated p-median (Beasley 1985): graph edges, costs are shortest paths. */
    ORLIB_PMED("orlib-pmed"),
    /** Osman &amp; Christofides (1994) capacitated p-median: floor(Euclidean) distances. */
    CAPMED("capmed"),
    /** Lorena &amp; Senne (2004) SJC capacitated p-median: real Euclidean distances. */
    SJC("sjc");

    private final String cliName;

    InstanceFormat(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    /** @throws PlanningException INVALID_INPUT naming the known formats */
    public static InstanceFormat parse(String name) {
        for (InstanceFormat f : values()) if (f.cliName.equals(name)) return f;
        throw PlanningException.invalid("Unknown instance format '" + name + "'. Known formats: "
                + Arrays.stream(values()).map(InstanceFormat::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
