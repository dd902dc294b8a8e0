package org.dostap.data.output;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Staging folders not yet committed or closed are deleted by a shutdown hook too (Ctrl+C during the work), and
 * {@link #checkWritable} tells before any work whether the target can be written at all.
 */
public final class AtomicOutputDirectory implements Closeable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    /** Staging folders in use (deleted on JVM shutdown unless committed or closed first). */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private AtomicOutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        LIVE.add(staging);
        if (HOOKED.compareAndSet(false, true))
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutputDirectory::deleteLive, "dostap-staging-cleanup"));
    }

    private static void deleteLive() {
        for (Path p : LIVE) {
            try {
                deleteRecursively(p);
            } catch (IOException | UncheckedIOException e) {
                // shutting down: nothing more to do
            }
        }
    }

    /**
     * Checks, before any work, that a result can be written to {@code target}: not a file, its folder (or the
     * nearest existing parent) writable. Creates nothing that stays.
     * @param where how the user named the path (the command line's output option), for the message
     * @throws PlanningException INVALID_INPUT naming {@code where}, the path and the reason
     */
    public static void checkWritable(Path target, org.dostap.engine.common.ProblemLocation where) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute))
            throw PlanningException.invalid(List.of(new Problem(where, target + " is a file; give a folder")));
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !Files.isDirectory(existing))
            throw PlanningException.invalid(List.of(new Problem(where, target + ": no folder to create it in")));
        try {
            Path probe = Files.createTempDirectory(existing, ".dostap-write-check-");
            Files.delete(probe);
            if (Files.isDirectory(absolute) && !Files.isWritable(absolute))
                throw new java.nio.file.AccessDeniedException(absolute.toString());
        } catch (IOException | SecurityException e) {
            throw PlanningException.invalid(List.of(new Problem(where, target + " cannot be written: "
                    + reason(e) + " (in " + existing + "); choose another folder")));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "folders cannot be created there";
        if (e instanceof java.nio.file.ReadOnlyFileSystemException) return "read-only file system";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
            return new AtomicOutputDirectory(absolute, staging);
        } catch (java.nio.file.FileSystemException e) {
            throw PlanningException.invalid("The output folder " + target + " cannot be written: " + reason(e) + ".");
        }
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
        LIVE.remove(staging);
    }

    /** Deletes the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteRecursively(staging);
        LIVE.remove(staging);
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
