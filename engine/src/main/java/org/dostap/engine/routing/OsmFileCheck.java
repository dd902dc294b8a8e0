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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A cheap look at the first bytes before a long import, so that a wrong file gets a clear message:
 * a PBF starts with a block header naming {@code OSMHeader}; an XML extract (plain or gzip) has an
 * {@code <osm} root element near the top.
 */
final class OsmFileCheck {
    private static final int HEAD_BYTES = 8192;
    private static final Pattern XML_TIMESTAMP =
            Pattern.compile("<meta[^>]*\\bosm_base=\"([^\"]+)\"|<osm\\b[^>]*\\btimestamp=\"([^\"]+)\"");

    private OsmFileCheck() {}

    /**
     * Throws {@link PlanningException} unless the file starts like OpenStreetMap data. Returns the data timestamp
     * of an XML extract's header ({@code <meta osm_base="..."/>} of an Overpass download, or the {@code timestamp}
     * attribute of {@code <osm>}), empty if there is none; GraphHopper reads PBF header timestamps itself.
     */
    static String requireOsm(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String problem;
        String[] timestamp = {""};
        try {
            problem = name.endsWith(".pbf") ? checkPbf(file) : checkXml(file, name.endsWith(".gz"), timestamp);
        } catch (IOException e) {
            problem = "cannot be read: " + e.getMessage();
        }
        if (problem != null) throw PlanningException.invalid(List.of(Problem.inFile(file.toString(), problem)));
        return timestamp[0];
    }

    private static String checkPbf(Path file) throws IOException {
        byte[] head = readHead(Files.newInputStream(file));
        if (head.length == 0) return "the file is empty";
        String text = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1);
        return text.contains("OSMHeader") ? null
                : "not an OpenStreetMap PBF file (no OSMHeader block at the start); download an .osm.pbf extract, e.g. from Geofabrik";
    }

    private static String checkXml(Path file, boolean gzip, String[] timestamp) throws IOException {
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
        Matcher m = XML_TIMESTAMP.matcher(text);
        if (m.find()) timestamp[0] = m.group(1) != null ? m.group(1) : m.group(2);
        return text.contains("<osm") ? null
                : "not OpenStreetMap XML (no <osm> root element at the start)";
    }

    private static byte[] readHead(InputStream in) throws IOException {
        try (in) {
            return in.readNBytes(HEAD_BYTES);
        }
    }
}
