package org.dostap.engine.common;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one exception type a planner sees. Carries a code and every problem found, so that all
 * of them can be reported at once. Messages say what is wrong, where, and what to do.
 */
public class PlanningException extends RuntimeException {
    private final ErrorCode code;
    private final List<Problem> problems;
    private final long totalProblems;

    public PlanningException(ErrorCode code, List<Problem> problems) {
        this(code, problems, problems.size());
    }

    /** With {@code totalProblems} found, of which {@code problems} are the first (the rest were only counted). */
    public PlanningException(ErrorCode code, List<Problem> problems, long totalProblems) {
        super(summary(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("at least one problem is required");
        this.code = code;
        this.problems = List.copyOf(problems);
        this.totalProblems = Math.max(totalProblems, problems.size());
    }

    public PlanningException(ErrorCode code, String message) {
        this(code, List.of(Problem.of(message)));
    }

    public static PlanningException invalid(List<Problem> problems) {
        return new PlanningException(ErrorCode.INVALID_INPUT, problems);
    }

    public static PlanningException invalid(String message) {
        return new PlanningException(ErrorCode.INVALID_INPUT, message);
    }

    public static PlanningException notFound(String message) {
        return new PlanningException(ErrorCode.NOT_FOUND, message);
    }

    public ErrorCode code() { return code; }

    public List<Problem> problems() { return problems; }

    /** How many problems were found; more than {@link #problems()} holds when a collector only counted the rest. */
    public long totalProblems() { return totalProblems; }

    /** The message for these problems, each described by {@code describe} (a file and column, or a request field). */
    public static String summary(List<Problem> problems, Function<Problem, String> describe) {
        if (problems.size() == 1) return describe.apply(problems.get(0));
        return problems.size() + " problems:\n" + problems.stream()
                .map(p -> "  - " + describe.apply(p)).collect(Collectors.joining("\n"));
    }

    private static String summary(List<Problem> problems) { return summary(problems, Problem::describe); }
}
