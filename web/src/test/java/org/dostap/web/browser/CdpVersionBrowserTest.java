package org.dostap.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.CdpInfo;
import org.openqa.selenium.devtools.CdpVersionFinder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selenium has the DevTools (CDP) version of the installed Chromium: its major version is matched exactly and
 * Selenium logs no "Unable to find an exact match for CDP version" warning (selenium 4.49 stopped at CDP 153 while
 * Debian's Chromium is 156; 4.52 has v156).
 */
class CdpVersionBrowserTest {
    @Test
    void seleniumHasTheInstalledChromiumsDevToolsVersion() throws Exception {
        Logger finder = Logger.getLogger(CdpVersionFinder.class.getName());
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(String.valueOf(r.getMessage()));
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        finder.addHandler(handler);
        ChromeDriver driver = Browser.start(400, 300);
        try {
            String version = driver.getCapabilities().getBrowserVersion();
            int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
            assertThat(new CdpVersionFinder().match(version)).as("Selenium's DevTools for Chromium " + version)
                    .map(CdpInfo::getMajorVersion).contains(major);
            assertThat(warnings).as("warnings of Selenium's CDP version finder").isEmpty();
        } finally {
            driver.quit();
            finder.removeHandler(handler);
        }
    }
}
