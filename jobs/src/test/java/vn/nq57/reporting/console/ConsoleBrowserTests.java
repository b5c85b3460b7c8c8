package vn.nq57.reporting.console;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.system.FreshSchema;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The console in a real browser (Debian's chromium and chromium-driver, headless): an
 * operator signs in, re-runs a period, sees the new version and downloads its PDF; a
 * viewer cannot re-run; an anonymous visitor gets only the sign-in page; the Sở's staff
 * see their own province's dashboard and no other. Skipped with a message where the
 * browser is not installed, unless -Dconsole.e2e.required=true (as in CI).
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@ActiveProfiles("test")
@Import(FreshSchema.class)
class ConsoleBrowserTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private static final String PASSWORD = "mật-khẩu-thử-nghiệm";

	@LocalServerPort
	int port;

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ConsoleUsers users;

	@Autowired
	ProvinceReportRunner provinceReports;

	@Autowired
	vn.nq57.reporting.submission.SampleSubmissionGenerator samples;

	WebDriver browser;

	Path downloads;

	long runId;

	/**
	 * Each test makes a version in @BeforeEach: the re-run's is the next one, whatever
	 * ran before.
	 */
	int runVersion;

	@BeforeEach
	void openBrowser() throws Exception {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			String message = "Chromium/ChromeDriver chưa cài (apt-get install chromium chromium-driver): bỏ qua kiểm thử trình duyệt";
			if (Boolean.getBoolean("console.e2e.required")) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		vn.nq57.reporting.run.ReportRun run = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-10", false).run();
		this.runId = run.id();
		this.runVersion = run.version();
		this.users.save("vanhanh", PASSWORD.toCharArray(), "OPERATOR", null, null);
		this.users.save("xem", PASSWORD.toCharArray(), "VIEWER", null, null);
		this.downloads = Files.createTempDirectory("console-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory("console-chromium"));
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", this.downloads.toString());
		prefs.put("download.prompt_for_download", false);
		prefs.put("plugins.always_open_pdf_externally", true);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1400));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void operatorRerunsAPeriodSeesTheNewVersionAndDownloadsItsPdf() throws Exception {
		signIn("vanhanh");
		assertThat(this.browser.getPageSource()).contains("Tổng quan kỳ báo cáo", "Báo cáo tháng 10 năm 2026");
		screenshot("dashboard");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		this.browser.navigate().refresh();
		screenshot("dashboard-phone");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1400));

		this.browser.get(url("/runs/" + this.runId));
		this.browser.findElement(By.id("rerun")).click();
		assertThat(this.browser.getPageSource()).contains("Lập lại báo cáo?");
		this.browser.findElement(By.id("confirm")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(60)).until(
				d -> d.getCurrentUrl().matches(".*/runs/\\d+$") && !d.getCurrentUrl().endsWith("/runs/" + this.runId));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("phiên bản " + (this.runVersion + 1));
		assertThat(this.browser.findElement(By.id("run-status")).getText()).isEqualTo("Hoàn thành");
		screenshot("run");

		this.browser.findElement(By.id("download-PDF")).click();
		Path pdf = new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(d -> {
			try (var files = Files.list(this.downloads)) {
				return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
			}
			catch (java.io.IOException ex) {
				return null;
			}
		});
		assertThat(pdf.getFileName().toString())
			.isEqualTo("bao-cao-vu-quang-monthly-2026-10-v" + (this.runVersion + 1) + ".pdf");
		assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
	}

	@Test
	void viewerCannotRerunAndAnonymousGetsOnlyTheSignInPage() {
		this.browser.get(url("/runs/" + this.runId + "/files/PDF"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");

		signIn("xem");
		this.browser.get(url("/runs/" + this.runId));
		assertThat(this.browser.findElements(By.id("rerun"))).isEmpty();
		this.browser.get(url("/runs/new?plan=VU-QUANG&type=monthly&period=2026-10"));
		assertThat(this.browser.findElements(By.id("confirm"))).isEmpty();
		assertThat(this.browser.getPageSource()).contains("403");
	}

	@Test
	void lockedAccountIsToldOnTheSignInPageAndAnAdministratorUnlocksIt() throws Exception {
		this.users.save("quan-tri", PASSWORD.toCharArray(), "ADMIN", null, null);
		this.users.save("bi-khoa", PASSWORD.toCharArray(), "VIEWER", null, null);
		this.users.save("tam-nghi", PASSWORD.toCharArray(), "VIEWER", null, null);
		for (int attempt = 1; attempt <= 5; attempt++) {
			signInWith("bi-khoa", "sai-" + attempt);
			assertThat(this.browser.findElement(By.id("refused")).getText())
				.isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		}
		signInWith("bi-khoa", PASSWORD);
		assertThat(this.browser.getCurrentUrl()).endsWith("/login?locked");
		assertThat(this.browser.findElement(By.id("locked")).getText()).startsWith("Tài khoản tạm khóa")
			.contains("Thử lại sau 15 phút");
		screenshot("login-locked");

		signIn("quan-tri");
		this.browser.findElement(By.id("users-link")).click();
		assertThat(this.browser.findElement(By.id("user-bi-khoa")).getText()).contains("Tạm khóa đến");
		screenshot("users");
		this.browser.findElement(By.cssSelector("#user-bi-khoa .unlock")).click();
		assertThat(this.browser.findElement(By.id("message")).getText()).isEqualTo("Đã mở khóa tài khoản «bi-khoa».");
		this.browser.findElement(By.cssSelector("#user-tam-nghi .disable")).click();
		assertThat(this.browser.findElement(By.id("user-tam-nghi")).getText()).contains("Đã vô hiệu hóa");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		screenshot("users-phone");
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1400));

		this.browser.manage().deleteAllCookies();
		signIn("bi-khoa");
		assertThat(this.browser.getPageSource()).contains("Tổng quan kỳ báo cáo");
	}

	@Test
	void provinceUserSeesItsOwnProvinceDashboardAndNoOther() throws Exception {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.samples.generate("VU-QUANG", vn.nq57.reporting.attainment.Period.parse(ReportType.MONTHLY, "2026-10"), 7L);
		this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-10", false);
		ProvinceRun haTinh = this.provinceReports.run("Hà Tĩnh", ProvinceReportType.MONTHLY, "2026-10");
		ProvinceRun haiPhong = this.provinceReports.run("Hải Phòng", ProvinceReportType.MONTHLY, "2026-10");
		this.users.save("so-ha-tinh", PASSWORD.toCharArray(), "PROVINCE", null, null, "Hà Tĩnh");

		signIn("so-ha-tinh");
		assertThat(this.browser.getCurrentUrl()).endsWith("/province");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Báo cáo tổng hợp của Hà Tĩnh");
		assertThat(this.browser.findElement(By.id("communes")).getText()).contains("Vũ Quang")
			.doesNotContain("Kiến An");
		assertThat(this.browser.findElements(By.cssSelector(".charts svg"))).isNotEmpty();
		assertThat(this.browser.findElements(By.id("out-of-date"))).isEmpty();
		screenshot("province");

		this.browser.get(url("/province?name=" + java.net.URLEncoder.encode("Hải Phòng", "UTF-8")));
		assertThat(this.browser.getPageSource()).contains("403").doesNotContain("Kiến An");
		this.browser.get(url("/province/reports/" + haiPhong.id() + "/PDF"));
		assertThat(this.browser.getPageSource()).contains("404");
		this.browser.get(url("/"));
		assertThat(this.browser.getPageSource()).contains("403").doesNotContain("Tổng quan kỳ báo cáo");

		// a commune report made again: the Sở sees the province report is out of date, no
		// re-run button
		this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-10", false);
		this.browser.get(url("/province"));
		assertThat(this.browser.findElement(By.id("out-of-date")).getText()).contains("Vũ Quang");
		assertThat(this.browser.findElements(By.id("rerun"))).isEmpty();
		assertThat(this.browser.getPageSource()).contains("phiên bản " + haTinh.version());
	}

	@Test
	void operatorReRunsAnOutOfDateProvinceReport() throws Exception {
		ProvinceRun first = this.provinceReports.run("Hà Tĩnh", ProvinceReportType.MONTHLY, "2026-10");
		this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-10", false);

		signIn("vanhanh");
		this.browser
			.get(url("/province?name=" + java.net.URLEncoder.encode("Hà Tĩnh", java.nio.charset.StandardCharsets.UTF_8)
					+ "&report=" + first.id()));
		assertThat(this.browser.findElement(By.id("out-of-date")).getText()).contains("Vũ Quang");
		this.browser.findElement(By.id("rerun")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until(d -> d.getCurrentUrl().contains("report=") && !d.getCurrentUrl().endsWith("report=" + first.id()));
		assertThat(this.browser.findElements(By.id("out-of-date"))).isEmpty();
		assertThat(this.browser.getPageSource()).contains("phiên bản " + (first.version() + 1));
	}

	private void signInWith(String username, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login?"));
	}

	private void signIn(String username) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Kept under target/ so a person can look at the pages as a user sees them. */
	private void screenshot(String name) throws java.io.IOException {
		Path folder = Path.of("target", "console-screenshots");
		Files.createDirectories(folder);
		byte[] png = ((org.openqa.selenium.TakesScreenshot) this.browser)
			.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		Files.write(folder.resolve(name + ".png"), png);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
