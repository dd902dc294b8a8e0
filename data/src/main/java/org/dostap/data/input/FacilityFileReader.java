package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.ServiceType;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a user's facilities file (PRODUCT.md "Input file contracts"), CSV or GeoJSON by extension.
 * Required: {@code id,name,service,lon,lat} (GeoJSON: Point geometry instead of lon/lat); optional
 * {@code capacity} (whole number, empty = unknown), {@code municipality}, {@code status}
 * ({@code existing} (default), {@code planned}, {@code candidate}) and {@code illustrative} (true/false, default false).
 * Service types must be in the catalogue. Every problem is collected and thrown at once as one {@link PlanningException}.
 */
public final class FacilityFileReader {
    private static final List<String> REQUIRED = List.of("id", "name", "service", "lon", "lat");

    private final ServiceCatalog services;
    private final Envelope extent;
    private final List<GeoPoint> settlements;

    /** @param extent the region's lon/lat extent (e.g. {@link RegionExtent}); null accepts any point on Earth */
    public FacilityFileReader(ServiceCatalog services, Envelope extent) {
        this(services, extent, List.of());
    }

    /**
     * @param extent      as above; when null, points must pass the {@link CoordinateSanity} rules
     * @param settlements the settlements the facilities serve: the sanity rules judge the facilities among them
     */
    public FacilityFileReader(ServiceCatalog services, Envelope extent, List<GeoPoint> settlements) {
        this.services = Objects.requireNonNull(services, "services");
        this.extent = extent == null ? null : new Envelope(extent);
        this.settlements = List.copyOf(settlements);
    }

    /** @throws PlanningException INVALID_INPUT listing every problem of the file */
    public List<Facility> read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        InputTable table = InputTable.read(file, problems);
        if (table == null) {
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        CellReader cells = new CellReader(table, problems, extent);
        cells.requireColumns(csv ? REQUIRED : REQUIRED.subList(0, 3), csv ? "column" : "property");
        List<Facility> facilities = new ArrayList<>();
        for (InputTable.Row row : table.rows()) {
            Optional<String> id = cells.id(row);
            Optional<String> name = table.columns().contains("name") ? cells.text(row, "name") : Optional.empty();
            Optional<ServiceType> service = table.columns().contains("service") ? service(row, cells) : Optional.empty();
            Optional<GeoPoint> point = cells.point(row);
            OptionalInt capacity = cells.count(row, "capacity", OptionalInt.of(0));
            Optional<FacilityStatus> status = status(row, cells);
            Optional<Boolean> illustrative = illustrative(row, cells);
            if (id.isPresent() && name.isPresent() && service.isPresent() && point.isPresent() && capacity.isPresent()
                    && status.isPresent() && illustrative.isPresent()) {
                facilities.add(new Facility(id.get(), name.get(), service.get().id(), point.get(), capacity.getAsInt(),
                        row.get("municipality"), status.get(), illustrative.get()));
            }
        }
        cells.checkSanity(settlements);
        problems.throwIfAny();
        return facilities;
    }

    private Optional<ServiceType> service(InputTable.Row row, CellReader cells) {
        Optional<String> id = cells.text(row, "service");
        if (id.isEmpty()) return Optional.empty();
        Optional<ServiceType> type = services.find(id.get());
        if (type.isEmpty()) {
            cells.problem(row.number(), "service", "unknown service type '" + id.get() + "'; known types: "
                    + String.join(", ", services.list().stream().map(ServiceType::id).toList()));
        }
        return type;
    }

    private static Optional<FacilityStatus> status(InputTable.Row row, CellReader cells) {
        String v = row.get("status");
        if (v.isEmpty()) return Optional.of(FacilityStatus.EXISTING);
        Optional<FacilityStatus> s = FacilityStatus.parse(v);
        if (s.isEmpty()) cells.problem(row.number(), "status", "unknown status '" + v + "'; use existing, planned or candidate");
        return s;
    }

    private static Optional<Boolean> illustrative(InputTable.Row row, CellReader cells) {
        String v = row.get("illustrative").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "false", "no", "0" -> Optional.of(false);
            case "true", "yes", "1" -> Optional.of(true);
            default -> {
                cells.problem(row.number(), "illustrative", "not true or false: \"" + row.get("illustrative") + "\"");
                yield Optional.empty();
            }
        };
    }
}
