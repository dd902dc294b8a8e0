package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mobile teams tab's visit settings in headless Chromium on the bundled Smolyan pilot: visits by population class
 * (0-99 every 4 weeks, 100-499 every 2, 500+ weekly) within 09:00-15:00 and 30 s per resident give the plan the API
 * gives for the same request; a settlement's own settings (from its ring's popup) reach the plan; an overlapping class
 * set and a bad override interval show the API's problems next to their fields, in Bulgarian and English, and no plan;
 * a setting changed after a plan marks it out of date until it is planned again; a ring's popup opened after a language
 * switch is in the new language.
 * Screenshots under web/target/screenshots/.
 */
class MobilePanelBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static final Api api = server.api();
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1400, 1100);
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void populationClassesWindowsAndOwnSettingsGiveTheApisPlan() throws Exception {
        click(By.cssSelector("#threshold-buttons button[data-min='15']")); // more settlements beyond reach
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Long.valueOf(15).equals(js("return window.dostap.state.threshold_min")));
        click(By.id("tab-mobile"));
        new Select(driver.findElement(By.id("mobile-frequency"))).selectByValue("classes");
        assertThat(driver.findElements(By.cssSelector("#mobile-classes tr"))).hasSize(3);
        assertThat(classRow(0)).isEqualTo("0-99:4");
        assertThat(classRow(2)).isEqualTo("500-:1");
        setValue("#mobile-window-from", "09:00");
        setValue("#mobile-window-to", "15:00");
        setValue("#mobile-per-resident", "30");

        ObjectNode request = (ObjectNode) JSON.readTree("{\"service\":\"community-support\",\"teams\":1,\"days_per_week\":5,\"horizon_weeks\":4,"
                + "\"day_hours\":8,\"on_site_min\":60,\"frequency_by_population\":\"0-99:4,100-499:2,500-:1\",\"time_window\":\"09:00-15:00\","
                + "\"on_site_sec_per_resident\":30,\"edits\":[]}");
        request.put("base", new Select(driver.findElement(By.id("mobile-base"))).getFirstSelectedOption().getAttribute("value"));
        request.put("threshold_min", ((Number) js("return window.dostap.state.threshold_min")).intValue());
        request.put("population", (String) js("return window.dostap.state.population"));
        JsonNode expected = runAndCompare(request);
        assertThat(stale()).as("fresh plan").isFalse();
        Set<Integer> weeks = new HashSet<>();
        for (JsonNode s : expected.get("served")) {
            int pop = s.get("population").asInt();
            assertThat(s.get("frequency_weeks").asInt()).as(s.get("name").asText()).isEqualTo(pop < 100 ? 4 : pop < 500 ? 2 : 1);
            assertThat(s.get("time_window").asText()).isEqualTo("09:00-15:00");
            weeks.add(s.get("frequency_weeks").asInt());
        }
        assertThat(weeks).as("more than one class among the served").hasSizeGreaterThan(1);
        screenshot("mobile-classes.png");

        // the largest served settlement gets its own settings through its ring's popup: weekly, 90 min on site
        JsonNode target = expected.get("served").get(0);
        for (JsonNode s : expected.get("served")) if (s.get("population").asInt() > target.get("population").asInt()) target = s;
        String id = target.get("settlement_id").asText();
        assertThat(driver.findElements(By.cssSelector("#mobile-overrides tbody tr"))).isEmpty();
        js("var p = document.querySelector(\"path.dostap-mobile-served[data-id='\" + arguments[0] + \"']\"), r = p.getBoundingClientRect();"
                + " p.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2}));", id);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("mobile-override-add")).isEmpty());
        screenshot("mobile-settlement-popup.png");
        click(By.id("mobile-override-add"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#mobile-overrides tbody tr")).isEmpty());
        assertThat(stale()).as("a settlement's own settings added").isTrue();
        assertThat(text(By.id("mobile-overrides"))).contains(target.get("name").asText());
        setValue("#mobile-overrides tr[data-i='0'] .ov-weeks", "1");
        setValue("#mobile-overrides tr[data-i='0'] .ov-onsite", "90");
        // and the first unserved settlement, from its row in the unserved table: visits from 13:00 to 15:00
        assertThat(expected.get("unserved")).isNotEmpty();
        JsonNode unserved = expected.get("unserved").get(0);
        click(By.cssSelector("#mobile-unserved button.mobile-own[data-id='" + unserved.get("settlement_id").asText() + "']"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#mobile-overrides tbody tr[data-i]")).size() == 2);
        assertThat(driver.findElements(By.cssSelector(".leaflet-popup .popup[data-settlement]"))).as("the button, not the row's popup").isEmpty();
        assertThat(value("#mobile-overrides tr[data-i='1'] .ov-weeks")).as("blank: as for all").isEmpty();
        setValue("#mobile-overrides tr[data-i='1'] .ov-from", "13:00");
        setValue("#mobile-overrides tr[data-i='1'] .ov-to", "15:00");
        request.set("visits", JSON.readTree("[{\"settlement_id\":\"" + id + "\",\"frequency_weeks\":1,\"time_window\":\"09:00-15:00\",\"on_site_min\":90},"
                + "{\"settlement_id\":\"" + unserved.get("settlement_id").asText() + "\",\"time_window\":\"13:00-15:00\"}]"));
        JsonNode withOwn = runAndCompare(request);
        JsonNode served = null;
        for (JsonNode s : withOwn.get("served")) if (s.get("settlement_id").asText().equals(id)) served = s;
        assertThat(served).as("still served").isNotNull();
        assertThat(served.get("frequency_weeks").asInt()).isEqualTo(1);
        assertThat(served.get("on_site_min").asDouble()).isEqualTo(90.0);
        for (JsonNode s : withOwn.get("served"))
            if (s.get("settlement_id").asText().equals(unserved.get("settlement_id").asText())) assertThat(s.get("time_window").asText()).isEqualTo("13:00-15:00");
        assertThat(stale()).isFalse();
        js("document.getElementById('mobile-overrides').scrollIntoView({block: 'center'})");
        screenshot("mobile-own-settings.png");

        // a setting changed after the plan puts it out of date at once: the time window, the teams (and back)
        setValue("#mobile-window-to", "14:00");
        assertThat(stale()).as("time window changed").isTrue();
        assertThat(text(By.id("mobile-stale"))).contains("планирайте отново");
        js("document.getElementById('mobile-result').scrollIntoView({block: 'start'})");
        screenshot("mobile-stale.png");
        Browser.select(driver, By.id("mobile-teams"), "2");
        assertThat(stale()).isTrue();
        Browser.select(driver, By.id("mobile-teams"), "1");
        setValue("#mobile-window-to", "15:00");
        assertThat(stale()).as("the settings of the plan again").isFalse();
        setValue("#mobile-window-to", "14:00");
        request.put("time_window", "09:00-14:00");
        JsonNode shorter = runAndCompare(request);
        assertThat(stale()).as("planned again").isFalse();
        for (JsonNode s : shorter.get("served"))
            if (!s.get("settlement_id").asText().equals(unserved.get("settlement_id").asText()) && !s.get("settlement_id").asText().equals(id))
                assertThat(s.get("time_window").asText()).isEqualTo("09:00-14:00");

        // a ring's popup follows the language switch: opened after it, it is in the new language
        String ringId = shorter.get("served").get(0).get("settlement_id").asText();
        click(By.id("lang-en"));
        openRing(ringId);
        assertThat(text(By.cssSelector(".leaflet-popup .popup"))).contains("Own settings", "Hours", "people").doesNotContain("Собствени настройки");
        screenshot("mobile-settlement-popup-en.png");
        click(By.id("lang-bg"));
        openRing(ringId);
        assertThat(text(By.cssSelector(".leaflet-popup .popup"))).contains("Собствени настройки", "Часове").doesNotContain("Own settings");
        click(By.cssSelector(".leaflet-popup-close-button"));

        // an overlapping class set (0-99 and 90-499) and an interval of 3 weeks over 4: the problems at their fields, no plan
        setValue("#mobile-classes tr[data-i='1'] .cls-from", "90");
        setValue("#mobile-overrides tr[data-i='0'] .ov-weeks", "3");
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("mobile-classes-error")).isEmpty());
        assertThat(text(By.id("mobile-classes-error"))).contains("класовете 0-99:4 и 90-499:2 се застъпват (население 90-99)");
        assertThat(driver.findElements(By.cssSelector("#mobile-classes tr.invalid"))).hasSize(2);
        assertThat(text(By.cssSelector("#mobile-overrides .field-error[data-field='visits[0].frequency_weeks']")))
                .contains("периодът от 4 седмици не е кратен на 3 седмици");
        assertThat(driver.findElements(By.id("mobile-reached"))).as("no plan").isEmpty();
        assertThat(driver.findElements(By.cssSelector("path.dostap-mobile-route"))).isEmpty();
        request.put("frequency_by_population", "0-99:4,90-499:2,500-:1");
        ((ObjectNode) request.get("visits").get(0)).put("frequency_weeks", 3);
        Api.Reply refused = api.post("/api/regions/SML/mobile", request.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems")).hasSize(2);
        screenshot("mobile-invalid-classes.png");
        click(By.id("lang-en"));
        assertThat(text(By.id("mobile-classes-error"))).contains("classes 0-99:4 and 90-499:2 overlap (population 90-99)");
        assertThat(text(By.id("mobile-overrides"))).contains("the horizon of 4 weeks is not a multiple of 3 weeks");
        screenshot("mobile-invalid-classes-en.png");
        click(By.id("lang-bg"));
    }

    /** Whether the shown plan's "out of date, plan again" notice is visible. */
    private static boolean stale() {
        return Boolean.TRUE.equals(js("var n = document.getElementById('mobile-stale'); return !!n && n.offsetParent !== null;"));
    }

    /** Clicks a served settlement's ring and waits for its popup (once any popup closed before has faded out). */
    private static void openRing(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        js("var p = document.querySelector(\"path.dostap-mobile-served[data-id='\" + arguments[0] + \"']\"), r = p.getBoundingClientRect();"
                + " p.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2}));", id);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class) // faded in: visible text
                .until(d -> d.findElements(By.cssSelector(".leaflet-popup .popup[data-mobile-settlement='" + id + "']")).stream().anyMatch(p -> !p.getText().isEmpty()));
    }

    /** Runs the panel's plan and checks its numbers against the API's answer to {@code request}; returns that answer. */
    private JsonNode runAndCompare(JsonNode request) {
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> "false".equals(String.valueOf(js("return document.getElementById('mobile-run').disabled")))
                        && (!d.findElements(By.id("mobile-reached")).isEmpty() || !d.findElements(By.cssSelector(".field-error, #mobile-errors")).isEmpty()));
        assertThat(driver.findElements(By.cssSelector(".field-error, #mobile-errors"))).as("no problems").isEmpty();
        Api.Reply reply = api.post("/api/regions/SML/mobile", request.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode plan = reply.json(), totals = plan.get("totals");
        assertThat(digits("mobile-reached")).isEqualTo(totals.get("population_served").asText());
        assertThat(digits("mobile-unserved-count")).isEqualTo(totals.get("settlements_unserved").asText());
        assertThat(digits("mobile-team-days")).isEqualTo(totals.get("team_days").asText());
        assertThat(digits("mobile-team-hours")).isEqualTo(oneDecimalDigits(totals.get("team_hours").asDouble()));
        assertThat(digits("mobile-distance")).isEqualTo(oneDecimalDigits(totals.get("distance_km").asDouble()));
        assertThat(driver.findElements(By.cssSelector("#mobile-days tbody tr"))).hasSize(plan.get("days").size());
        Set<String> ringIds = new HashSet<>(), apiIds = new HashSet<>();
        for (WebElement p : driver.findElements(By.cssSelector("path.dostap-mobile-served"))) ringIds.add(p.getAttribute("data-id"));
        for (JsonNode s : plan.get("served")) apiIds.add(s.get("settlement_id").asText());
        assertThat(ringIds).isEqualTo(apiIds).isNotEmpty();
        return plan;
    }

    private static String oneDecimalDigits(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : String.valueOf(tenths);
    }

    private String classRow(int i) {
        String at = "#mobile-classes tr[data-i='" + i + "'] ";
        return value(at + ".cls-from") + "-" + value(at + ".cls-to") + ":" + value(at + ".cls-weeks");
    }

    private String value(String css) { return driver.findElement(By.cssSelector(css)).getAttribute("value"); }

    /** Sets an input's value as a planner would and fires its change event. */
    private static void setValue(String css, String value) {
        js("var e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
    }

    private String digits(String id) { return text(By.id(id)).replaceAll("[^0-9]", ""); }

    private static void click(By by) { Browser.click(driver, by); }

    private static String text(By by) { return Browser.text(driver, by); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }

    private static void screenshot(String name) throws Exception { Browser.screenshot(driver, name); }
}
