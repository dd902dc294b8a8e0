package org.dostap.data.instance;

import org.dostap.engine.optimize.LocationInstance;

import java.util.Objects;

/** A published instance: its name (file name without extension), the location instance and its p. */
public record PublishedInstance(String name, InstanceFormat format, LocationInstance instance, int p) {
    public PublishedInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(instance, "instance");
        if (p < 1) throw new IllegalArgumentException("p must be at least 1, got " + p);
    }
}
