package org.dostap.web.cli;

import org.dostap.engine.common.PlanningException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code dostap} command. Subcommands are listed here. Errors are mapped in one place:
 * a {@link PlanningException} prints every problem to stderr and exits 2; an unexpected failure prints
 * one line (no stack trace unless {@code DOSTAP_DEBUG=1}) and exits 1.
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

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DostapCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> handle(ex, cmd.getErr()));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_BAD_INPUT;
        });
        return cli;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof PlanningException pe) {
            err.println("error: " + (pe.problems().size() == 1 ? "" : pe.problems().size() + " problems found:"));
            pe.problems().forEach(p -> err.println("  " + p.describe()));
            err.flush();
            return EXIT_BAD_INPUT;
        }
        err.println("error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if ("1".equals(System.getenv("DOSTAP_DEBUG"))) ex.printStackTrace(err);
        err.flush();
        return EXIT_FAILURE;
    }
}
