package org.dostap.engine.routing;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The populated places of an OpenStreetMap extract: nodes tagged {@code place} = city, town, village, hamlet,
 * isolated_dwelling, farm, suburb, quarter or neighbourhood (not squares, islands or unpopulated localities). They are
 * the settlements on which the estimate is fitted ({@link EstimateFitter}). Sorted by OSM id.
 */
public final class OsmPlaces {
    /** {@code place} values that name where people live. */
    public static final Set<String> POPULATED = Set.of("city", "town", "village", "hamlet", "isolated_dwelling", "farm",
            "suburb", "quarter", "neighbourhood");

    /** One place node: OSM id, {@code name} (may be empty), {@code place} value, location. */
    public record Place(long osmId, String name, String kind, GeoPoint location) { }

    private OsmPlaces() { }

    /** @throws PlanningException the file cannot be read as OpenStreetMap data */
    public static List<Place> read(Path osmFile) {
        List<Place> places = new ArrayList<>();
        try (OSMInputFile in = new OSMInputFile(osmFile.toFile())) {
            in.setSkipOptions(new SkipOptions(false, true, true)).setWorkerThreads(2).open();
            ReaderElement e;
            while ((e = in.getNext()) != null) {
                if (!(e instanceof ReaderNode node)) continue;
                String kind = node.getTag("place");
                if (kind == null || !POPULATED.contains(kind)) continue;
                String name = node.getTag("name");
                places.add(new Place(node.getId(), name == null ? "" : name, kind, new GeoPoint(node.getLon(), node.getLat())));
            }
        } catch (Exception e) {
            throw PlanningException.invalid("cannot read the places of " + osmFile.getFileName() + ": " + e.getMessage());
        }
        places.sort(Comparator.comparingLong(Place::osmId));
        return List.copyOf(places);
    }
}
