package dev.rta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rta.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code rta serve} in a real browser: Debian's Chromium, headless, driven by Selenium with the driver and binary
 * named so that nothing is downloaded. Skipped where Chromium is not installed; {@code .ci/run} installs it.
 */
@Tag("browser")
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static WebServer server;
  private static String base;
  private WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if ("1".equals(System.getenv("RTA_REQUIRE_BROWSER"))) {
      assertThat(installed).as("RTA_REQUIRE_BROWSER=1 but Chromium is not installed").isTrue();
    }
    assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
    server = TestServer.start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void browser() {
    driver = newBrowser();
  }

  @AfterEach
  void quit() {
    driver.quit();
  }

  private static WebDriver newBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
        "--lang=en-US");
    // the driver's and the browser's own output go nowhere (Debian's wrapper prints an ls error on every start)
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return d;
  }

  @Test
  void theQuestionnaireIsFilledWithTheKeyboardAndThePermalinkReproducesTheResult() throws IOException {
    driver.get(base + "/");
    // the platform question: Tab to its first radio, arrow keys to "server", Enter submits the form
    WebElement unknown = driver.findElement(By.cssSelector("#q-platform input[value='']"));
    unknown.sendKeys(Keys.SPACE);
    new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform(); // embedded, then server
    assertThat(driver.findElement(By.cssSelector("#q-platform input[value='server']")).isSelected()).isTrue();
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(driver.getCurrentUrl()).contains("platform=server");
    // a second answer that the server branch asks
    driver.findElement(By.cssSelector("#q-high-throughput input[value='true']")).sendKeys(Keys.SPACE);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    String expected = Cli.run("recommend", "-q", "--set", "platform=server", "--set", "high-throughput=true").out().strip();
    assertThat(driver.findElement(By.id("primary")).getAttribute("data-runtime")).isEqualTo(expected);

    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    driver.manage().window().setSize(new Dimension(1280, 1100));
    Files.write(shots.resolve("serve.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

    String permalink = driver.findElement(By.id("permalink")).getAttribute("href");
    WebDriver fresh = newBrowser();
    try {
      fresh.get(permalink);
      assertThat(fresh.findElement(By.id("primary")).getAttribute("data-runtime")).isEqualTo(expected);
    } finally {
      fresh.quit();
    }
  }

  @Test
  void theLanguageSwitchKeepsTheAnswers() {
    driver.get(base + "/?platform=desktop&io-multiplexing=false");
    String before = driver.findElement(By.id("primary")).getAttribute("data-runtime");
    driver.findElement(By.cssSelector("nav a[hreflang='zh']")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("你的 Rust 项目应该用哪个异步运行时？");
    assertThat(driver.findElement(By.id("primary")).getAttribute("data-runtime")).isEqualTo(before);
    assertThat(driver.findElement(By.cssSelector("#q-platform input[value='desktop']")).isSelected()).isTrue();
  }

  @Test
  void theDownloadLinksServeTheDecision() {
    driver.get(base + "/?platform=server&project-type=web-api&long-term=true");
    List<String> links = new ArrayList<>();
    for (WebElement a : driver.findElements(By.cssSelector(".downloads a"))) {
      links.add(a.getAttribute("href"));
    }
    assertThat(links).hasSize(4);
    // the ADR is an attachment: the page fetches it as a script would
    Object adr = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
        links.get(0));
    assertThat(String.valueOf(adr)).contains("runtime: tokio").contains("# ");
  }

  /** Labels, headings, focus order and contrast: each check fails on a page that breaks it. */
  @Test
  void thePageIsAccessible() {
    driver.get(base + "/?platform=server");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    // every form control has a label that names it
    for (WebElement input : driver.findElements(By.cssSelector("input:not([type=hidden]), button"))) {
      String name = String.valueOf(js.executeScript(
          "const e = arguments[0]; return e.labels && e.labels.length ? e.labels[0].textContent.trim() : e.textContent.trim();",
          input));
      assertThat(name).as(input.getAttribute("outerHTML")).isNotBlank();
    }
    // one h1, and no heading level skipped
    List<WebElement> headings = driver.findElements(By.cssSelector("h1, h2, h3, h4"));
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    int level = 0;
    for (WebElement h : headings) {
      int l = h.getTagName().charAt(1) - '0';
      assertThat(l).as(h.getText()).isLessThanOrEqualTo(level + 1);
      level = l;
    }
    // Tab moves through the controls in the order they are read
    // (a radio group is one stop: its checked radio, else its first)
    driver.navigate().refresh();
    List<String> stops = new ArrayList<>();
    java.util.Set<String> groups = new java.util.HashSet<>();
    for (WebElement e : driver.findElements(By.cssSelector("a[href], input:not([type=hidden]), button"))) {
      if ("radio".equals(e.getAttribute("type"))) {
        String group = e.getAttribute("name");
        if (groups.contains(group)) {
          continue;
        }
        groups.add(group);
        List<WebElement> checked = driver.findElements(By.cssSelector("input[type=radio][name='" + group + "']:checked"));
        e = checked.isEmpty() ? e : checked.get(0);
      }
      stops.add(e.getAttribute("outerHTML"));
    }
    for (int i = 0; i < 8; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      assertThat(driver.switchTo().activeElement().getAttribute("outerHTML")).as("Tab %d", i + 1).isEqualTo(stops.get(i));
    }
    // text contrast of at least 4.5:1 (WCAG AA) for every element that holds text
    @SuppressWarnings("unchecked")
    List<Map<String, String>> colours = (List<Map<String, String>>) js.executeScript(
        "const out = []; for (const e of document.querySelectorAll('body *')) {"
            + " if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;"
            + " let b = e; let bg = 'rgba(0, 0, 0, 0)';"
            + " while (b && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) { bg = getComputedStyle(b).backgroundColor; b = b.parentElement; }"
            + " out.push({tag: e.tagName + '.' + e.className, fg: getComputedStyle(e).color, bg: bg}); } return out;");
    assertThat(colours).isNotEmpty();
    for (Map<String, String> c : colours) {
      double ratio = contrast(rgb(c.get("fg")), rgb(c.get("bg").startsWith("rgba(0, 0, 0, 0)") ? "rgb(255, 255, 255)" : c.get("bg")));
      assertThat(ratio).as("%s: %s on %s", c.get("tag"), c.get("fg"), c.get("bg")).isGreaterThanOrEqualTo(4.5);
    }
  }

  private static double[] rgb(String css) {
    Matcher m = Pattern.compile("(\\d+), (\\d+), (\\d+)").matcher(css);
    assertThat(m.find()).as(css).isTrue();
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
  }

  /** WCAG 2 contrast ratio of two sRGB colours. */
  static double contrast(double[] a, double[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(double[] c) {
    double[] l = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = c[i] / 255;
      l[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }
}
