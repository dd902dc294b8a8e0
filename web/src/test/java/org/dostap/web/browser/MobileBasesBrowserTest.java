package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mobile teams tab with several teams on the bundled Smolyan pilot, in headless Chromium (Bulgarian): two teams left
 * automatic start from the two bases the API chooses (a marker per base naming its teams, the legend and the reason
 * say so, the team table names each team's base); a base chosen for one team only is refused at the field; bases chosen
 * for both reach the plan; the balance is written with a decimal comma; a failed run marks the plan shown out of date;
 * two times equal to a tenth are shown with two decimals (27,63 → 27,58), never as "27,6 → 27,6 по-бързо".
 * Screenshots under web/target/screenshots/.
 */
class MobileBasesBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static final Api api = server.api();
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1366, 768);
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void twoTeamsFromTwoBasesAFailedRunAndDecimalCommas() throws Exception {
        click(By.cssSelector("#threshold-buttons button[data-min='15']"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Long.valueOf(15).equals(js("return window.dostap.state.threshold_min")));
        click(By.id("tab-mobile"));
        Browser.select(driver, By.id("mobile-teams"), "2");
        assertThat(driver.findElements(By.cssSelector("select.mobile-team-base"))).hasSize(2);
        assertThat(driver.findElements(By.id("mobile-base"))).as("one select per team instead").isEmpty();
        run();
        String request = "{\"service\":\"community-support\",\"teams\":2,\"days_per_week\":5,\"horizon_weeks\":4,\"day_hours\":8,"
                + "\"on_site_min\":60,\"frequency_weeks\":2,\"threshold_min\":15,\"population\":\"" + js("return window.dostap.state.population") + "\"}";
        Api.Reply reply = api.post("/api/regions/SML/mobile", request);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json();
        Set<String> apiBases = new HashSet<>();
        plan.get("team_bases").forEach(b -> apiBases.add(b.get("id").asText()));
        Set<String> markers = new HashSet<>();
        driver.findElements(By.cssSelector("path.dostap-mobile-base")).forEach(p -> markers.add(p.getAttribute("data-id")));
        assertThat(markers).as("a marker per base the plan uses").isEqualTo(apiBases);
        // the k-median bases for two teams are proposed and planned against both teams at the best single base
        JsonNode choice = plan.get("base_choice");
        assertThat(choice.get("team_bases")).hasSize(2);
        assertThat(choice.get("team_bases").get(0).asText()).isNotEqualTo(choice.get("team_bases").get(1).asText());
        assertThat(choice.get("compared")).hasSize(2);
        assertThat(text(By.id("mobile-base-why"))).startsWith("Бази ").contains("(екип 1)", "(екип 2)").contains("от една база");
        assertThat(text(By.id("mobile-compared"))).startsWith("Сравнени планове:").contains("Запазен е планът");
        String first = plan.get("team_bases").get(0).get("name").asText(), second = plan.get("team_bases").get(1).get("name").asText();
        assertThat(text(By.id("mobile-team-loads"))).contains(first, second);
        if (apiBases.size() > 1) {
            assertThat(text(By.cssSelector(".leaflet-tooltip.base-label"))).isNotBlank();
            assertThat((String) js("return document.getElementById('legend').textContent")).as("legend, folded or not").contains("база на екип (номер на екипа)");
        }
        // the balance with a decimal comma, never a point
        String balance = text(By.id("mobile-balance"));
        assertThat(balance).matches("(?s).*\\d,\\d\\d.*").doesNotMatch("(?s).*\\d\\.\\d\\d.*");
        Browser.screenshot(driver, "mobile-two-bases-1366.png");

        // a base for team 1 only: refused at the field, nothing sent
        String centre = choice.get("team_bases").get(1).asText();
        new Select(driver.findElements(By.cssSelector("select.mobile-team-base")).get(0)).selectByValue(centre);
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("mobile-bases-error")).isEmpty());
        assertThat(text(By.id("mobile-bases-error"))).contains("за всеки екип");
        // both chosen: team 1 from the second base, team 2 from the first
        new Select(driver.findElements(By.cssSelector("select.mobile-team-base")).get(1)).selectByValue(choice.get("team_bases").get(0).asText());
        run();
        Set<String> given = new HashSet<>();
        driver.findElements(By.cssSelector("path.dostap-mobile-base")).forEach(p -> given.add(p.getAttribute("data-id")));
        assertThat(given).as("two bases given, two on the map").containsExactlyInAnyOrder(choice.get("team_bases").get(0).asText(), centre);
        assertThat(text(By.cssSelector(".leaflet-tooltip.base-label"))).isNotBlank();
        assertThat((String) js("return document.getElementById('legend').textContent")).contains("база на екип (номер на екипа)");
        assertThat(driver.findElements(By.id("mobile-base-why"))).as("bases given: no reason needed").isEmpty();
        assertThat(stale()).isFalse();

        // a run that fails on the server: the plan shown stays, marked out of date
        js("window.__fetch = window.fetch; window.fetch = (url, o) => String(url).includes('/mobile') "
                + "? Promise.resolve(new Response(JSON.stringify({error: 'unavailable', message: 'The optimizer is busy (3 runs waiting). Try again in a minute, or cancel a run you no longer need.'}), "
                + "{status: 503, headers: {'Content-Type': 'application/json'}})) : window.__fetch(url, o);");
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> stale());
        assertThat(text(By.id("mobile-stale"))).contains("планирайте отново");
        assertThat(driver.findElements(By.id("mobile-reached"))).as("the earlier plan is still shown").isNotEmpty();
        js("window.fetch = window.__fetch;");
        Browser.screenshot(driver, "mobile-failed-run-stale.png");

        // times equal to a tenth get two decimals, with a comma; a plain value keeps one
        List<Object> pair = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[0]; import('/js/format.js').then(m => done(m.minutesPair(27.63, 27.58).concat(m.minutesPair(27.6, 31.2), [m.fixed(1, 2)])));");
        assertThat(pair).containsExactly((Object) "27,63", "27,58", "27,6", "31,2", "1,00");
    }

    private static void run() {
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> "false".equals(String.valueOf(js("return document.getElementById('mobile-run').disabled")))
                        && (!d.findElements(By.id("mobile-reached")).isEmpty() || !d.findElements(By.cssSelector(".field-error, #mobile-errors")).isEmpty()));
        assertThat(driver.findElements(By.cssSelector(".field-error, #mobile-errors"))).as("no problems").isEmpty();
    }

    private static boolean stale() {
        return Boolean.TRUE.equals(js("var n = document.getElementById('mobile-stale'); return !!n && n.offsetParent !== null;"));
    }

    private static String text(By by) { return Browser.text(driver, by); }

    private static void click(By by) { Browser.click(driver, by); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }
}
