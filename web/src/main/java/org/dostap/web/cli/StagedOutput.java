package org.dostap.web.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a command's files into a hidden staging folder next to the output folder and moves them into
 * place only when everything was written, so that a failed run leaves the output folder untouched.
 */
final class StagedOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    StagedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".staging-");
    }

    /** Where to write {@code name} now. */
    Path file(String name) { return staging.resolve(name); }

    /** Moves every staged file into the output folder (created when missing), replacing files of the same name. */
    void commit() throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList())
                Files.move(f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) return;
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (DirectoryNotEmptyException e) {
                    if (committed) throw e;
                }
            }
        }
    }
}
