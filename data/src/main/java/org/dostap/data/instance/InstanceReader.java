package org.dostap.data.instance;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.optimize.CostMatrix;
import org.dostap.engine.optimize.LocationInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads published p-median instances (see {@code SOURCES.md} next to the test copies):
 * <ul>
 * <li>OR-Library pmed: {@code n edges p}, then {@code i j cost} lines (1-based, undirected). When an edge is
 * repeated the LAST cost wins (OR-Library's rule), then Floyd-Warshall gives the cost matrix; unweighted.</li>
 * <li>pmedcap: {@code problem best}, {@code n p Q}, then {@code id x y demand}; floor(Euclidean) costs,
 * unweighted objective, demand only against the capacity Q of every site.</li>
 * <li>SJC: {@code n p}, then {@code x y capacity demand}; real Euclidean costs, unweighted objective.</li>
 * </ul>
 * Malformed files fail with every problem named by file and line; nothing is partially returned.
 */
public final class InstanceReader {

    public PublishedInstance read(Path file, InstanceFormat format) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw PlanningException.invalid(file.getFileName() + ": cannot read the file (" + e.getMessage() + ")");
        }
        String source = file.getFileName().toString();
        String name = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        Lines in = new Lines(source, lines);
        return switch (format) {
            case ORLIB_PMED -> readPmed(in, name);
            case CAPMED -> readCapmed(in, name);
            case SJC -> readSjc(in, name);
        };
    }

    private PublishedInstance readPmed(Lines in, String name) {
        long[] head = in.numbers(3, "n edges p");
        if (head == null) in.failHeader();
        int n = (int) head[0], edges = (int) head[1], p = (int) head[2];
        checkSizes(in, n, p, null);
        if (edges < 0) in.problem(in.lastLine, "the edge count must not be negative, got " + edges);
        in.problems.throwIfAny();
        double[] d = new double[n * n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) d[i * n + i] = 0;
        for (int e = 0; e < edges; e++) {
            long[] v = in.numbers(3, "i j cost");
            if (v == null) { if (in.exhausted()) break; continue; }
            int line = in.lastLine;
            if (v[0] < 1 || v[0] > n || v[1] < 1 || v[1] > n) { in.problem(line, "vertex out of range 1.." + n + ": " + v[0] + " " + v[1]); continue; }
            if (v[2] < 0) { in.problem(line, "negative edge cost " + v[2]); continue; }
            int a = (int) v[0] - 1, b = (int) v[1] - 1;
            d[a * n + b] = v[2]; // last occurrence wins
            d[b * n + a] = v[2];
        }
        if (in.exhausted() && in.read < edges + 1)
            in.problem(in.lines.size(), "the file ends after " + (in.read - 1) + " of " + edges + " edges (truncated?)");
        in.problems.throwIfAny();
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++) {
                double dik = d[i * n + k];
                if (dik == Double.POSITIVE_INFINITY) continue;
                for (int j = 0; j < n; j++) {
                    double via = dik + d[k * n + j];
                    if (via < d[i * n + j]) d[i * n + j] = via;
                }
            }
        return new PublishedInstance(name, InstanceFormat.ORLIB_PMED,
                LocationInstance.builder(CostMatrix.ofRowMajor(n, n, d)).build(), p);
    }

    private PublishedInstance readCapmed(Lines in, String name) {
        in.numbers(2, "problem best_known");
        long[] head = in.numbers(3, "n p Q");
        if (head == null) in.failHeader();
        int n = (int) head[0], p = (int) head[1];
        checkSizes(in, n, p, "is it an sjc file (first line: n p)? then --format sjc");
        if (head[2] < 0) in.problem(in.lastLine, "negative capacity " + head[2]);
        in.problems.throwIfAny();
        double[] x = new double[n], y = new double[n], demand = new double[n], capacity = new double[n];
        Arrays.fill(capacity, head[2]);
        readPoints(in, n, 4, "id x y demand", (k, v) -> { x[k] = v[1]; y[k] = v[2]; demand[k] = v[3]; });
        in.problems.throwIfAny();
        return capacitated(name, InstanceFormat.CAPMED, x, y, demand, capacity, p, true);
    }

    private PublishedInstance readSjc(Lines in, String name) {
        long[] head = in.numbers(2, "n p");
        if (head == null) in.failHeader();
        int n = (int) head[0], p = (int) head[1];
        checkSizes(in, n, p, "is it a capmed file (first line: problem number, best known)? then --format capmed");
        in.problems.throwIfAny();
        double[] x = new double[n], y = new double[n], demand = new double[n], capacity = new double[n];
        readPoints(in, n, 4, "x y capacity demand", (k, v) -> { x[k] = v[0]; y[k] = v[1]; capacity[k] = v[2]; demand[k] = v[3]; });
        in.problems.throwIfAny();
        return capacitated(name, InstanceFormat.SJC, x, y, demand, capacity, p, false);
    }

    private interface PointSink { void accept(int index, double[] values); }

    private static void readPoints(Lines in, int n, int fields, String what, PointSink sink) {
        int got = 0;
        while (got < n) {
            if (in.exhausted()) break;
            double[] v = in.decimals(fields, what);
            if (v == null) { got++; continue; } // a malformed line (problem recorded) still counts as a point
            int line = in.lastLine;
            if (v[fields - 1] < 0) in.problem(line, "negative demand " + plain(v[fields - 1]));
            if (fields == 4 && what.contains("capacity") && v[2] < 0) in.problem(line, "negative capacity " + plain(v[2]));
            sink.accept(got++, v);
        }
        if (got < n) in.problem(in.lines.size(), "the file ends after " + got + " of " + n + " points (truncated?)");
    }

    /** A number as the file had it: 120, not 120.0. */
    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Past this many points the file is surely not one of these formats (a coordinate read as n): 100 million distances. */
    private static final int MAX_POINTS = 10_000;
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static void checkSizes(Lines in, int n, int p, String otherFormat) {
        boolean implausible = n > MAX_POINTS || p > n;
        if (n < 1) in.problem(in.lastLine, "the number of points must be positive, got " + n);
        else if (n > MAX_POINTS) in.problem(in.lastLine, "n = " + n + " points is more than this reader takes (" + MAX_POINTS + ")");
        if (p < 1 || p > n) in.problem(in.lastLine, "p must be between 1 and n = " + n + ", got " + p);
        if (implausible && otherFormat != null) in.problem(in.lastLine, "the header does not look like this format: " + otherFormat);
    }

    private static PublishedInstance capacitated(String name, InstanceFormat format, double[] x, double[] y, double[] demand,
                                                 double[] capacity, int p, boolean floor) {
        int n = x.length;
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double e = Math.hypot(x[i] - x[j], y[i] - y[j]);
                d[i * n + j] = floor ? Math.floor(e) : e;
            }
        LocationInstance instance = LocationInstance.builder(CostMatrix.ofRowMajor(n, n, d))
                .loads(demand).capacities(capacity).build();
        return new PublishedInstance(name, format, instance, p);
    }

    /** Whitespace-separated integer lines, skipping blank lines, collecting problems by line number. */
    private static final class Lines {
        final String source;
        final List<String> lines;
        final ProblemCollector problems = new ProblemCollector();
        int next;
        int lastLine;
        int read;

        Lines(String source, List<String> lines) { this.source = source; this.lines = lines; }

        boolean exhausted() {
            while (next < lines.size() && lines.get(next).isBlank()) next++;
            return next >= lines.size();
        }

        void problem(int line, String message) { problems.cell(source, line, "", message); }

        /** The header line is missing or malformed: nothing else can be read. */
        void failHeader() {
            if (problems.isEmpty()) problem(0, "the file is empty: expected a header line");
            problems.throwIfAny();
        }

        /** The next non-blank line as {@code count} integers, or null (problem recorded / end of file). */
        long[] numbers(int count, String what) {
            String[] parts = fields(count, what);
            if (parts == null) return null;
            long[] v = new long[count];
            for (int k = 0; k < count; k++) {
                try {
                    v[k] = Long.parseLong(parts[k]);
                } catch (NumberFormatException e) {
                    problem(lastLine, "not a whole number: \"" + parts[k] + "\" (expected " + what + ")");
                    return null;
                }
            }
            return v;
        }

        /** The next non-blank line as {@code count} finite decimal numbers (coordinates, capacities, demands), or null. */
        double[] decimals(int count, String what) {
            String[] parts = fields(count, what);
            if (parts == null) return null;
            double[] v = new double[count];
            for (int k = 0; k < count; k++) {
                // a plain decimal (Java would also take "NaN", "Infinity", "1d", hexadecimal)
                v[k] = DECIMAL.matcher(parts[k]).matches() ? Double.parseDouble(parts[k]) : Double.NaN;
                if (!Double.isFinite(v[k])) {
                    problem(lastLine, "not a number: \"" + parts[k] + "\" (expected " + what + ")");
                    return null;
                }
            }
            return v;
        }

        /** The next non-blank line split into at least {@code count} fields, or null (problem recorded / end of file). */
        private String[] fields(int count, String what) {
            if (exhausted()) { lastLine = lines.size(); return null; }
            lastLine = ++next;
            read++;
            String[] parts = lines.get(next - 1).trim().split("\\s+");
            if (parts.length < count) {
                problem(lastLine, "expected " + count + " numbers (" + what + "), found " + parts.length);
                return null;
            }
            return parts;
        }
    }
}
