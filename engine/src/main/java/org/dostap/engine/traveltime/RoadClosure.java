package org.dostap.engine.traveltime;

import org.dostap.engine.common.ProblemCollector;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Roads closed in a scenario (a pass in winter, a bridge under repair). A polygon closes every road segment that
 * lies in it or enters it; a line closes every road segment it crosses or touches. With {@code roadClasses} only
 * roads of those OpenStreetMap classes are closed there (the winter preset: {@code track}, {@code unclassified});
 * empty = every road. Only road travel times can respect a closure. Lon/lat, EPSG:4326.
 *
 * @param name        shown in provenance and in a cut-off settlement's reason; blank = "closure N"
 * @param season      free text, e.g. "winter" (may be empty)
 * @param geometry    Polygon, MultiPolygon, LineString or MultiLineString
 * @param roadClasses lower-case OSM highway classes of {@link #ROAD_CLASSES}; empty = all
 */
public record RoadClosure(String name, String season, Geometry geometry, List<String> roadClasses) {
    /** The road classes a closure may name (OpenStreetMap {@code highway=*} values GraphHopper keeps). */
    public static final List<String> ROAD_CLASSES = List.of("motorway", "trunk", "primary", "secondary", "tertiary",
            "unclassified", "residential", "service", "road", "track", "living_street");
    /** The winter preset: minor roads that are not cleared of snow. */
    public static final List<String> WINTER_ROAD_CLASSES = List.of("track", "unclassified");

    public RoadClosure {
        name = name == null ? "" : name.strip();
        season = season == null ? "" : season.strip();
        roadClasses = roadClasses == null ? List.of()
                : roadClasses.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        Objects.requireNonNull(geometry, "geometry");
    }

    /** True for a polygon closure (roads inside), false for a line (roads it crosses). */
    public boolean isArea() { return geometry instanceof Polygon || geometry instanceof MultiPolygon; }

    /** The name, or {@code fallback} when it has none. */
    public String label(String fallback) { return name.isEmpty() ? fallback : name; }

    /**
     * Checks a closure's parts before it is built: geometry type and validity, coordinates in lon/lat range,
     * road class names. Every problem goes to {@code problems} at a part of {@code where} (the file feature or the edit).
     */
    public static boolean check(org.dostap.engine.common.ProblemLocation where, Geometry geometry, List<String> roadClasses, ProblemCollector problems) {
        long before = problems.total();
        if (geometry == null) {
            problems.add(where.child("geometry"), "a Polygon or LineString geometry is required");
        } else if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon
                || geometry instanceof LineString || geometry instanceof MultiLineString)) {
            problems.add(where.child("geometry"), "must be a Polygon, MultiPolygon, LineString or MultiLineString, got "
                    + geometry.getGeometryType());
        } else if (geometry.isEmpty()) {
            problems.add(where.child("geometry"), "has no coordinates");
        } else {
            var env = geometry.getEnvelopeInternal();
            if (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90)
                problems.add(where.child("geometry"), "coordinates must be longitude -180..180, latitude -90..90 (GeoJSON order: lon, lat)");
            else if (!geometry.isValid())
                problems.add(where.child("geometry"), "is not a valid " + geometry.getGeometryType()
                        + " (self-intersecting or unclosed ring?)");
        }
        if (roadClasses != null) for (String c : roadClasses) {
            if (c == null || !ROAD_CLASSES.contains(c.strip().toLowerCase(Locale.ROOT)))
                problems.add(where.child("road_classes"), "unknown road class '" + c + "': expected some of " + String.join(", ", ROAD_CLASSES));
        }
        return problems.total() == before;
    }
}
