package no.kompetansemidler.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import no.kompetansemidler.local.LocalSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's Chromium, headless) logs in through the development identity provider (authorization code
 * with PKCE) and reads a round's audit report from query-service with the token it got, across origins as a
 * frontend does; an auditor of another county is refused the same report.
 */
class BrowserLoginIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ROUND = "innlandet-2031";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;
    @TempDir
    Path profile;

    @Test
    void an_auditor_logs_in_through_the_identity_provider_and_reads_the_audit_report() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (.ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (.ci/run installs it)").isExecutable();
        try (LocalSystem system = DeployedServices.start(data, "browser")) {
            HttpResponse<String> opened = http.send(DeployedServices.command(system,
                    system.commandService().baseUrl(), "/rounds", "innlandet", UUID.randomUUID().toString(), """
                            {"county": "Innlandet", "budgetYear": 2031, "budgetFrameOre": 2873450000}""").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

            WebDriver browser = chromium();
            try {
                String report = logInAndRead(browser, system, "auditor", "innlandet");
                assertThat(report).contains(ROUND, "Innlandet");

                String refused = logInAndRead(browser, system, "auditor", "troms");
                assertThat(refused).contains("Feil: query-service answered 404 for " + ROUND);
            } finally {
                browser.quit();
            }
        }
    }

    /** Opens the app, chooses who to be on the login page, and returns the report's text or the app's error. */
    private String logInAndRead(WebDriver browser, LocalSystem system, String role, String county) {
        browser.manage().deleteAllCookies();
        browser.get(system.identityProvider().appUrl(ROUND).toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> page.getCurrentUrl().contains("/authorize"));
        new Select(browser.findElement(By.id("role"))).selectByVisibleText(role);
        WebElement countyField = browser.findElement(By.id("county"));
        countyField.clear();
        countyField.sendKeys(county);
        browser.findElement(By.id("login")).click();
        WebElement status = wait.until(page -> {
            WebElement element = page.findElement(By.id("status"));
            return element.getDomAttribute("data-loaded") != null || element.getDomAttribute("data-error") != null
                    ? element : null;
        });
        if (status.getDomAttribute("data-error") != null) {
            return status.getText();
        }
        assertThat(browser.getCurrentUrl()).doesNotContain("code=");
        browser.switchTo().frame("report");
        String text = browser.findElement(By.tagName("body")).getText();
        browser.switchTo().defaultContent();
        return text;
    }

    private WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
