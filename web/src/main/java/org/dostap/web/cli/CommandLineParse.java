package org.dostap.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem picocli finds on a command line, not only the first: the parsers collect their errors
 * ({@link #collectErrors}) instead of stopping at one (an unknown option, a value of the wrong type, the required options
 * missing), and {@link #problems} lists them, one line each, in picocli's words.
 */
final class CommandLineParse {
    private CommandLineParse() { }

    /** Makes {@code cli} and all its subcommands, however deep, collect their parse errors instead of throwing the first. */
    static void collectErrors(CommandLine cli) {
        cli.getCommandSpec().parser().collectErrors(true);
        cli.getSubcommands().values().forEach(CommandLineParse::collectErrors);
    }

    /** The problems collected while parsing, the command's and every subcommand's: one line each, none repeated. */
    static List<String> problems(ParseResult parsed) {
        List<String> problems = new ArrayList<>();
        for (ParseResult r = parsed; r != null; r = r.subcommand())
            for (Exception e : r.errors()) problems.addAll(lines(e));
        return problems.stream().distinct().toList();
    }

    /** The command the user ran (the deepest subcommand parsed). */
    static CommandLine command(ParseResult parsed) {
        ParseResult r = parsed;
        while (r.subcommand() != null) r = r.subcommand();
        return r.commandSpec().commandLine();
    }

    private static List<String> lines(Exception e) {
        List<String> lines = new ArrayList<>();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            for (String arg : u.getUnmatched())
                lines.add((arg.startsWith("-") ? "Unknown option: '" : "Unexpected argument: '") + arg + "'");
        } else if (e instanceof CommandLine.MissingParameterException m && m.getMissing().stream().allMatch(s -> s instanceof OptionSpec)) {
            for (ArgSpec spec : m.getMissing()) {
                OptionSpec o = (OptionSpec) spec;
                lines.add("Missing required option: '" + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "") + "'");
            }
        } else {
            lines.add(DostapCommand.plain(e.getMessage()));
        }
        return lines;
    }
}
