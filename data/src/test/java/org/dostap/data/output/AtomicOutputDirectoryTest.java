package org.dostap.data.output;

import org.dostap.engine.common.PlanningException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicOutputDirectoryTest {
    @TempDir Path root;

    @Test
    void commitMovesAllFilesIntoANewFolder() throws IOException {
        Path target = root.resolve("out/run1");
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target)) {
            Files.writeString(out.resolve("summary.json"), "{}");
            Files.writeString(out.resolve("tables/settlements.csv"), "id\n");
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(target.resolve("summary.json")).hasContent("{}");
        assertThat(target.resolve("tables/settlements.csv")).hasContent("id");
        assertThat(leftovers(root.resolve("out"))).isEqualTo(1); // only run1
    }

    @Test
    void failureBeforeCommitLeavesNothing() throws IOException {
        Path target = root.resolve("result");
        assertThatThrownBy(() -> {
            try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target)) {
                Files.writeString(out.resolve("summary.json"), "{}");
                throw new IllegalStateException("crash while writing");
            }
        }).hasMessage("crash while writing");
        assertThat(target).doesNotExist();
        assertThat(leftovers(root)).isZero();
    }

    @Test
    void failureKeepsThePreviousOutputAndCommitReplacesOnlyResultFiles() throws IOException {
        Path target = Files.createDirectories(root.resolve("result"));
        Files.writeString(target.resolve("summary.json"), "old");
        Files.writeString(target.resolve("notes.txt"), "mine");
        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target)) {
            Files.writeString(out.resolve("summary.json"), "half-written");
        }
        assertThat(target.resolve("summary.json")).hasContent("old");

        try (AtomicOutputDirectory out = AtomicOutputDirectory.create(target)) {
            Files.writeString(out.resolve("summary.json"), "new");
            out.commit();
        }
        assertThat(target.resolve("summary.json")).hasContent("new");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(leftovers(root)).isEqualTo(1);
    }

    @Test
    void refusesAFileAsTarget() throws IOException {
        Path file = Files.writeString(root.resolve("out.txt"), "x");
        assertThatThrownBy(() -> AtomicOutputDirectory.create(file)).isInstanceOf(PlanningException.class)
                .hasMessageContaining("is a file; give a folder");
    }

    private static long leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
