package org.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.broadsheet.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in a real browser: headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs) follows links and reloads by itself when a file changes on disk. Skipped with a reason on a machine
 * without Chromium, but never in CI.
 */
class BrowserReloadTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A bound so a broken reload fails the test instead of hanging it. */
    private static final Duration LIMIT = Duration.ofSeconds(15);

    @TempDir
    Path root;
    @TempDir
    Path profile;
    TestSite site;
    RunningServe serve;
    ChromeDriverService service;
    WebDriver browser;

    @BeforeAll
    static void chromiumIsInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI must run the browser test: .ci/run installs chromium and chromium-driver, but "
                    + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        assumeTrue(installed, "no " + CHROMIUM + " and " + CHROMEDRIVER
                + " here: the headless-browser test is skipped (apt-get install chromium chromium-driver to run it)");
    }

    @BeforeEach
    void serveAndOpenABrowser() {
        site = new TestSite(root)
                .file("broadsheet.yaml", "title: Browser Test\n")
                .file("content/2024/05/harbour-wall-repaired.md", TestSite.article("Harbour Wall Repaired", "2024-05-01", "tags: [harbour]"))
                .file("content/2024/04/ferry-talks-resume.md", TestSite.article("Ferry Talks Resume", "2024-04-10", "tags: [transport]"))
                .file("content/2023/12/lights.md", TestSite.article("Winter Lights Switched On", "2023-12-01", "tags: [harbour]"));
        serve = RunningServe.start(root);

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeAll() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void linksLeadToTagAndTimelinePagesAndAnEditOnDiskReloadsThePageByItself() {
        WebDriverWait wait = new WebDriverWait(browser, LIMIT);
        browser.get(serve.url().toString());
        assertThat(browser.getTitle()).isEqualTo("Browser Test");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Harbour Wall Repaired", "Ferry Talks Resume");

        browser.findElement(By.cssSelector("main .card .tags a[href*='tags/harbour/']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/tags/harbour/index.html"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Harbour Wall Repaired", "Winter Lights Switched On").doesNotContain("Ferry Talks Resume");

        browser.findElement(By.cssSelector("nav a[href$='timeline/index.html']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/timeline/index.html"));
        browser.findElement(By.cssSelector("main a[href$='2024/04/index.html']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/2024/04/index.html"));
        browser.findElement(By.linkText("Ferry Talks Resume")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/2024/04/ferry-talks-resume/index.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ferry Talks Resume");

        // A mark that only this copy of the page has: it is gone once the browser loaded the page again.
        js("window.broadsheetTestMark = 'before';");
        site.file("content/2024/04/ferry-talks-resume.md", TestSite.article("Ferry Talks Collapse", "2024-04-10", "slug: ferry-talks-resume"));
        wait.until(d -> js("return window.broadsheetTestMark") == null
                && "Ferry Talks Collapse".equals(d.findElement(By.tagName("h1")).getText()));

        js("window.broadsheetTestMark = 'before';");
        site.file("content/2024/04/ferry-talks-resume.md", "---\ntitle: Ferry Talks Collapse\ndate: 2024-04-10\ntags: [unclosed\n---\n");
        wait.until(d -> !d.findElements(By.id("broadsheet-problems")).isEmpty()
                && d.findElement(By.id("broadsheet-problems")).getText().contains("content/2024/04/ferry-talks-resume.md:"));
        assertThat(js("return window.broadsheetTestMark")).as("problems appear without a reload").isEqualTo("before");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ferry Talks Collapse");

        site.file("content/2024/04/ferry-talks-resume.md", TestSite.article("Ferry Talks Collapse", "2024-04-10", "slug: ferry-talks-resume"));
        wait.until(d -> d.findElements(By.id("broadsheet-problems")).isEmpty());
    }

    @Test
    void underAPermalinkSettingSearchResultsAndTheMenuLeadToTheirPages() {
        site.file("content/pages/about.md", "---\ntitle: About\nmenu: 1\n---\n\nWho we are.\n")
                .file("broadsheet.yaml", "title: Browser Test\npermalink: /news/:year/:month/:day/:slug.html\n");
        WebDriverWait wait = new WebDriverWait(browser, LIMIT);
        wait.until(d -> {
            d.get(serve.url() + "search/index.html?q=ferry");
            List<WebElement> results = d.findElements(By.cssSelector("#search-results a"));
            return results.size() == 1 && results.get(0).getAttribute("href").contains("/news/");
        });

        browser.findElement(By.cssSelector("#search-results a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/news/2024/04/10/ferry-talks-resume.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ferry Talks Resume");

        browser.findElement(By.cssSelector("nav a[href$='about/index.html']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/about/index.html"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Who we are.");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
