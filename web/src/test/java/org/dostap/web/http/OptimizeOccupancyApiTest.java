package org.dostap.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.reader.Row;
import org.dostap.web.support.Api;
import org.dostap.web.support.Jobs;
import org.dostap.web.support.SmallRegion;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The occupancy of the chosen sites of a capacitated optimization on {@link SmallRegion}, in the job's result and in its
 * workbook. Capacitated p-median by hand (as OptimizeApiTest): Smolyan and Devin, 29,000 places each, every resident a
 * user; Shiroka laka (416) and Sivino (142) move to Devin, so Smolyan's site has 29,509 - 558 = 28,951 users (occupancy
 * 0.9983, 49 places free) and Devin's 35,609 - 28,951 = 6,658 (0.2296, 22,342 free); all 35,609 users served.
 */
class OptimizeOccupancyApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.smallRegion();
    private static final Api api = server.api();

    @Test
    void occupancyOfTheChosenSitesByHandInTheResultAndTheWorkbook() throws Exception {
        String id = Jobs.submit(api, "SIX", "{\"problem\":\"capacitated-p-median\",\"sites\":2,\"candidates\":\"settlements\",\"capacity\":29000,"
                + "\"time_limit_sec\":10,\"uptake_per_1000\":1000,\"single_source\":true}");
        JsonNode job = Jobs.awaitFinished(api, "SIX", id);
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode c = job.get("result").get("capacity");
        assertThat(c.get("users").asDouble()).isEqualTo(35609);
        assertThat(c.get("places").asDouble()).isEqualTo(58000);
        assertThat(c.get("served_users").asDouble()).isEqualTo(35609);
        assertThat(c.get("unserved_users").asDouble()).isZero();
        Map<String, JsonNode> sites = new HashMap<>();
        c.get("sites").forEach(s -> sites.put(s.get("site_id").asText(), s));
        assertThat(sites).containsOnlyKeys("CS-SML31", "CS-SML09");
        JsonNode smolyan = sites.get("CS-SML31"), devin = sites.get("CS-SML09");
        assertThat(smolyan.get("municipality").asText()).isEqualTo("SML31");
        assertThat(smolyan.get("name").asText()).isNotBlank();
        assertThat(smolyan.get("existing").asBoolean()).isTrue();
        assertThat(smolyan.get("capacity_places").asDouble()).isEqualTo(29000);
        assertThat(smolyan.get("assigned_users").asDouble()).isEqualTo(28951);
        assertThat(smolyan.get("occupancy").asDouble()).isEqualTo(0.9983);
        assertThat(smolyan.get("free_places").asDouble()).isEqualTo(49);
        assertThat(devin.get("municipality").asText()).isEqualTo("SML09");
        assertThat(devin.get("assigned_users").asDouble()).isEqualTo(6658);
        assertThat(devin.get("occupancy").asDouble()).isEqualTo(0.2296);
        assertThat(devin.get("free_places").asDouble()).isEqualTo(22342);
        for (JsonNode s : c.get("settlements")) {
            assertThat(s.get("unserved_users").asDouble()).as(s.toString()).isZero();
            assertThat(s.get("name").asText()).isNotBlank();
        }

        Api.Reply xlsx = api.get("/api/regions/SIX/optimize/jobs/" + id + "/result.xlsx?lang=en");
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        Map<String, List<Row>> wb = WorkbookApiTest.read(xlsx.bytes());
        assertThat(wb.keySet()).containsSubsequence("Sites", "Occupancy", "Users by settlement");
        List<Row> occupancy = wb.get("Occupancy");
        List<String> header = cells(occupancy.get(0));
        assertThat(header).contains("Site (id)", "Site", "Municipality", "Places", "Users assigned", "Occupancy", "Free places");
        assertThat(occupancy).hasSize(3);
        Row row = occupancy.stream().skip(1).filter(r -> r.getCellText(header.indexOf("Site (id)")).equals("CS-SML31")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(row.getCellText(header.indexOf("Users assigned")))).isEqualTo(28951);
        assertThat(Double.parseDouble(row.getCellText(header.indexOf("Occupancy")))).isEqualTo(0.9983);
        List<Row> users = wb.get("Users by settlement");
        List<String> uh = cells(users.get(0));
        assertThat(uh).contains("EKATTE", "Users", "Users not served", "Users by site");
        Row shiroka = users.stream().skip(1).filter(r -> r.getCellText(uh.indexOf("EKATTE")).equals("83274")).findFirst().orElseThrow();
        assertThat(shiroka.getCellText(uh.indexOf("Users by site"))).isEqualTo("CS-SML09: 416.0");
        Map<String, List<Row>> bg = WorkbookApiTest.read(api.get("/api/regions/SIX/optimize/jobs/" + id + "/result.xlsx?lang=bg").bytes());
        assertThat(bg.keySet()).contains("Заетост", "Потребители по селища");
        assertThat(cells(bg.get("Заетост").get(0))).contains("Места", "Разпределени потребители", "Свободни места");
    }

    @Test
    void capacitatedCoverageReportsTheUsersItLeavesOut() throws Exception {
        // one new site of 1,000 places for 35,609 users: most users are not served, and the parts add up
        JsonNode job = Jobs.awaitFinished(api, "SIX", Jobs.submit(api, "SIX", "{\"problem\":\"capacitated-coverage\",\"sites\":1,\"keep_existing\":false,"
                + "\"candidates\":\"settlements\",\"capacity\":1000,\"time_limit_sec\":10,\"uptake_per_1000\":1000}"));
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        JsonNode c = job.get("result").get("capacity");
        assertThat(c.get("places").asDouble()).isEqualTo(1000);
        double served = c.get("served_users").asDouble(), unserved = c.get("unserved_users").asDouble();
        assertThat(served).isLessThanOrEqualTo(1000);
        assertThat(served + unserved).isCloseTo(c.get("users").asDouble(), within(0.01));
        double assigned = 0, notServed = 0;
        for (JsonNode s : c.get("sites")) {
            assigned += s.get("assigned_users").asDouble();
            assertThat(s.get("occupancy").asDouble()).isLessThanOrEqualTo(1.0);
            assertThat(s.get("free_places").asDouble()).isCloseTo(s.get("capacity_places").asDouble() - s.get("assigned_users").asDouble(), within(0.01));
        }
        for (JsonNode s : c.get("settlements")) notServed += s.get("unserved_users").asDouble();
        assertThat(assigned).isCloseTo(served, within(0.01));
        assertThat(notServed).isCloseTo(unserved, within(0.05));
        assertThat(unserved).isGreaterThan(30000);
    }

    private static List<String> cells(Row row) {
        return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }
}
