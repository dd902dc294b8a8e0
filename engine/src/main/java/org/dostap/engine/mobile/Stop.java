package org.dostap.engine.mobile;

/**
 * One visit in a team-day, {@code order} from 1. Times in seconds after the start of the working day:
 * arrival, start of the visit (later than arrival when the settlement's window opens later), departure.
 */
public record Stop(int order, String settlementId, String name, int population,
                   int arrivalSeconds, int startSeconds, int departureSeconds) { }
