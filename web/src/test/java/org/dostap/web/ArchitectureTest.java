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
        hits.removeIf(h -> h.file().startsWith("data/output/"));
        assertThat(hits).as("write JSON files with data/output/JsonOutput, CSV with CsvTableWriter, GeoJSON with GeoJsonFeatureWriter").isEmpty();
    }

    /** Lines of the Java files under {@code dir} matching {@code pattern}, outside the allowed files and comments. */
    private static List<Hit> grep(Path dir, Pattern pattern) {
        assertThat(dir).as("sources of the architecture test").isDirectory();
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = ROOT.relativize(f).toString().replace('\\', '/').replaceFirst("^(\\w+)/src/main/java/org/dostap/", "");
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
