package org.dostap.engine.common;

/** Receives progress of long work (import, matrix). Implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} units finished. */
    void progress(long done, long total);
}
