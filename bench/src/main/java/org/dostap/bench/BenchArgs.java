package org.dostap.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The {@code key=value} arguments of a benchmark program, read by type. A bad value ({@code seconds=abc},
 * {@code time-limit-s=} or {@code clients=1.5}) is a problem naming the argument and the value, not a bare
 * {@code NumberFormatException}: {@link #check()} prints every problem and exits with 2. Read the arguments first and
 * call {@link #check()}; a value read after that is checked at once.
 */
public final class BenchArgs {
    /** Exit code for bad arguments, as the command line's. */
    public static final int EXIT_BAD_ARGUMENTS = 2;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private IntConsumer exit = System::exit;
    private PrintStream err = System.err;
    private boolean checked;

    private BenchArgs() { }

    /** {@code argv} over {@code defaults} (each {@code key=value}; anything else is a problem). */
    public static BenchArgs parse(String[] argv, Map<String, String> defaults) {
        BenchArgs a = new BenchArgs();
        a.values.putAll(defaults);
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq <= 0) a.problems.add("argument '" + arg + "': arguments are key=value, e.g. seconds=30");
            else a.values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return a;
    }

    public static BenchArgs parse(String[] argv) { return parse(argv, Map.of()); }

    /** For tests: where the problems go and what "exit" does. */
    BenchArgs onBad(PrintStream err, IntConsumer exit) {
        this.err = err;
        this.exit = exit;
        return this;
    }

    /** Every argument as given (defaults included), for the report. */
    public Map<String, String> map() { return Collections.unmodifiableMap(values); }

    public boolean has(String key) { return values.containsKey(key); }

    /** The text of {@code key}, or {@code def} when it is not given. */
    public String text(String key, String def) { return values.getOrDefault(key, def); }

    /** The text of {@code key}; null when it is not given. */
    public String text(String key) { return values.get(key); }

    public int integer(String key, int def) {
        String v = values.get(key);
        if (v == null) return def;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return bad(key, v, "a whole number", def);
        }
    }

    /** A comma-separated list of whole numbers ({@code thresholds=30,20,15}); each bad item is a problem. */
    public List<Integer> integers(String key, String def) {
        String v = values.getOrDefault(key, def);
        List<Integer> out = new ArrayList<>();
        for (String item : v.split(",", -1)) {
            try {
                out.add(Integer.parseInt(item.trim()));
            } catch (NumberFormatException e) {
                return bad(key, v, "whole numbers separated by commas (item '" + item + "')", List.of());
            }
        }
        return out;
    }

    public long longInteger(String key, long def) {
        String v = values.get(key);
        if (v == null) return def;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return bad(key, v, "a whole number", def);
        }
    }

    public double decimal(String key, double def) {
        String v = values.get(key);
        if (v == null) return def;
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // below
        }
        return bad(key, v, "a number (e.g. 60 or 0.5)", def);
    }

    public boolean flag(String key, boolean def) {
        String v = values.get(key);
        if (v == null) return def;
        if (v.trim().equalsIgnoreCase("true")) return true;
        if (v.trim().equalsIgnoreCase("false")) return false;
        return bad(key, v, "true or false", def);
    }

    /** The problems found so far ("argument seconds=abc: not a whole number"). */
    public List<String> problems() { return List.copyOf(problems); }

    /** Prints every problem and exits with {@link #EXIT_BAD_ARGUMENTS} if there is any; returns this otherwise. */
    public BenchArgs check() {
        checked = true;
        if (problems.isEmpty()) return this;
        err.println(problems.size() == 1 ? "error: " + problems.get(0) : "error: " + problems.size() + " problems found:");
        if (problems.size() > 1) problems.forEach(p -> err.println("  " + p));
        err.flush();
        exit.accept(EXIT_BAD_ARGUMENTS);
        throw new IllegalStateException("exit " + EXIT_BAD_ARGUMENTS); // only when exit does not stop the program (tests)
    }

    private <T> T bad(String key, String value, String expected, T def) {
        problems.add("argument " + key + "=" + value + ": not " + expected);
        if (checked) check();
        return def;
    }
}
