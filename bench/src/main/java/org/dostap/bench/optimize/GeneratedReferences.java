package org.dostap.bench.optimize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * References for generated capacitated p-median instances, computed once per instance by a long run and kept in a CSV
 * file (in the repository, so that every later run compares against the same figure): keyed by the generator's version,
 * the base seed and the index; the instance file's SHA-256 is stored too, and an entry whose hash no longer matches (the
 * generator changed without a new version) is ignored. Columns: {@link #HEADER}.
 */
final class GeneratedReferences {
    static final String HEADER = "generator_version,seed,index,instance,sha256,objective,lower_bound,time_limit_s,seconds,method,computed_at,git_commit,load_average_1min";

    /** One cached reference: the best objective and the proven lower bound of the long run. */
    record Entry(String generatorVersion, long seed, int index, String instance, String sha256, double objective, double lowerBound,
                 double timeLimitSeconds, double seconds, String method, String computedAt, String gitCommit, double loadAverage) {
        String key() { return GeneratedReferences.key(generatorVersion, seed, index); }

        String csv() {
            return String.join(",", generatorVersion, Long.toString(seed), Integer.toString(index), instance, sha256,
                    num(objective), num(lowerBound), num(timeLimitSeconds), num(seconds), method.replace(',', ';'), computedAt, gitCommit,
                    num(loadAverage));
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    GeneratedReferences(Path file) throws IOException {
        this.file = file;
        if (!Files.exists(file)) return;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return;
        if (!lines.get(0).equals(HEADER))
            throw new IOException(file + " line 1: expected the header '" + HEADER + "', got '" + lines.get(0) + "'");
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String[] c = line.split(",", -1);
            try {
                if (c.length != 13) throw new IllegalArgumentException("13 columns expected, got " + c.length);
                Entry e = new Entry(c[0], Long.parseLong(c[1]), Integer.parseInt(c[2]), c[3], c[4], Double.parseDouble(c[5]),
                        Double.parseDouble(c[6]), Double.parseDouble(c[7]), Double.parseDouble(c[8]), c[9], c[10], c[11], Double.parseDouble(c[12]));
                entries.put(e.key(), e); // a later line for the same key replaces an earlier one
            } catch (IllegalArgumentException ex) {
                problems.add(file + " line " + (i + 1) + ": " + ex.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new IOException(String.join("\n", problems));
    }

    static String key(String generatorVersion, long seed, int index) { return generatorVersion + "/" + seed + "/" + index; }

    /** The cached entry for this instance, or null when none or when its file hash differs (stale). */
    Entry find(String generatorVersion, long seed, int index, String sha256) {
        Entry e = entries.get(key(generatorVersion, seed, index));
        return e != null && e.sha256().equals(sha256) ? e : null;
    }

    /** Whether an entry exists under the key but for other file contents (the generator changed, same version). */
    boolean stale(String generatorVersion, long seed, int index, String sha256) {
        Entry e = entries.get(key(generatorVersion, seed, index));
        return e != null && !e.sha256().equals(sha256);
    }

    /** Adds an entry and appends it to the file (with the header when the file is new). */
    void add(Entry e) throws IOException {
        entries.put(e.key(), e);
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        Files.writeString(file, (fresh ? HEADER + "\n" : "") + e.csv() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String num(double v) { return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", ""); }
}
