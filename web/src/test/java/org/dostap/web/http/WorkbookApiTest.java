package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dostap.web.support.Api;
import org.dostap.web.support.Jobs;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook exports of the six Smolyan settlements, read back cell by cell. */
class WorkbookApiTest {
    private static final String ADD_AT_SHIROKA_LAKA = "{\"kind\":\"add\",\"facility_id\":\"new-1\",\"name\":\"ЦОП Широка лъка\","
            + "\"service_type\":\"community-support\",\"lon\":24.580323,\"lat\":41.679818}";
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    /** Every sheet's rows, by sheet name. */
    static Map<String, List<Row>> read(byte[] xlsx) throws Exception {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var s : wb.getSheets().toList()) out.put(s.getName(), s.read());
        }
        return out;
    }

    static String sheetXml(byte[] xlsx, int n) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dostap-test", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + n + ".xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static List<String> cellTexts(Row r) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) out.add(r.getCellText(i));
        return out;
    }

    private static Row rowOf(List<Row> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.getCellText(0))).findFirst().orElseThrow(() -> new AssertionError("no row " + code));
    }

    /** The index of the column titled {@code title} in a sheet's header row. */
    private static int column(List<Row> sheet, String title) {
        for (int c = 0; c < sheet.get(0).getCellCount(); c++) if (title.equals(sheet.get(0).getCellText(c))) return c;
        throw new AssertionError("no column " + title);
    }

    @Test
    void settlementsWorkbookInBulgarian() throws Exception {
        Api.Reply r = api.get("/api/regions/SIX/export/settlements.xlsx?service=community-support&threshold_min=15&lang=bg");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.header("Content-Disposition")).contains(".xlsx");
        Map<String, List<Row>> wb = read(r.bytes());
        assertThat(wb.keySet()).containsExactly("Селища", "Общини", "Произход");
        List<Row> s = wb.get("Селища");
        assertThat(s.get(0).getCellText(0)).isEqualTo("ЕКАТТЕ");
        assertThat(s.get(0).getCellText(4)).isEqualTo("Община");
        assertThat(s).hasSize(7);
        Row smolyan = rowOf(s, "67653");
        assertThat(smolyan.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(smolyan.getCellText(3)).isEqualTo("SML31");
        assertThat(smolyan.getCellText(4)).isEqualTo("Смолян");
        assertThat(smolyan.getCell(5).getType()).isEqualTo(CellType.NUMBER);
        assertThat(smolyan.getCell(5).asNumber()).isEqualByComparingTo("27851");
        assertThat(smolyan.getCellText(6)).isEqualTo("CS-SML31");
        assertThat(smolyan.getCellText(7)).isEqualTo("ЦОП Смолян (илюстративен)");   // the sheet has no provenance beside it
        assertThat(smolyan.getCell(8).getType()).isEqualTo(CellType.NUMBER);
        int covered = column(s, "В стандарта");
        assertThat(smolyan.getCellText(covered)).isEqualTo("Да");
        assertThat(s.stream().skip(1).map(x -> x.getCellText(covered)).toList()).contains("Не");
        // the band beside the time, as in every file of settlement rows (SettlementColumns)
        assertThat(column(s, "Време: долна граница (мин)")).isEqualTo(9);
        assertThat(column(s, "Време: горна граница (мин)")).isEqualTo(10);
        List<Row> m = wb.get("Общини");
        assertThat(m.get(0).getCellText(1)).isEqualTo("Община");
        assertThat(m.get(m.size() - 1).getCellText(1)).startsWith("Общо");
        List<Row> p = wb.get("Произход");
        assertThat(p.stream().map(x -> x.getCellText(0)).toList()).contains("Време за път", "Илюстративни центрове", "Версия на софтуера", "Колона население");
        assertThat(p.stream().map(x -> x.getCellText(1)).toList()).anyMatch(x -> x.startsWith("оценено"));
        assertThat(sheetXml(r.bytes(), 1)).contains("state=\"frozen\"").contains("ySplit=\"1\"");
    }

    @Test
    void anUnknownLanguageIsEnglishAndZerosAreKept() throws Exception {
        Api.Reply r = api.get("/api/regions/SIX/export/settlements.xlsx?service=community-support&threshold_min=15&lang=xx");
        assertThat(r.status()).isEqualTo(200);
        Map<String, List<Row>> wb = read(r.bytes());
        assertThat(wb.keySet()).containsExactly("Settlements", "Municipalities", "Provenance");
        List<Row> s = wb.get("Settlements");
        assertThat(s.get(0).getCellText(0)).isEqualTo("EKATTE");
        int covered = column(s, "Within the standard");
        assertThat(s.stream().skip(1).map(x -> x.getCellText(covered)).toList()).containsOnly("Yes", "No");
        // every EKATTE code is five characters of text, leading zeros included (as in the bundled data)
        assertThat(s.stream().skip(1).map(x -> x.getCell(0))).allSatisfy(c -> {
            assertThat(c.getType()).isEqualTo(CellType.STRING);
            assertThat(c.asString()).matches("\\d{5}");
        });
    }

    @Test
    void excelCsvHasSemicolonsAndDecimalCommas() {
        Api.Reply r = api.get("/api/regions/SIX/export/settlements.csv?service=community-support&threshold_min=15&excel=bg");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bytes()[0]).isEqualTo((byte) 0xEF);
        String[] lines = r.body().substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("ЕКАТТЕ;Име;");
        assertThat(lines).hasSize(7);
        assertThat(lines).anyMatch(l -> l.startsWith("\"=\"\"67653\"\"\";Смолян;Smolyan;SML31;Смолян;27851;CS-SML31;ЦОП Смолян (илюстративен);0;0;0;Да;Да"));
        // the Excel CSV has no provenance sheet: the illustrative centres and the estimated times say so in it
        assertThat(lines[0]).contains(";Време за път (мин, оценено);").doesNotContain("Време за път (мин);");
        assertThat(lines).anyMatch(l -> l.matches(".*;\\d+,\\d;\\d+(,\\d)?;\\d+(,\\d)?;(Да|Не);(Да|Не)$"));
        // the plain CSV is unchanged: RFC 4180, commas, decimal points
        assertThat(api.get("/api/regions/SIX/export/settlements.csv?service=community-support&threshold_min=15").body())
                .contains("67653,Смолян,Smolyan,SML31,27851,CS-SML31,0,0,0,true");
    }

    @Test
    void municipalitiesAndComparisonWorkbooks() throws Exception {
        Api.Reply mr = api.get("/api/regions/SIX/export/municipalities.xlsx?service=crisis&threshold_min=15&lang=en");
        assertThat(mr.status()).as(mr.body()).isEqualTo(200);
        Map<String, List<Row>> m = read(mr.bytes());
        assertThat(m.keySet()).containsExactly("Municipalities", "Provenance");
        // the share said 0.9392 under "Share within the standard": now a percentage with its unit, the API's covered_percent
        List<Row> head = m.get("Municipalities");
        int share = java.util.stream.IntStream.range(0, head.get(0).getCellCount())
                .filter(i -> head.get(0).getCellText(i).equals("Share within the standard (%)")).findFirst().orElseThrow();
        var coverage = api.get("/api/regions/SIX/coverage?service=crisis&threshold_min=15").json();
        assertThat(head.get(head.size() - 1).getCell(share).asNumber().doubleValue())
                .isEqualTo(coverage.get("summary").get("covered_percent").asDouble());
        assertThat(coverage.get("summary").get("covered_percent").asDouble()).isBetween(1.0, 99.9);
        Api.Reply c = api.post("/api/regions/SIX/export/comparison.xlsx?lang=bg",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":[" + ADD_AT_SHIROKA_LAKA + "]}");
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        Map<String, List<Row>> wb = read(c.bytes());
        assertThat(wb.keySet()).containsExactly("Сценарий спрямо база", "Променени селища", "Произход");
        Row shiroka = rowOf(wb.get("Променени селища"), "83274");
        assertThat(shiroka.getCellText(1)).isEqualTo("Широка лъка");
        assertThat(shiroka.getCellText(7)).isEqualTo("Не");
        assertThat(shiroka.getCellText(8)).isEqualTo("Да");
        assertThat(shiroka.getCellText(10)).isEqualTo("ЦОП Широка лъка");
    }

    @Test
    void theMobileScheduleAsAWorkbook() throws Exception {
        Api.Reply r = api.post("/api/regions/SIX/mobile/schedule.xlsx?lang=bg", "{\"threshold_min\":15}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, List<Row>> wb = read(r.bytes());
        assertThat(wb.keySet()).contains("График", "Обслужени", "Необслужени", "Екипи", "Възможни бази", "Произход");
        List<Row> schedule = wb.get("График");
        assertThat(schedule).hasSizeGreaterThan(1);
        assertThat(schedule.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(schedule.get(1).getCellText(9)).matches("\\d\\d:\\d\\d");
    }

    @Test
    void anOptimizationResultNotComputedYetIsNotFound() throws Exception {
        Api.Reply none = api.get("/api/regions/SIX/optimize/jobs/nope/result.xlsx");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("message").asText()).contains("nope");
        String id = api.post("/api/regions/SIX/optimize/jobs", "{\"problem\":\"p-median\",\"sites\":1,\"time_limit_sec\":5,"
                + "\"candidates\":\"settlements\",\"mode\":\"foot\"}").json().get("id").asText();
        Api.Reply early = api.get("/api/regions/SIX/optimize/jobs/" + id + "/result.xlsx");
        if (early.status() == 404) assertThat(early.json().get("message").asText()).contains("no result to export");
        Jobs.awaitFinished(api, "SIX", id);
        Api.Reply done = api.get("/api/regions/SIX/optimize/jobs/" + id + "/result.xlsx?lang=bg");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        Map<String, List<Row>> wb = read(done.bytes());
        assertThat(wb.keySet()).contains("Обобщение", "Места", "Общини", "Разпределение", "Произход");
        // the summary's fields in the workbook's language (they were the result's keys: problem, objective, gap, ...)
        List<String> fields = wb.get("Обобщение").stream().map(r -> r.getCellText(0)).toList();
        assertThat(fields).contains("Задача", "Целева функция", "Разлика до оптимума (дял)", "В стандарта преди", "В стандарта след")
                .doesNotContain("problem", "objective", "gap", "gain.population_within_standard_after");
        // the run was on foot: the summary says so in words (the optimization was always by car before)
        assertThat(wb.get("Обобщение").stream().filter(r -> r.getCellText(0).equals("Придвижване")).map(r -> r.getCellText(1)).toList())
                .containsExactly("пеша");
        // the municipalities' share within the standard as a percentage with its unit (a bare fraction before)
        var result = api.get("/api/regions/SIX/optimize/jobs/" + id).json().get("result");
        List<Row> municipalities = wb.get("Общини");
        int share = cellTexts(municipalities.get(0)).indexOf("Дял в стандарта (%)");
        assertThat(share).isPositive();
        JsonNode first = result.get("municipalities").get(0);
        Row firstRow = rowOf(municipalities, first.get("code").asText());
        assertThat(firstRow.getCell(share).asNumber().doubleValue())
                .isEqualTo(Math.round(1000 * first.get("share_within_standard").asDouble()) / 10.0);
        List<Row> assignment = wb.get("Разпределение");
        assertThat(assignment.get(0).getCellText(0)).isEqualTo("ЕКАТТЕ");
        assertThat(assignment.get(0).toString()).contains("Община");
        List<String> labels = wb.get("Произход").stream().map(r -> r.getCellText(0)).toList();
        assertThat(labels).as("the result's whole provenance").contains("Време на изчислението", "Комит на софтуера",
                "Параметър: new_sites", "Колона население");
    }
}
