package org.dostap.data.input;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.TimeWindow;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a visits CSV, per-settlement overrides of the mobile plan's defaults: required {@code settlement_id}
 * (EKATTE code of a settlement of the region), optional {@code frequency_weeks} (whole weeks, at most the horizon
 * and dividing it), {@code time_window} ({@code HH:MM-HH:MM}, clock times within the working day) and
 * {@code on_site_min} (minutes per visit, replacing fixed + per-resident time); an empty cell keeps the default.
 * Every problem of the file is reported at once with its row (data row, header not counted) and column.
 */
public final class VisitFileReader {
    public static final String ID = "settlement_id", WEEKS = "frequency_weeks", WINDOW = "time_window", ON_SITE = "on_site_min";
    private static final List<String> OPTIONAL = List.of(WEEKS, WINDOW, ON_SITE);

    /** The working context the values are checked against. */
    public record Context(Set<String> settlementIds, int horizonWeeks, int dayStartSeconds, int dayLengthSeconds) { }

    /** The overrides, or null when there were problems (all of them in {@code problems}). */
    public VisitOverrides read(Path file, Context context, ProblemCollector problems) {
        String source = file.getFileName().toString();
        if (!source.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            problems.cell(source, 0, "", "a visits file must be a .csv file");
            return null;
        }
        long before = problems.total();
        InputTable table = InputTable.read(file, problems);
        if (table == null || problems.total() > before) return null;
        CellReader cells = new CellReader(table, problems, null);
        cells.requireColumns(List.of(ID), "column");
        for (String column : table.columns())
            if (!column.equals(ID) && !OPTIONAL.contains(column))
                cells.problem(0, column, "unknown column '" + column + "'; the columns are " + ID + ", " + String.join(", ", OPTIONAL));
        if (OPTIONAL.stream().noneMatch(table.columns()::contains))
            cells.problem(0, "", "no column to override: give at least one of " + String.join(", ", OPTIONAL));
        if (problems.total() > before) return null;

        Map<String, Integer> weeks = new LinkedHashMap<>(), onSite = new LinkedHashMap<>();
        Map<String, TimeWindow> windows = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (InputTable.Row row : table.rows()) {
            Optional<String> id = cells.text(row, ID);
            if (id.isPresent()) {
                Integer first = firstRow.putIfAbsent(id.get(), row.number());
                if (first != null) cells.problem(row.number(), ID, "settlement '" + id.get() + "' is already on row " + first);
                else if (!context.settlementIds().contains(id.get()))
                    cells.problem(row.number(), ID, "no settlement with id '" + id.get() + "' in the region");
            }
            String key = id.orElse("");
            if (!row.get(WEEKS).isEmpty()) {
                OptionalInt k = cells.count(row, WEEKS, OptionalInt.empty());
                if (k.isPresent()) {
                    Optional<String> why = VisitRules.weeksProblem(k.getAsInt(), context.horizonWeeks());
                    if (why.isPresent()) cells.problem(row.number(), WEEKS, why.get());
                    else weeks.put(key, k.getAsInt());
                }
            }
            if (!row.get(WINDOW).isEmpty())
                VisitRules.clockWindow(row.get(WINDOW), context.dayStartSeconds(), context.dayLengthSeconds(),
                        org.dostap.engine.common.ProblemLocation.cell(source, row.number(), WINDOW), problems).ifPresent(w -> windows.put(key, w));
            Double minutes = cells.optionalDecimal(row, ON_SITE);
            if (minutes != null) {
                if (!(minutes >= 0)) cells.problem(row.number(), ON_SITE, "must not be negative: " + row.get(ON_SITE));
                else if (minutes * 60 > context.dayLengthSeconds())
                    cells.problem(row.number(), ON_SITE, minutes + " min is longer than the working day");
                else onSite.put(key, (int) Math.round(minutes * 60));
            }
        }
        if (problems.total() > before) return null;
        return new VisitOverrides(weeks, windows, onSite);
    }
}
