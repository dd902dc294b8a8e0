package org.dostap.engine.mobile;

/** A settlement that should be served but is not, with the reason and a sentence saying what to do. */
public record UnservedSettlement(String settlementId, String name, int population, UnservedReason reason, String message) { }
