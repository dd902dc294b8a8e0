package org.dostap.engine.routing;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A cheap look at the first bytes before a long import, so that a wrong file gets a clear message:
 * a PBF starts with a block header naming {@code OSMHeader}; an XML extract (plain or gzip) has an
 * {@code <osm} root element near the top.
 */
final class OsmFileCheck {
    private static final int HEAD_BYTES = 8192;

    private OsmFileCheck() {}

    static void requireOsm(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String problem;
        try {
            problem = name.endsWith(".pbf") ? checkPbf(file) : checkXml(file, name.endsWith(".gz"));
        } catch (IOException e) {
            problem = "cannot be read: " + e.getMessage();
        }
        if (problem != null) throw PlanningException.invalid(List.of(Problem.of(file.toString(), problem)));
    }

    private static String checkPbf(Path file) throws IOException {
        byte[] head = readHead(Files.newInputStream(file));
        if (head.length == 0) return "the file is empty";
        String text = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1);
        return text.contains("OSMHeader") ? null
                : "not an OpenStreetMap PBF file (no OSMHeader block at the start); download an .osm.pbf extract, e.g. from Geofabrik";
    }

    private static String checkXml(Path file, boolean gzip) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        byte[] head;
        try {
            head = readHead(gzip ? new GZIPInputStream(raw) : raw);
        } catch (java.util.zip.ZipException e) {
            raw.close();
            return "not a gzip file: " + e.getMessage();
        }
        if (head.length == 0) return "the file is empty";
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains("<osm") ? null
                : "not OpenStreetMap XML (no <osm> root element at the start)";
    }

    private static byte[] readHead(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(HEAD_BYTES);
        }
    }
}
