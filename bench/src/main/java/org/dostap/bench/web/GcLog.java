package org.dostap.bench.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pauses of a unified GC log ({@code -Xlog:gc:file=...:uptime}): how many, their total, the longest and the
 * longest of each kind (young, mixed, remark, full...), so a slow second of a load run can be matched to a pause.
 */
final class GcLog {
    private GcLog() {}

    /** e.g. {@code [12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 12.345ms}. */
    private static final Pattern PAUSE = Pattern.compile("\\[(\\d+\\.\\d+)s].*GC\\(\\d+\\) (Pause [A-Za-z]+(?: \\([A-Za-z ]+\\))?).* ([0-9.]+)ms$");

    static Map<String, Object> summary(List<String> lines) {
        int count = 0;
        double total = 0, longest = 0, longestAt = 0;
        Map<String, double[]> byKind = new TreeMap<>(); // count, total, max
        List<Double> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (!m.find()) continue;
            double ms = Double.parseDouble(m.group(3));
            count++;
            total += ms;
            pauses.add(ms);
            if (ms > longest) { longest = ms; longestAt = Double.parseDouble(m.group(1)); }
            double[] k = byKind.computeIfAbsent(m.group(2), x -> new double[3]);
            k[0]++;
            k[1] += ms;
            k[2] = Math.max(k[2], ms);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pauses", count);
        out.put("total_pause_ms", Math.round(total));
        out.put("longest_pause_ms", Math.round(longest));
        out.put("longest_pause_at_s", Math.round(longestAt * 10) / 10.0);
        out.put("pauses_over_100_ms", pauses.stream().filter(p -> p > 100).count());
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> kinds.put(k, Map.of("count", (long) v[0], "total_ms", Math.round(v[1]), "max_ms", Math.round(v[2]))));
        out.put("by_kind", kinds);
        return out;
    }
}
