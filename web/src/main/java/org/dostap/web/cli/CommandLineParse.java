package org.dostap.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every problem picocli finds on a command line, not only the first: it stops at one (an unknown option, a value of the
 * wrong type, the required options missing), so the line is parsed again without what it refused, until it parses or
 * nothing more can be learnt. A missing required option is given a stand-in value for the next parse (nothing runs:
 * the problems are only listed). Each problem is one line in picocli's words.
 */
final class CommandLineParse {
    private static final int MAX_PASSES = 50;

    private CommandLineParse() { }

    /** The problems of {@code args}, {@code first} being the one picocli stopped at; {@code fresh} makes a new command line. */
    static List<String> problems(ParameterException first, String[] args, Supplier<CommandLine> fresh) {
        List<String> problems = new ArrayList<>();
        List<String> remaining = new ArrayList<>(List.of(args));
        ParameterException ex = first;
        for (int pass = 0; ex != null && pass < MAX_PASSES; pass++) {
            if (!learn(ex, remaining, problems)) break;
            try {
                fresh.get().parseArgs(remaining.toArray(String[]::new));
                ex = null;
            } catch (ParameterException next) {
                ex = next;
            }
        }
        if (problems.isEmpty()) problems.add(DostapCommand.plain(first.getMessage()));
        return problems.stream().distinct().toList();
    }

    /** Records {@code ex}'s problems and takes their cause out of {@code args}; false when the parse cannot go on. */
    private static boolean learn(ParameterException ex, List<String> args, List<String> problems) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            boolean removed = false;
            for (String arg : u.getUnmatched()) {
                problems.add((arg.startsWith("-") ? "Unknown option: '" : "Unexpected argument: '") + arg + "'");
                removed |= removeLast(args, arg);
            }
            return removed;
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            boolean added = false;
            for (ArgSpec spec : m.getMissing()) {
                if (!(spec instanceof OptionSpec o)) return false;
                problems.add("Missing required option: '" + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "") + "'");
                if (o.arity().max() > 0) args.add(o.longestName() + "=" + standIn(o));
                else args.add(o.longestName());
                added = true;
            }
            return added;
        }
        problems.add(DostapCommand.plain(ex.getMessage()));
        if (!(ex.getArgSpec() instanceof OptionSpec o) || ex.getValue() == null) return false;
        return removeOption(args, o, ex.getValue());
    }

    /** A value of {@code o}'s type that converts (the parse only goes on to find more problems; nothing runs). */
    private static String standIn(OptionSpec o) {
        Class<?> type = o.type();
        if (type.isEnum() && type.getEnumConstants().length > 0) return type.getEnumConstants()[0].toString();
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) return "1";
        return "x";
    }

    /** Takes {@code --name value} or {@code --name=value} (the last such) out of {@code args}. */
    private static boolean removeOption(List<String> args, OptionSpec o, String value) {
        for (int i = args.size() - 1; i >= 0; i--) {
            String a = args.get(i);
            for (String name : o.names()) {
                if (a.equals(name + "=" + value) || (a.startsWith(name + "=") && value.isEmpty())) {
                    args.remove(i);
                    return true;
                }
                if (a.equals(name) && i + 1 < args.size() && args.get(i + 1).equals(value)) {
                    args.remove(i + 1);
                    args.remove(i);
                    return true;
                }
                if (a.equals(name) && (i + 1 == args.size() || value.isEmpty())) { // a value missing at the end
                    args.remove(i);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean removeLast(List<String> args, String arg) {
        int i = args.lastIndexOf(arg);
        if (i < 1) return false; // never the subcommand itself
        args.remove(i);
        return true;
    }
}
