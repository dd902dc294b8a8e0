package org.dostap.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of docs/ARCHITECTURE.md, checked on the sources of every module: imports point one way
 * (Main -> cli -> app -> http -> analysis -> data, engine), the engine knows no command-line syntax and only its
 * {@code routing} package knows GraphHopper, and JSON files, CSV and GeoJSON are written only by the writers in
 * {@code data/output} (the API's JSON by the one mapper). Each rule names the offending file and line.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WEB = ROOT.resolve("web/src/main/java/org/dostap/web");
    private static final Path ENGINE = ROOT.resolve("engine/src/main/java/org/dostap/engine");
    private static final Path DATA = ROOT.resolve("data/src/main/java/org/dostap/data");
    /** Files allowed to break a rule: none. A new exception needs a reason here and an issue to remove it. */
    private static final Set<String> ALLOWED = Set.of();

    record Hit(String file, int line, String text) {
        @Override public String toString() { return file + ":" + line + ": " + text.strip(); }
    }

    @Test
    void theEdgesNeverImportEachOther() {
        assertThat(grep(WEB.resolve("http"), Pattern.compile("^import (static )?org\\.dostap\\.web\\.(cli|app)\\."))).as("http -> cli/app").isEmpty();
        assertThat(grep(WEB.resolve("cli"), Pattern.compile("^import (static )?org\\.dostap\\.web\\.http\\."))).as("cli -> http").isEmpty();
    }

    @Test
    void importsPointOneWay() {
        assertThat(grep(WEB.resolve("app"), Pattern.compile("^import (static )?org\\.dostap\\.web\\.cli\\."))).as("app -> cli").isEmpty();
        assertThat(grep(WEB.resolve("analysis"), Pattern.compile("^import (static )?org\\.dostap\\.web\\.(cli|http|app)\\.")))
                .as("the use cases know no edge").isEmpty();
        assertThat(grep(ENGINE, Pattern.compile("^import (static )?org\\.dostap\\.(web|data)\\."))).as("engine -> web/data").isEmpty();
        assertThat(grep(DATA, Pattern.compile("^import (static )?org\\.dostap\\.web\\."))).as("data -> web").isEmpty();
    }

    @Test
    void theEngineKnowsNoCommandLineSyntaxNorHttpNorSql() {
        assertThat(grep(ENGINE, Pattern.compile("\"--|startsWith\\(\"-|picocli|new (ProblemLocation\\.)?Option\\(")))
                .as("command-line syntax in the engine (it names fields in domain words; the command line renders them as flags)").isEmpty();
        assertThat(grep(ENGINE, Pattern.compile("(\\.field|atField|Field|\\.check\\(.*,)\\(? *\"[^\"]*[-A-Z]")))
                .as("engine problem fields are snake_case domain words, not flags or camelCase").isEmpty();
        assertThat(grep(ENGINE, Pattern.compile("^import (io\\.javalin|java\\.sql|org\\.postgresql)"))).as("HTTP or SQL in the engine").isEmpty();
    }

    @Test
    void onlyTheRoutingPackageImportsGraphHopper() {
        List<Hit> hits = grep(ENGINE, Pattern.compile("^import (static )?com\\.graphhopper\\."));
        hits.removeIf(h -> h.file().startsWith("engine/routing/"));
        assertThat(hits).isEmpty();
    }

    @Test
    void jsonCsvAndGeoJsonAreWrittenOnlyByTheChosenWriters() {
        List<Hit> hits = new ArrayList<>();
        hits.addAll(grep(WEB, Pattern.compile("new ObjectMapper\\(|\\.writeValue\\(|SerializationFeature\\.INDENT_OUTPUT")));
        // JSON trees built key by key: results are records written by the one mapper (GeoJSON nodes by GeoJsonNodes)
        hits.addAll(grep(WEB, Pattern.compile("createObjectNode\\(|createArrayNode\\(|putObject\\(|putArray\\(|addObject\\(|addArray\\(|JsonNodeFactory")));
        for (Path module : List.of(WEB, ENGINE, DATA))
            hits.addAll(grep(module, Pattern.compile("CSVPrinter|printRecord\\(|\"type\", *\"(Feature|FeatureCollection|Point|LineString|Polygon)\"|new GeoJsonWriter\\(")));
        for (Path module : List.of(WEB, ENGINE, DATA)) {
            hits.addAll(nodesFilledKeyByKey(module));
            hits.addAll(grep(module, Pattern.compile("^import (static )?mil\\.nga\\."))); // GeoPackage
        }
        hits.removeIf(h -> h.file().startsWith("data/output/"));
        assertThat(hits).as("write JSON files with data/output/JsonOutput, CSV with CsvTableWriter, GeoJSON with GeoJsonFeatureWriter,"
                + " GeoPackage with GeoPackageExporter; answer records, not JSON trees filled key by key").isEmpty();
    }

    /** Jackson tree nodes: declared with a node type, or a {@code var} holding a tree the mapper or GeoJsonNodes made. */
    private static final Pattern NODE_DECLARED = Pattern.compile(
            "\\b(?:ObjectNode|ArrayNode|ContainerNode(?:<[^>]*>)?)\\s+(\\w+)\\s*[=;,)]"
            + "|\\bvar\\s+(\\w+)\\s*=.*(?:valueToTree|createObjectNode|createArrayNode|featureCollection|readTree|deepCopy|\\((?:ObjectNode|ArrayNode)\\))");
    /** Filling a node: put/set/add/insert/replace/remove/with... on it, on a cast to a node, or on a fresh valueToTree. */
    private static final String FILLS = "\\s*\\.\\s*(?:put|set|add|insert|replace|remove|retain|with)\\w*\\s*\\(";
    private static final Pattern NODE_CAST_FILLED = Pattern.compile("\\(\\s*\\((?:ObjectNode|ArrayNode)\\)[^()]*(?:\\([^()]*\\))?\\)" + FILLS
            + "|valueToTree\\([^;]*\\)" + FILLS);

    /**
     * JSON trees filled key by key ({@code node.put("k", v)}, {@code node.set(...)}, {@code array.add(...)}): only on
     * variables that are Jackson nodes in that file, so {@code Map.put}, {@code List.add} and the like never match.
     */
    private static List<Hit> nodesFilledKeyByKey(Path module) {
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(module)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList())
                hits.addAll(nodesFilledKeyByKey(name(f), Files.readAllLines(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    static List<Hit> nodesFilledKeyByKey(String file, List<String> lines) {
        java.util.Set<String> nodes = new java.util.HashSet<>();
        for (String line : lines) {
            var m = NODE_DECLARED.matcher(line);
            while (m.find()) nodes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Pattern filled = nodes.isEmpty() ? NODE_CAST_FILLED : Pattern.compile(NODE_CAST_FILLED.pattern()
                + "|\\b(?:" + String.join("|", nodes) + ")" + FILLS);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
            if (filled.matcher(line).find()) hits.add(new Hit(file, i + 1, line));
        }
        return hits;
    }

    @Test
    void theKeyByKeyRuleCatchesNodesAndNothingElse() {
        List<String> built = List.of(
                "ObjectNode answer = mapper.valueToTree(x);",
                "answer.set(\"capacity\", mapper.valueToTree(c));",
                "void fill(ArrayNode rows, Row r) { rows.add(mapper.valueToTree(r)); }",
                "var tree = mapper.valueToTree(result);",
                "tree.put(\"extra\", 1);",
                "((ObjectNode) doc.get(\"x\")).put(\"y\", 2);",
                "JsonNode n = mapper.valueToTree(v); ((ObjectNode) n).set(\"k\", other);",
                "mapper.valueToTree(v).withArray(\"k\");");
        assertThat(nodesFilledKeyByKey("Built.java", built)).extracting(Hit::line).containsExactly(2, 3, 5, 6, 7, 8);
        List<String> legit = List.of(
                "Map<String, Object> p = new LinkedHashMap<>();",
                "p.put(\"id\", s.id());",
                "List<Row> rows = new ArrayList<>(); rows.add(row);",
                "ObjectNode fc = geoJson.featureCollection();",
                "geoJson.addFeature(fc, geometry, properties);",
                "builder.setRecordSeparator(\"\\n\");",
                "JsonNode root = mapper.readTree(body); String id = root.get(\"id\").asText();");
        assertThat(nodesFilledKeyByKey("Legit.java", legit)).isEmpty();
    }

    /** Column names only a table of settlement access rows has. */
    private static final String SETTLEMENT_COLUMN = "\"(?:nearest_facility(?:_name)?|travel_time_min(?:_low|_high)?|covered|connected"
            + "|snap_distance_m|e2sfca_places_per_1000|municipality_name)\"";
    /** A header of settlement rows: two such names in a list (an array, List.of, a header row), or a map filled by them. */
    private static final Pattern SETTLEMENT_HEADER = Pattern.compile(SETTLEMENT_COLUMN + "\\s*,\\s*" + SETTLEMENT_COLUMN
            + "|\\.put\\(\\s*" + SETTLEMENT_COLUMN);

    @Test
    void settlementColumnsAreDeclaredOnlyInSettlementColumns() {
        List<Hit> hits = new ArrayList<>();
        for (Path module : List.of(WEB, ENGINE, DATA)) hits.addAll(settlementHeaders(module));
        hits.removeIf(h -> h.file().equals("web/analysis/SettlementColumns.java"));
        assertThat(hits).as("a second header of settlement rows: write SettlementAccessRow through SettlementColumns (a layout)").isEmpty();
        assertThat(settlementHeaders("Second.java", List.of("static final String[] CSV_HEADER = {\"id\", \"name\", \"nearest_facility\",",
                "        \"travel_time_min\", \"travel_time_min_low\"};", "p.put(\"covered\", a.covered());",
                "List.of(\"id\", \"travel_time_min\",", "    \"covered\")")))
                .extracting(Hit::line).containsExactly(1, 3, 4);
        assertThat(settlementHeaders("Titles.java", List.of("t(\"travel_time_min_low\", \"Време: долна граница (мин)\", \"Time: low end (min)\");",
                "parameters.put(\"threshold_min\", 30);"))).isEmpty();
    }

    private static List<Hit> settlementHeaders(Path module) {
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(module)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList())
                hits.addAll(settlementHeaders(name(f), Files.readAllLines(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** Matches over the whole file, so that a list broken across lines is found too; a hit names its first line. */
    static List<Hit> settlementHeaders(String file, List<String> lines) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String line : lines) {
            starts.add(text.length());
            String l = line.strip();
            text.append(l.startsWith("*") || l.startsWith("//") || l.startsWith("/*") ? "" : line).append('\n');
        }
        List<Hit> hits = new ArrayList<>();
        var m = SETTLEMENT_HEADER.matcher(text);
        while (m.find()) {
            int line = -java.util.Collections.binarySearch(starts, m.start() + 1) - 2;
            if (hits.isEmpty() || hits.get(hits.size() - 1).line() != line + 1) hits.add(new Hit(file, line + 1, lines.get(line)));
        }
        return hits;
    }

    /** A source file as {@code module/package/File.java}, e.g. {@code web/cli/CoverageCommand.java}. */
    private static String name(Path f) {
        return ROOT.relativize(f).toString().replace('\\', '/').replaceFirst("^(\\w+)/src/main/java/org/dostap/", "");
    }

    /** Lines of the Java files under {@code dir} matching {@code pattern}, outside the allowed files and comments. */
    private static List<Hit> grep(Path dir, Pattern pattern) {
        assertThat(dir).as("sources of the architecture test").isDirectory();
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = name(f);
                if (ALLOWED.contains(name)) continue;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
                    if (pattern.matcher(line).find()) hits.add(new Hit(name, i + 1, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }
}
