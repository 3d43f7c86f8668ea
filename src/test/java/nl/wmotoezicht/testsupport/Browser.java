package nl.wmotoezicht.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests: Debian's {@code chromium} driven through its
 * {@code chromedriver} (paths overridable with {@code -Dwmo.chromium} and {@code -Dwmo.chromedriver}),
 * so nothing is downloaded at test time. In Dutch ({@code --lang=nl}) and Dutch time (Europe/Amsterdam), in a fresh profile. Screenshots go to
 * {@code target/browser-screenshots/}.
 */
public final class Browser implements AutoCloseable {

  public static final String MISSING = "Chromium not found: install with `apt-get install -y chromium chromium-driver`";
  public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  private static final By USERNAME = By.cssSelector("input[ng-model=username]");

  private static final Path CHROMIUM = Path.of(System.getProperty("wmo.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("wmo.chromedriver", "/usr/bin/chromedriver"));

  private final WebDriver driver;
  private final Path profile;
  private final String baseUrl;
  private final WebDriverWait wait;
  private String loginUser;
  private String loginPassword;

  private Browser(int port) throws IOException {
    this.baseUrl = "http://localhost:" + port;
    this.profile = Files.createTempDirectory("wmo-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--lang=nl", "--accept-lang=nl-NL,nl", "--window-size=1440,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withEnvironment(java.util.Map.of("TZ", "Europe/Amsterdam")).build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Starts a browser, or skips the calling test (with a message saying how to install one) when none is installed. */
  public static Browser open(int port) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      System.err.println("[browser tests] " + MISSING);
    }
    Assumptions.assumeTrue(installed, MISSING);
    return new Browser(port);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /** Opens a webapp (tasklist, cockpit, admin) and logs in. */
  public void login(String app, String user, String password) {
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    // the first page of a fresh browser on a busy machine loads all of the webapp's scripts: give it longer
    new WebDriverWait(driver, java.time.Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    loginUser = user;
    loginPassword = password;
    typeCredentials();
  }

  /**
   * Submits the login form shown by {@link #login}. Seen in the full suite on a busy machine: the webapp renders its
   * login view again just after the credentials were typed, so the form is sent empty and stays. The login is then
   * typed and sent again (at most twice); a login page that still stays is left to the test's own wait to report.
   */
  public void submitLogin() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit], button[type=submit]")).click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
        return;
      } catch (org.openqa.selenium.TimeoutException stillThere) {
        failureScreenshot();
        if (attempt < 3) {
          typeCredentials();
        }
      }
    }
  }

  private void typeCredentials() {
    WebElement username = driver.findElement(USERNAME);
    username.clear();
    username.sendKeys(loginUser);
    WebElement password = driver.findElement(By.cssSelector("input[ng-model=password]"));
    password.clear();
    password.sendKeys(loginPassword);
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement waitFor(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (org.openqa.selenium.TimeoutException e) {
      failureScreenshot();
      throw e;
    }
  }

  /** What the window showed when a wait failed: {@code target/browser-screenshots/mislukt-<time>.png}. */
  private void failureScreenshot() {
    try {
      screenshot("mislukt-" + System.currentTimeMillis());
    } catch (IOException | RuntimeException ignored) {
      // the failure itself is what the test reports
    }
  }

  /** Clicks the element once it is scrolled to the middle of the window, clear of Tasklist's fixed footer. */
  public void click(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        element);
    wait.until(ExpectedConditions.elementToBeClickable(element));
    // Tasklist re-renders around a form (task header, toasts) while it settles: a click that lands on such an
    // element for a moment is tried again instead of failing the walk, scrolled to the middle again each time (a form
    // that re-renders may have scrolled it under the footer)
    clickRetrying(new WebDriverWait(driver, Duration.ofSeconds(10)), d -> element);
  }

  /**
   * Clicks the element the locator finds, found again on each try: Tasklist redraws its task list now and then, and a
   * link found a moment ago may be gone from the page while its copy stands in the same place.
   */
  public void click(By locator) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class);
    clickRetrying(wait, d -> d.findElement(locator));
  }

  /** Scrolls the element to the middle and clicks it, again while something else is in its place for a moment. */
  private void clickRetrying(WebDriverWait wait, java.util.function.Function<WebDriver, WebElement> element) {
    try {
      wait.ignoring(ElementClickInterceptedException.class).until(d -> {
        WebElement target = element.apply(d);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
            "arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        return true;
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      failureScreenshot();
      throw e;
    }
  }

  public void waitForText(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /**
   * Copies a screenshot to {@code docs/<name>} for the documentation, only when asked with
   * {@code -Ddocs.screenshots=true}: a normal test run leaves the checkout's tracked files as they are.
   */
  public static void toDocs(Path shot, String name) throws IOException {
    if (Boolean.getBoolean("docs.screenshots")) {
      Files.copy(shot, Path.of("docs", name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Saves a screenshot as {@code target/browser-screenshots/<name>.png}. */
  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
