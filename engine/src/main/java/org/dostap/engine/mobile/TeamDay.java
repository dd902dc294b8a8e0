package org.dostap.engine.mobile;

import org.locationtech.jts.geom.LineString;

import java.util.List;

/**
 * One team's working day: week (1-based), day of the week (1 = the first working day), team (1-based),
 * the ordered stops, when it is back at the base ({@code dayLengthSeconds}, the day starts at 0), time
 * driving, metres driven and the route geometry (EPSG:4326: road legs, or straight lines when estimated).
 */
public record TeamDay(int week, int day, int team, List<Stop> stops, int dayLengthSeconds, int drivingSeconds,
                      double distanceMetres, LineString geometry) {
    public TeamDay {
        stops = List.copyOf(stops);
    }
}
