package org.dostap.engine.store;

import org.dostap.engine.common.SoftwareVersion;

/**
 * What a scenario was last saved with, so that results recomputed from it later can be told apart from those seen when
 * it was saved: the software (version and git commit) and the region's data (its provenance, which names the bundled
 * data's version). Empty texts: not recorded (a scenario saved before the store kept them).
 */
public record SavedWith(String softwareVersion, String gitCommit, String data) {
    public static final SavedWith UNKNOWN = new SavedWith("", "", "");

    public SavedWith {
        softwareVersion = softwareVersion == null ? "" : softwareVersion;
        gitCommit = gitCommit == null ? "" : gitCommit;
        data = data == null ? "" : data;
    }

    /** This software, and {@code data} the region's provenance. */
    public static SavedWith current(String data) {
        SoftwareVersion v = SoftwareVersion.current();
        return new SavedWith(v.label(), v.commit(), data);
    }
}
