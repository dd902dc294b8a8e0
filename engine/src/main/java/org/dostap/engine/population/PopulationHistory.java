package org.dostap.engine.population;

import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The yearly series of every settlement of a region over the years {@code firstYear..lastYear}. */
public record PopulationHistory(int firstYear, int lastYear, List<UnitSeries> units) {
    private static final Pattern YEAR_COLUMN = Pattern.compile("pop_(\\d{4})");

    public PopulationHistory {
        if (lastYear < firstYear) throw new IllegalArgumentException("lastYear < firstYear");
        units = List.copyOf(units);
        for (UnitSeries u : units)
            if (u.length() != lastYear - firstYear + 1)
                throw new IllegalArgumentException("series of " + u.id() + " does not span " + firstYear + "-" + lastYear);
    }

    /** The years of a region's {@code pop_YYYY} columns, or empty when it has fewer than two consecutive years. */
    public static OptionalInt[] yearRange(List<String> populationColumns) {
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (String c : populationColumns) {
            Matcher m = YEAR_COLUMN.matcher(c);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                first = Math.min(first, y);
                last = Math.max(last, y);
            }
        }
        if (first > last) return new OptionalInt[] {OptionalInt.empty(), OptionalInt.empty()};
        return new OptionalInt[] {OptionalInt.of(first), OptionalInt.of(last)};
    }

    /** The {@code pop_YYYY} columns of a region as series (years without a column are NaN); empty when it has none. */
    public static java.util.Optional<PopulationHistory> of(RegionData region) {
        OptionalInt[] range = yearRange(region.populationColumns());
        if (range[0].isEmpty()) return java.util.Optional.empty();
        int first = range[0].getAsInt(), last = range[1].getAsInt();
        List<UnitSeries> units = new ArrayList<>(region.settlements().size());
        for (Settlement s : region.settlements()) {
            double[] v = new double[last - first + 1];
            for (int y = first; y <= last; y++) {
                OptionalInt p = s.findPopulation("pop_" + y);
                v[y - first] = p.isPresent() ? p.getAsInt() : Double.NaN;
            }
            units.add(new UnitSeries(s.id(), s.municipality(), s.province(), v));
        }
        return java.util.Optional.of(new PopulationHistory(first, last, units));
    }

    public boolean hasYear(int year) { return year >= firstYear && year <= lastYear; }

    /** The same units restricted to {@code from..to} (inside this history). */
    public PopulationHistory window(int from, int to) {
        if (!hasYear(from) || !hasYear(to) || to < from) throw new IllegalArgumentException("window outside the history");
        List<UnitSeries> out = new ArrayList<>(units.size());
        for (UnitSeries u : units)
            out.add(new UnitSeries(u.id(), u.municipality(), u.province(),
                    java.util.Arrays.copyOfRange(u.values(), from - firstYear, to - firstYear + 1)));
        return new PopulationHistory(from, to, out);
    }

    /** A settlement's figure in a year, NaN when missing. */
    public double value(UnitSeries u, int year) { return u.at(year - firstYear); }
}
