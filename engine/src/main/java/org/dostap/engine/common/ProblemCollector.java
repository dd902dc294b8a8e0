package org.dostap.engine.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers every problem of an input before failing once with all of them. Keeps the first {@link #MAX_KEPT} and
 * counts the rest (a 200 MB file with no header has millions of problems: memory stays bounded, the total is told).
 * Not thread-safe.
 */
public final class ProblemCollector {
    /** Problems kept in full; beyond them only counted. */
    public static final int MAX_KEPT = 1000;
    private final List<Problem> problems = new ArrayList<>();
    private long total;

    public void add(Problem problem) {
        total++;
        if (problems.size() < MAX_KEPT) problems.add(problem);
    }

    public void add(ProblemLocation where, String message) { add(new Problem(where, message)); }

    /** A problem of one cell of a file (row 0: not row-bound; column "": the whole row or file). */
    public void cell(String file, int row, String column, String message) { add(Problem.inCell(file, row, column, message)); }

    /** A problem of a whole file (or address). */
    public void file(String file, String message) { add(Problem.inFile(file, message)); }

    /** A problem of a request field in domain words ({@code threshold_min}, {@code edits[2].lon}). */
    public void field(String path, String message) { add(Problem.atField(path, message)); }

    /** Every problem of {@code e}, including those it only counted. */
    public void addAll(PlanningException e) {
        e.problems().forEach(this::add);
        total += e.totalProblems() - e.problems().size();
    }

    public boolean isEmpty() { return total == 0; }

    /** How many problems were found, kept or not. */
    public long total() { return total; }

    /** The problems kept (the first {@link #MAX_KEPT}). */
    public List<Problem> problems() { return List.copyOf(problems); }

    /** Throws {@link PlanningException} with code INVALID_INPUT listing everything kept and the total, if anything was found. */
    public void throwIfAny() {
        if (total > 0) throw new PlanningException(ErrorCode.INVALID_INPUT, problems, total);
    }
}
