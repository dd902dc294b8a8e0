package org.dostap.engine.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software version recorded in every result, from the build ({@code version.properties}). */
public final class SoftwareVersion {
    private SoftwareVersion() {}

    public static String get() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) return "dostap (unknown version)";
            Properties p = new Properties();
            p.load(in);
            return "dostap " + p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "dostap (unknown version)";
        }
    }
}
