package org.dostap.engine.mobile;

/**
 * One settlement re-scored with mobile visits counted as access: its kind, the time to the nearest fixed
 * centre ({@code TravelTimeMatrix.UNREACHABLE} when none), and visits per four weeks (0 unless mobile).
 */
public record RescoredSettlement(String settlementId, String name, String municipality, int population,
                               AccessKind accessKind, int nearestFixedSeconds, double visitsPer4Weeks) { }
