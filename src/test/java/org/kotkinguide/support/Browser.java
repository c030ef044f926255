package org.kotkinguide.support;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven by Debian's chromedriver through an explicit service, so Selenium
 * never downloads a browser or a driver. Without Chromium the browser tests are skipped with a
 * message, except under CI ({@code CI=true}), where a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {
    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final boolean networkLog;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, boolean networkLog) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.networkLog = networkLog;
    }

    public static Browser start() {
        return start(false);
    }

    /**
     * A Chromium of its own that also records every request it makes ({@link #requestedUrls}), for a
     * test of what a page loads; the caller closes it. The JVM's shared one records none: chromedriver
     * taking in every page's DevTools events cost the browser tests about an eighth of their CPU.
     */
    public static Browser startWithNetworkLog() {
        return start(true);
    }

    private static Browser start(boolean networkLog) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String message =
                    "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        // the profile Chromium writes (caches, preferences) is deleted on close, and at exit if a test never closed it
        Path profile = TemporaryFolders.deletedAtExit("chromium-profile-");
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    // a mouse, as a laptop has (headless Chromium has none, so (hover: none) held on
                    // every width); emulate() turns on touch for a phone, which has none again
                    "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4",
                    "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            if (networkLog) {
                // the performance log carries DevTools network events, whatever the Chromium version
                logs.enable(LogType.PERFORMANCE, Level.ALL);
            }
            options.setCapability("goog:loggingPrefs", logs);
            return new Browser(service, new ChromeDriver(service, options), profile, networkLog);
        } catch (RuntimeException e) {
            TemporaryFolders.delete(profile);
            throw e;
        }
    }

    private static Browser shared;

    /**
     * The test JVM's one Chromium, started by the first class that asks and quit when the JVM ends
     * (its profile deleted then), handed to each class as a new one would be ({@link #reset}): a
     * Chromium start is a second or two, paid once per JVM instead of once per class.
     */
    public static synchronized Browser shared() {
        if (shared == null) {
            Browser started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "quit the tests' Chromium"));
            shared = started;
        }
        shared.reset();
        return shared;
    }

    /**
     * As a browser just started: a blank page, focused, in a 1280 x 900 window, no emulated screen, touch,
     * media or colour scheme, scripts on, nothing stored for {@code file://} pages, no cookies or cached
     * files, and no console lines waiting to be read.
     */
    private void reset() {
        driver.get("about:blank");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "", "features", List.of()));
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        // a class that tabbed past a page's last link left focus in the browser's own controls, and a page
        // without focus gets no focus events (a tooltip placed on focus stays where CSS put it): the page has
        // focus, as a student's window has
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
        driver.executeCdpCommand(
                "Storage.clearDataForOrigin", java.util.Map.of("origin", "file://", "storageTypes", "all"));
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        consoleErrors();
    }

    /** The folder Chromium keeps its profile in while it runs. */
    public Path profile() {
        return profile;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Makes the page a {@code width} x {@code height} screen (a phone is touch-enabled and "mobile"
     * below 600 px), in the {@code scheme} colour scheme ("light" or "dark"), for {@code media}
     * ("screen" or "print"). Holds until the next call.
     */
    public void emulate(int width, int height, String scheme, String media) {
        ChromeDriver chrome = driver;
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", width < 600));
        chrome.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                java.util.Map.of(
                        "media",
                        media.equals("print") ? "print" : "",
                        "features",
                        List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Console messages at SEVERE level (errors, failed loads) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Every URL the browser requested since the last call (from DevTools' Network.requestWillBeSent). */
    public List<String> requestedUrls() {
        if (!networkLog) {
            throw new IllegalStateException("this Chromium records no requests: start it with startWithNetworkLog()");
        }
        java.util.regex.Pattern url = java.util.regex.Pattern.compile("\"request\":\\{.*?\"url\":\"([^\"]*)\"");
        List<String> urls = new java.util.ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                java.util.regex.Matcher m = url.matcher(message);
                if (m.find()) {
                    urls.add(m.group(1));
                }
            }
        }
        return urls;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            TemporaryFolders.delete(profile);
        }
    }
}
