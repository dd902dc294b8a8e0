package org.dostap.data.importer;

import org.dostap.data.importer.RawBoundaries.Boundary;
import org.dostap.data.importer.RawRegister.RegisterSettlement;
import org.dostap.engine.common.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documented coordinate rule. Every settlement point is checked against its municipality polygon
 * (municipalities.geojson). The boundaries are simplified (vertices on a 0.001° grid, lines off by a few
 * hundred metres), so a point less than {@link #TOLERANCE_METRES} outside is taken as right and kept (it is
 * listed as outside). A point that is missing, or lies farther outside, is replaced by the representative
 * point of the settlement's own land area (землище) in grounds.geojson — its centroid when the centroid lies
 * inside the land area, otherwise JTS's interior point — provided that point lies inside the municipality.
 * Each replacement is recorded with the reason; points that stay outside are counted and listed.
 */
final class CoordinateFixer {
    static final String SOURCE_LOCATIONS = "yurukov/Bulgaria-geocoding settlements_loc.csv";
    static final String SOURCE_GROUNDS = "nikolovdeyan/Bulgaria-geocoding grounds.geojson";

    /** One corrected (or filled-in) coordinate; {@code oldPoint} is null when the source had none. */
    record Fix(String id, String name, GeoPoint oldPoint, GeoPoint newPoint, String why, String source) { }

    /** A kept point that lies outside its municipality polygon, and by how much. */
    record Outside(String id, String name, String municipality, double distanceMetres, boolean hasLandArea) { }

    /** The outcome: a coordinate per settlement (absent when none is known) with its source, and the fixes. */
    record Result(Map<String, GeoPoint> points, Map<String, String> sources, List<Fix> fixes,
                  List<Outside> outsideMunicipality, List<String> unlocated) { }

    /** Points closer than this to their municipality polygon are kept (boundary simplification). */
    static final double TOLERANCE_METRES = 1000;

    private static final GeometryFactory GF = new GeometryFactory();

    private CoordinateFixer() { }

    static Result apply(Map<String, RegisterSettlement> register, Map<String, GeoPoint> locations,
                        Map<String, Boundary> municipalities, Map<String, Boundary> grounds) {
        Map<String, PreparedGeometry> prepared = new HashMap<>();
        Map<String, GeoPoint> points = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        List<Fix> fixes = new ArrayList<>();
        List<Outside> outside = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (RegisterSettlement s : register.values()) {
            Boundary mun = municipalities.get(s.municipality());
            if (mun == null) throw new IllegalStateException("no boundary for municipality " + s.municipality() + " of " + s.id());
            PreparedGeometry munArea = prepared.computeIfAbsent(s.municipality(), k -> PreparedGeometryFactory.prepare(mun.geometry()));
            GeoPoint given = locations.get(s.id());
            Boundary ground = grounds.get(s.id());
            GeoPoint replacement = ground == null ? null : representativePoint(ground.geometry());
            boolean replacementFits = replacement != null && munArea.covers(point(replacement));
            if (given == null) {
                if (replacementFits) {
                    fixes.add(new Fix(s.id(), s.name(), null, replacement, "no coordinate in settlements_loc.csv;"
                            + " representative point of its land area in grounds.geojson", SOURCE_GROUNDS));
                    points.put(s.id(), replacement);
                    sources.put(s.id(), "grounds");
                } else {
                    unlocated.add(s.id());
                }
                continue;
            }
            double outsideMetres = munArea.covers(point(given)) ? 0 : distanceMetres(mun.geometry(), given);
            if (outsideMetres > TOLERANCE_METRES && replacementFits) {
                fixes.add(new Fix(s.id(), s.name(), given, replacement, String.format(Locale.ROOT,
                        "settlements_loc.csv point lies %.1f km outside its municipality %s; replaced by the"
                                + " representative point of its land area in grounds.geojson",
                        outsideMetres / 1000, s.municipality()), SOURCE_GROUNDS));
                points.put(s.id(), replacement);
                sources.put(s.id(), "grounds");
            } else {
                if (outsideMetres > 0) outside.add(new Outside(s.id(), s.name(), s.municipality(), outsideMetres, ground != null));
                points.put(s.id(), given);
                sources.put(s.id(), "settlements_loc");
            }
        }
        return new Result(points, sources, fixes, outside, unlocated);
    }

    /** Centroid when inside the area, else the interior point; rounded to 6 decimals (about 0.1 m). */
    static GeoPoint representativePoint(Geometry area) {
        Point c = area.getCentroid();
        Point p = area.contains(c) ? c : area.getInteriorPoint();
        return new GeoPoint(round6(p.getX()), round6(p.getY()));
    }

    static double distanceMetres(Geometry area, GeoPoint p) {
        Coordinate[] nearest = DistanceOp.nearestPoints(area.getBoundary(), point(p));
        return new GeoPoint(nearest[0].x, nearest[0].y).distanceMetresTo(p);
    }

    static double round6(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    private static Point point(GeoPoint p) { return GF.createPoint(new Coordinate(p.lon(), p.lat())); }
}
