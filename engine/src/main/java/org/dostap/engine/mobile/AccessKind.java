package org.dostap.engine.mobile;

import java.util.Locale;

/** How a settlement reaches a service once mobile visits count: a fixed centre within the threshold, mobile visits, or none. */
public enum AccessKind {
    FIXED, MOBILE, NONE;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
