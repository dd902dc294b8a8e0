package org.dostap.engine.region;

import org.locationtech.jts.geom.Geometry;

import java.util.Objects;

/**
 * A municipality (code such as {@code SML31}) or province (code such as {@code SML}) with its
 * boundary in EPSG:4326 (may be null when unknown). {@code seatId} is the settlement id of its seat.
 */
public record AdminArea(String code, String nameBg, String nameEn, String parentCode, String seatId, Geometry boundary) {
    public AdminArea {
        Objects.requireNonNull(code, "code");
        nameBg = nameBg == null ? "" : nameBg;
        nameEn = nameEn == null ? "" : nameEn;
        parentCode = parentCode == null ? "" : parentCode;
        seatId = seatId == null ? "" : seatId;
    }
}
