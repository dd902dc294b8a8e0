package org.dostap.data.instance;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.vrptw.VrptwCustomer;
import org.dostap.engine.mobile.vrptw.VrptwInstance;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a Solomon VRPTW instance: a name line, a {@code VEHICLE} section ({@code NUMBER CAPACITY}),
 * a {@code CUSTOMER} section with rows {@code CUST_NO X Y DEMAND READY DUE SERVICE}, row 0 the depot.
 * Fields are split on any whitespace (the published files are spaced differently). Every problem is
 * reported at once with its line number ({@code row}) and column name.
 */
public final class SolomonReader {
    private static final String[] COLUMNS = {"CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"};

    public VrptwInstance read(Path file) {
        String source = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw PlanningException.invalid(source + ": not a UTF-8/ASCII text file.");
        } catch (IOException e) {
            throw PlanningException.invalid("Cannot read " + file + ": " + e.getMessage());
        }
        return parse(source, lines);
    }

    VrptwInstance parse(String source, List<String> lines) {
        ProblemCollector problems = new ProblemCollector();
        String name = lines.stream().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
        int vehicleAt = indexOf(lines, "VEHICLE"), customerAt = indexOf(lines, "CUSTOMER");
        if (name.isEmpty()) problems.cell(source, 0, "", "the file is empty");
        if (vehicleAt < 0) problems.cell(source, 0, "", "no VEHICLE section (expected a line 'VEHICLE' then 'NUMBER CAPACITY' and their values)");
        if (customerAt < 0) problems.cell(source, 0, "", "no CUSTOMER section (expected a line 'CUSTOMER', a header and rows of 7 numbers)");
        problems.throwIfAny();

        int vehicles = 0, capacity = 0;
        int valuesAt = firstNumericLine(lines, vehicleAt + 1, customerAt);
        if (valuesAt < 0) problems.cell(source, vehicleAt + 1, "NUMBER", "no line with the vehicle number and capacity");
        else {
            String[] t = tokens(lines.get(valuesAt));
            if (t.length != 2) problems.cell(source, valuesAt + 1, "", "expected 2 numbers (NUMBER CAPACITY), found " + t.length);
            else {
                vehicles = integer(t[0], source, valuesAt + 1, "NUMBER", problems);
                capacity = integer(t[1], source, valuesAt + 1, "CAPACITY", problems);
                if (vehicles < 1) problems.cell(source, valuesAt + 1, "NUMBER", "at least one vehicle is needed, got " + vehicles);
                if (capacity < 1) problems.cell(source, valuesAt + 1, "CAPACITY", "capacity must be positive, got " + capacity);
            }
        }

        List<VrptwCustomer> nodes = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (int i = customerAt + 1; i < lines.size(); i++) {
            String[] t = tokens(lines.get(i));
            if (t.length == 0 || !Character.isDigit(t[0].charAt(0)) && t[0].charAt(0) != '-') continue; // blank or header
            int line = i + 1;
            if (t.length != COLUMNS.length) {
                problems.cell(source, line, "", "expected " + COLUMNS.length + " numbers (" + String.join(", ", COLUMNS)
                        + "), found " + t.length);
                continue;
            }
            long before = problems.total();
            int id = integer(t[0], source, line, COLUMNS[0], problems);
            double x = number(t[1], source, line, COLUMNS[1], problems), y = number(t[2], source, line, COLUMNS[2], problems);
            int demand = integer(t[3], source, line, COLUMNS[3], problems);
            double ready = number(t[4], source, line, COLUMNS[4], problems), due = number(t[5], source, line, COLUMNS[5], problems);
            double service = number(t[6], source, line, COLUMNS[6], problems);
            if (problems.total() > before) continue;
            if (nodes.isEmpty() && id != 0) problems.cell(source, line, COLUMNS[0], "the first row must be the depot, number 0, got " + id);
            if (!ids.add(id)) problems.cell(source, line, COLUMNS[0], "duplicate customer number " + id);
            if (demand < 0) problems.cell(source, line, COLUMNS[3], "demand must not be negative, got " + demand);
            if (ready < 0 || due < ready) problems.cell(source, line, COLUMNS[5], "time window [" + t[4] + ", " + t[5] + "] is empty");
            if (service < 0) problems.cell(source, line, COLUMNS[6], "service time must not be negative, got " + t[6]);
            if (problems.total() > before) continue;
            nodes.add(new VrptwCustomer(id, x, y, demand, ready, due, service));
        }
        if (nodes.size() < 2 && problems.isEmpty()) problems.cell(source, customerAt + 1, "", "a depot and at least one customer are needed");
        problems.throwIfAny();
        return new VrptwInstance(name, vehicles, capacity, nodes);
    }

    private static int indexOf(List<String> lines, String section) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).trim().equalsIgnoreCase(section)) return i;
        return -1;
    }

    private static int firstNumericLine(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String[] t = tokens(lines.get(i));
            if (t.length > 0 && Character.isDigit(t[0].charAt(0))) return i;
        }
        return -1;
    }

    private static String[] tokens(String line) {
        String s = line.strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    private static double number(String token, String source, int line, String column, ProblemCollector problems) {
        try {
            double v = Double.parseDouble(token);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.cell(source, line, column, "not a number: \"" + token + "\"");
        return 0;
    }

    private static int integer(String token, String source, int line, String column, ProblemCollector problems) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            problems.cell(source, line, column, "not a whole number: \"" + token + "\"");
            return 0;
        }
    }
}
