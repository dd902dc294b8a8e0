package org.dostap.data.output;

import org.dostap.engine.common.PlanningException;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files of one result into a hidden staging folder next to the target folder and moves them into
 * place only on {@link #commit()}. Closing without committing (bad input, an exception) deletes the staging
 * folder, so the target is left as it was: absent, or holding the previous output.
 * <pre>
 * try (AtomicOutputDirectory out = AtomicOutputDirectory.create(dir)) {
 *     GeoJsonFeatureWriter.write(out.resolve("catchments.geojson"), features);
 *     out.commit();
 * }
 * </pre>
 * When the target does not exist, commit is one atomic rename of the whole folder. Otherwise each result file
 * replaces its namesake atomically (same file system) and other files already in the target are left alone.
 */
public final class AtomicOutputDirectory implements Closeable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private AtomicOutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Creates the staging folder next to {@code target} (creating missing parent folders).
     * @throws PlanningException INVALID_INPUT when {@code target} exists and is not a folder
     */
    public static AtomicOutputDirectory create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute))
            throw PlanningException.invalid("The output path " + target + " is a file; give a folder.");
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        return new AtomicOutputDirectory(absolute, staging);
    }

    /** The folder the result files are written into until {@link #commit()}. */
    public Path staging() { return staging; }

    /** A file (or sub-path) inside the staging folder; parent folders of sub-paths are created. */
    public Path resolve(String relativePath) throws IOException {
        Path p = staging.resolve(relativePath).normalize();
        if (!p.startsWith(staging)) throw new IllegalArgumentException("path leaves the output folder: " + relativePath);
        Files.createDirectories(p.getParent());
        return p;
    }

    /** The final folder. */
    public Path target() { return target; }

    /** Moves everything written into the target folder. */
    public void commit() throws IOException {
        if (committed) throw new IllegalStateException("already committed");
        if (!Files.exists(target)) {
            move(staging, target);
        } else {
            List<Path> files;
            try (Stream<Path> s = Files.walk(staging)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                Path dest = target.resolve(staging.relativize(f).toString());
                Files.createDirectories(dest.getParent());
                move(f, dest);
            }
            deleteRecursively(staging);
        }
        committed = true;
    }

    /** Deletes the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteRecursively(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
