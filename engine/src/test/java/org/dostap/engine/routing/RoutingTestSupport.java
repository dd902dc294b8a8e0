package org.dostap.engine.routing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures: OSM files under {@code src/test/resources/osm/} and a graph folder per test class. */
final class RoutingTestSupport {
    private RoutingTestSupport() {}

    static Path osm(String name) {
        try {
            return Path.of(RoutingTestSupport.class.getResource("/osm/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource osm/" + name + " missing", e);
        }
    }

    /** {@code target/<TestClass>-gh}, wiped. */
    static Path freshGraphDir(Class<?> testClass) {
        Path dir = Path.of("target", testClass.getSimpleName() + "-gh");
        GraphCache.deleteRecursively(dir);
        return dir;
    }
}
