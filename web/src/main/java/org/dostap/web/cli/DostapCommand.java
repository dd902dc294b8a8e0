package org.dostap.web.cli;

import org.dostap.engine.common.PlanningException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/**
 * The {@code dostap} command. Subcommands are listed here. Errors are mapped in one place:
 * a {@link PlanningException} prints its problems to stderr (the first {@link #MAX_PRINTED} and the total) and exits 2;
 * running out of memory prints one line with the {@code -Xmx} advice and exits 3; an unexpected failure prints one
 * line and exits 1 (no stack trace unless {@code DOSTAP_DEBUG=1}). Ctrl+C exits 130 (the JVM's own code for SIGINT).
 */
@Command(name = "dostap", mixinStandardHelpOptions = true, version = "dostap 0.1.0",
        description = "Road travel-time access to social services: coverage, catchments, location optimization, mobile teams.",
        subcommands = {CommandLine.HelpCommand.class, ServeCommand.class, CoverageCommand.class, NetworkCommand.class,
                ImportCommand.class, ExportCommand.class, MobileCommand.class, OptimizeCommand.class,
                PopulationCommand.class, ReportCommand.class, IndicatorsCommand.class})
public final class DostapCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_OUT_OF_MEMORY = 3;
    /** Ctrl+C (SIGINT): 128 + 2, as shells report it. */
    public static final int EXIT_INTERRUPTED = 130;
    /** Problems printed; the rest are counted. */
    public static final int MAX_PRINTED = 100;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DostapCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, cmd.getErr(), cmd.getCommandSpec()));
        // every problem of the command line at once, one a line (picocli would stop at the first)
        CommandLineParse.collectErrors(cli);
        cli.setExecutionStrategy(parsed -> {
            List<String> problems = CommandLineParse.problems(parsed);
            if (problems.isEmpty()) return new CommandLine.RunLast().execute(parsed);
            return printProblems(problems, CommandLineParse.command(parsed));
        });
        cli.setParameterExceptionHandler((ex, args) -> printProblems(List.of(plain(ex.getMessage())), ex.getCommandLine()));
        return cli;
    }

    private static int printProblems(List<String> problems, CommandLine command) {
        PrintWriter err = command.getErr();
        if (problems.size() == 1) {
            err.println("error: " + problems.get(0));
        } else {
            err.println("error: " + problems.size() + " problems found on the command line:");
            problems.forEach(p -> err.println("  " + p));
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        return EXIT_BAD_INPUT;
    }

    /** picocli's words for a value of the wrong type in the user's words: "'abc' is not a whole number", not "not an int". */
    static String plain(String message) {
        if (message == null) return "invalid command line";
        return message.replaceAll("' is not an? (int|long|short|byte|java\\.lang\\.Integer|java\\.lang\\.Long)\\b", "' is not a whole number")
                .replaceAll("' is not an? (double|float|java\\.lang\\.Double|java\\.lang\\.Float)\\b", "' is not a number");
    }

    public static int run(String... args) {
        return run(System.currentTimeMillis(), args);
    }

    /** The process's own command: its limits count from the JVM's start, as whoever times the process sees them. */
    public static int runAsProcess(String... args) {
        return run(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(), args);
    }

    private static final ThreadLocal<Long> COMMAND_START_MILLIS = new ThreadLocal<>();

    private static int run(long startMillis, String... args) {
        COMMAND_START_MILLIS.set(startMillis);
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e, new PrintWriter(System.err, true));
        } finally {
            COMMAND_START_MILLIS.remove();
        }
    }

    /** When the running command started (epoch milliseconds): the JVM's start for the process's command, else now. */
    static long commandStartMillis() {
        Long start = COMMAND_START_MILLIS.get();
        return start == null ? System.currentTimeMillis() : start;
    }

    /** One line with the advice; the stack trace only with DOSTAP_DEBUG=1. */
    static int outOfMemory(Throwable e, PrintWriter err) {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        err.println("error: out of memory (the Java heap of " + maxMb + " MB is full). Give Java more memory, e.g."
                + " java -Xmx" + Math.max(2, 2 * maxMb / 1024 + 2) + "g -jar dostap.jar ..., or use smaller inputs.");
        if ("1".equals(System.getenv("DOSTAP_DEBUG"))) e.printStackTrace(err);
        err.flush();
        return EXIT_OUT_OF_MEMORY;
    }

    static int handle(Exception ex, PrintWriter err) { return handle(ex, err, null); }

    /** {@code ex} printed for {@code spec}'s command: a field its options set reads as that option ({@link CommandLineProblems}). */
    static int handle(Exception ex, PrintWriter err, CommandLine.Model.CommandSpec spec) {
        for (Throwable t = ex; t != null; t = t.getCause())
            if (t instanceof OutOfMemoryError oom) return outOfMemory(oom, err);
        if (ex instanceof PlanningException pe) {
            long total = pe.totalProblems();
            if (total == 1 && pe.problems().size() == 1) {
                // one problem reads as one line: "error: --threshold-min: must be 1 to 1440 min, got 0"
                err.println("error: " + CommandLineProblems.describe(pe.problems().get(0), spec));
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("error: " + total + " problems found:");
            pe.problems().stream().limit(MAX_PRINTED).forEach(p -> err.println("  " + CommandLineProblems.describe(p, spec)));
            if (total > MAX_PRINTED)
                err.println("  ... and " + (total - MAX_PRINTED) + " more (" + total + " problems in all; the first "
                        + MAX_PRINTED + " are shown)");
            err.flush();
            return EXIT_BAD_INPUT;
        }
        err.println("error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if ("1".equals(System.getenv("DOSTAP_DEBUG"))) ex.printStackTrace(err);
        err.flush();
        return EXIT_FAILURE;
    }
}
