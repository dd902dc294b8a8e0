package org.dostap.data.input;

import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.locationtech.jts.geom.Envelope;

/** Lon/lat extents used to validate the coordinates of user files. */
public final class RegionExtent {
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    private RegionExtent() { }

    /**
     * The bounding box of the region's province and municipality boundaries (or, when it has none, of its
     * settlements), widened by {@code marginMetres} on every side.
     */
    public static Envelope of(RegionData region, double marginMetres) {
        Envelope e = new Envelope();
        region.province().map(AdminArea::boundary).ifPresent(b -> { if (b != null) e.expandToInclude(b.getEnvelopeInternal()); });
        for (AdminArea m : region.municipalities()) if (m.boundary() != null) e.expandToInclude(m.boundary().getEnvelopeInternal());
        if (e.isNull()) for (Settlement s : region.settlements()) e.expandToInclude(s.location().lon(), s.location().lat());
        return withMargin(e, marginMetres);
    }

    /** {@code extent} widened by {@code marginMetres} (longitude margin scaled at the extent's largest latitude). */
    public static Envelope withMargin(Envelope extent, double marginMetres) {
        if (extent.isNull()) return new Envelope(extent);
        double dLat = marginMetres / METRES_PER_DEGREE_LAT;
        double maxAbsLat = Math.min(89, Math.max(Math.abs(extent.getMinY()), Math.abs(extent.getMaxY())));
        double dLon = marginMetres / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(maxAbsLat)));
        return new Envelope(extent.getMinX() - dLon, extent.getMaxX() + dLon, extent.getMinY() - dLat, extent.getMaxY() + dLat);
    }
}
