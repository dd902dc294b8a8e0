package org.dostap.data.input;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.locationtech.jts.geom.Envelope;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Shared fixture access for the reader tests. */
final class InputFixtures {
    /** Smolyan's boundary box plus 5 km. */
    static final Envelope SMOLYAN = RegionExtent.of(new BundledRegionStore().getRegion("SML"), 5_000);

    private InputFixtures() { }

    static Path fixture(String name) {
        try {
            return Path.of(InputFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static List<Problem> problemsOf(Runnable read) {
        assertThatThrownBy(read::run).isInstanceOf(PlanningException.class);
        return catchThrowableOfType(PlanningException.class, read::run).problems();
    }
}
