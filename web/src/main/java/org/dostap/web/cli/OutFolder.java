package org.dostap.web.cli;

import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;

import java.nio.file.Path;

/** The {@code --out} folder checked before any work: not a file, and writable (the reason named when not). */
final class OutFolder {
    private OutFolder() {}

    static void check(Path out, ProblemCollector problems) {
        if (out == null) return;
        try {
            AtomicOutputDirectory.checkWritable(out, CommandLineProblems.option("--out"));
        } catch (PlanningException e) {
            problems.addAll(e);
        }
    }
}
