package org.dostap.engine.region;

import org.dostap.engine.common.PlanningException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service types a region plans for, by id. Immutable. */
public final class ServiceCatalog {
    private final Map<String, ServiceType> byId;

    public ServiceCatalog(List<ServiceType> types) {
        Map<String, ServiceType> m = new LinkedHashMap<>();
        for (ServiceType t : types) {
            if (m.put(t.id(), t) != null) throw new IllegalArgumentException("duplicate service type " + t.id());
        }
        this.byId = Map.copyOf(m);
        this.ordered = List.copyOf(types);
    }

    private final List<ServiceType> ordered;

    /**
     * The four service types of PRODUCT.md with their typical standards by car, and on foot (assumptions: no
     * Bulgarian walking standard was found; a walk of 20 min is about 1.5 km): community support 30 / 20 min,
     * crisis 60 / 60, rehabilitation 45 / 30, mobile 60 / 60. The bundled data's {@code service-types.csv} holds the same.
     */
    public static ServiceCatalog defaults() {
        return new ServiceCatalog(List.of(
                new ServiceType("community-support", "Център за обществена подкрепа (ЦОП)", "Community Support Centre", 30 * 60, false, false, 20 * 60),
                new ServiceType("crisis", "Кризисен център", "Crisis Centre", 60 * 60, true, false, 60 * 60),
                new ServiceType("rehabilitation", "Център за социална рехабилитация и интеграция (ЦСРИ)",
                        "Centre for Social Rehabilitation and Integration", 45 * 60, false, false, 30 * 60),
                new ServiceType("mobile", "Мобилна услуга", "Mobile team", 60 * 60, false, true, 60 * 60)));
    }

    public List<ServiceType> list() { return ordered; }

    public Optional<ServiceType> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** @throws PlanningException NOT_FOUND naming the known ids */
    public ServiceType get(String id) {
        ServiceType t = byId.get(id);
        if (t == null) throw PlanningException.notFound("Unknown service type '" + id + "'. Known types: "
                + String.join(", ", byId.keySet().stream().sorted().toList()) + ".");
        return t;
    }
}
