package org.dostap.bench.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's first full render (config, region, boundaries, settlements, facilities, coverage, catchments drawn)
 * in headless Debian Chromium: the performance mark 'dostap-first-render' after navigation start, for fresh loads.
 */
final class PageRender {
    private PageRender() {}

    static Map<String, Object> measure(String url, int loads) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--user-data-dir=" + Files.createTempDirectory("dostap-bench-chromium"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i <= loads; i++) {
                driver.get("about:blank");
                driver.get(url + "?region=SML");
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
                        ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || ''")));
                Number ms = (Number) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntriesByName('dostap-first-render')[0].startTime");
                if (i > 0) times.add(Math.round(ms.doubleValue() * 10) / 10.0); // load 0 warms the browser cache and JIT
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("loads", times);
            out.put("max_ms", times.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            out.put("median_ms", times.stream().sorted().toList().get(times.size() / 2));
            return out;
        } finally {
            driver.quit();
        }
    }
}
