package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in Bulgarian shows no English: every tab opened, with a scenario edit, a mobile plan, an optimization
 * result, the legend and the help panel open, a settlement's popup and a server error (a deleted scenario opened from a
 * stale list) on screen; the rendered text, the page title and every title, placeholder, label and option are scanned
 * for the English words of the page's own dictionary (js/i18n.js, words of three letters or more that no Bulgarian
 * entry uses, such as GeoJSON or EUR). Switching to English retitles the page.
 */
class BulgarianPageBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.defaults());
    private static final Api api = server.api();
    @Chromium(width = 1400, height = 1000, exactViewport = true)
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Browser.openAndAwaitReady(driver, server.url() + "?region=SML");
    }

    @Test
    void noEnglishInBulgarianMode() throws Exception {
        assertThat(driver.getTitle()).isEqualTo("Dostap — достъп до социални услуги");
        Set<String> english = englishWords();
        assertThat(english).as("the dictionary's English words").contains("people", "covered", "settlements", "scenario");
        Map<String, String> found = new java.util.TreeMap<>();

        click(By.cssSelector("#threshold-buttons button[data-min='15']"));
        waitFor("return window.dostap.state.threshold_min === 15 && !!window.dostap.state.coverage && window.dostap.state.coverage.threshold_min === 15");
        scan("coverage", english, found);

        // a scenario: a centre added on the largest uncovered settlement, saved
        click(By.id("tab-scenario"));
        click(By.id("btn-add-centre"));
        String target = (String) js("return window.dostap.state.coverage.uncovered[0].id");
        js("window.dostap.settlementLayer.byId.get(arguments[0]).fire('click')", target);
        waitFor("return !!window.dostap.state.comparison && window.dostap.state.edits.length === 1");
        driver.findElement(By.id("scenario-name")).sendKeys("Проба");
        click(By.id("btn-save"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("saved-list")).getText().contains("Проба"));
        scan("scenario", english, found);

        // a server error: the scenario deleted behind the page's back, then opened from the list
        String id = api.get("/api/regions/SML/scenarios").json().get(0).get("id").asText();
        assertThat(api.delete("/api/scenarios/" + id + "?version=1").status()).isEqualTo(204);
        click(By.cssSelector("#saved-list button[data-act='load']"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("message")).isDisplayed()
                && d.findElement(By.id("message")).getText().contains("Заявката не е изпълнена"));
        assertThat(text(By.id("message"))).doesNotStartWith(":").contains("не е намерено");
        scan("a server error", english, found);

        click(By.id("tab-years"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#years tbody tr")).isEmpty());
        click(By.id("years-rank-pct"));
        scan("years", english, found);

        click(By.id("tab-mobile"));
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#mobile-days tbody tr")).isEmpty());
        click(By.cssSelector("#mobile-days tbody tr"));
        scan("mobile", english, found);
        // two teams from two bases: the per-team selects, the bases' reason, the team table, the base labels
        Browser.select(driver, By.id("mobile-teams"), "2");
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("mobile-team-loads")).isEmpty() && !d.findElements(By.id("mobile-base-why")).isEmpty());
        assertThat(text(By.id("mobile-base-why"))).startsWith("Бази");
        scan("mobile, two teams", english, found);

        click(By.id("tab-optimize"));
        new Select(driver.findElement(By.id("opt-candidates"))).selectByValue("settlements");
        new Select(driver.findElement(By.id("opt-limit"))).selectByValue("10");
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("opt-gap")).isEmpty());
        assertThat(text(By.id("opt-method"))).doesNotContain("greedy").doesNotContain("+vertex").contains("Лагранжева");
        scan("optimize", english, found);
        new Select(driver.findElement(By.id("opt-problem"))).selectByValue("inter-municipal");
        scan("optimize, inter-municipal form", english, found);
        new Select(driver.findElement(By.id("opt-problem"))).selectByValue("mclp"); // the run's problem: its result is current again

        click(By.id("tab-export"));
        assertThat(text(By.tagName("body"))).as("after the runs: the mobile schedule and the optimization result offered")
                .contains("График на мобилните екипи (.xlsx)", "Резултат от оптимизацията (.xlsx)");
        scan("export", english, found);

        // the legend open, a settlement's popup, the help panel
        js("const l = document.getElementById('legend'); if (l.classList.contains('collapsed')) document.getElementById('legend-title').click()");
        js("window.dostap.settlementLayer.byId.get(arguments[0]).fire('click')", target);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".popup[data-settlement]")).isEmpty());
        scan("legend and popup", english, found);
        click(By.id("help-open"));
        assertThat(text(By.id("help"))).containsIgnoringCase("Речник").contains("Разлика до оптимума");
        scan("help", english, found);
        Browser.screenshot(driver, "bulgarian-help.png");
        click(By.id("help-close"));

        assertThat(found).as("English words shown in Bulgarian mode (word: where, in what text)").isEmpty();

        click(By.id("lang-en"));
        assertThat(driver.getTitle()).isEqualTo("Dostap — access to social services");
        click(By.id("lang-bg"));
        assertThat(driver.getTitle()).isEqualTo("Dostap — достъп до социални услуги");
    }

    /** English words of the page's dictionary that no Bulgarian entry uses (those, like GeoJSON or EUR, are allowed). */
    @SuppressWarnings("unchecked")
    private static Set<String> englishWords() {
        Map<String, Object> dicts = (Map<String, Object>) js(
                "return import('/js/i18n.js').then(m => ({en: Object.values(m.dictionary('en')), bg: Object.values(m.dictionary('bg'))}))");
        Set<String> bgWords = new TreeSet<>();
        for (Object v : (List<Object>) dicts.get("bg")) bgWords.addAll(words(String.valueOf(v).replaceAll("\\{\\w+}", ""))); // not {placeholders}
        Set<String> en = new TreeSet<>();
        for (Object v : (List<Object>) dicts.get("en")) for (String w : words(String.valueOf(v).replaceAll("\\{\\w+}", ""))) if (!bgWords.contains(w)) en.add(w);
        return en;
    }

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase());
        return out;
    }

    /** Every text a person can read or hear: rendered text, title, placeholders, labels, tooltips, options. */
    private static void scan(String where, Set<String> english, Map<String, String> found) {
        String text = (String) js("const parts = [document.body.innerText, document.title];"
                + " document.querySelectorAll('[title],[placeholder],[aria-label]').forEach(e => parts.push(e.getAttribute('title') || '', e.getAttribute('placeholder') || '', e.getAttribute('aria-label') || ''));"
                + " document.querySelectorAll('option').forEach(o => parts.push(o.textContent));"
                + " return parts.join('\\n');");
        for (String line : text.split("\n"))
            for (String w : words(line))
                if (english.contains(w)) found.putIfAbsent(w, where + ": " + line.trim());
    }

    private static void waitFor(String condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(condition)));
    }

    private static void click(By by) { Browser.click(driver, by); }

    private static String text(By by) { return Browser.text(driver, by); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }
}
