package org.dostap.web.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * A headless Chromium window ({@link Browser#start}) for a whole test class, put into the annotated static
 * {@link ChromeDriver} field before the class's {@code @BeforeAll} methods and quit after its {@code @AfterAll} methods:
 * <pre>
 * &#64;Chromium(width = 1366, height = 768)
 * static ChromeDriver driver;
 * </pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Chromium.Window.class)
@interface Chromium {
    int width();

    int height();

    /** Also makes the page's viewport exactly width x height ({@link Browser#viewport}). */
    boolean exactViewport() default false;

    /** Starts and quits the windows of a class's {@link Chromium} fields. */
    final class Window implements BeforeAllCallback, AfterAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            for (Field f : fields(context)) {
                Chromium c = f.getAnnotation(Chromium.class);
                ChromeDriver driver = Browser.start(c.width(), c.height());
                f.set(null, driver);
                if (c.exactViewport()) Browser.viewport(driver, c.width(), c.height());
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            for (Field f : fields(context)) {
                if (f.get(null) instanceof ChromeDriver driver) driver.quit();
                f.set(null, null);
            }
        }

        private static java.util.List<Field> fields(ExtensionContext context) {
            java.util.List<Field> out = new java.util.ArrayList<>();
            for (Field f : context.getRequiredTestClass().getDeclaredFields()) {
                if (!f.isAnnotationPresent(Chromium.class)) continue;
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != ChromeDriver.class)
                    throw new IllegalStateException("@Chromium goes on a static ChromeDriver field, not on " + f);
                f.setAccessible(true);
                out.add(f);
            }
            return out;
        }
    }
}
