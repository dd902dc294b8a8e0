package org.dostap.engine.store;

/** A line in the list of regions: code (province code such as {@code SML}), names and counts. */
public record RegionInfo(String code, String nameBg, String nameEn, int settlements, int municipalities,
                         boolean facilitiesIllustrative) {
}
