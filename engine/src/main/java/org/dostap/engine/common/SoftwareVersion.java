package org.dostap.engine.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The software version and git commit recorded in every result's provenance, read once from the build's
 * {@code version.properties} (filled by Maven: project version, commit, whether the tree had uncommitted changes).
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the abbreviated git commit, with {@code -dirty} when built from a changed tree; {@code unknown} when
 *                built outside a git checkout
 */
public record SoftwareVersion(String version, String commit) {
    private static final SoftwareVersion CURRENT = read();

    public static SoftwareVersion current() { return CURRENT; }

    /** {@code dostap 0.1.0-SNAPSHOT}: the form every result has carried as {@code software_version}. */
    public String label() { return "dostap " + version; }

    private static SoftwareVersion read() {
        Properties p = new Properties();
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable file is the same as none: the version is then unknown, never a failed run
        }
        String version = filled(p.getProperty("version"), "(unknown version)");
        String commit = filled(p.getProperty("commit"), "unknown");
        if ("true".equals(p.getProperty("dirty")) && !"unknown".equals(commit)) commit += "-dirty";
        return new SoftwareVersion(version, commit);
    }

    /** A property Maven did not fill stays {@code ${...}}: read as missing. */
    private static String filled(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
