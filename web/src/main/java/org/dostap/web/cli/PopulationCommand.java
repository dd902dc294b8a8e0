package org.dostap.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dostap population}: population projection ({@code project}). */
@Command(name = "population", mixinStandardHelpOptions = true,
        description = "Population trends and projections per settlement (docs/projection.md).",
        subcommands = {PopulationProjectCommand.class})
public final class PopulationCommand implements Runnable {
    @Override
    public void run() { new CommandLine(this).usage(System.out); }
}
