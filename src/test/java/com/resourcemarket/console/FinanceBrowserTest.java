package com.resourcemarket.console;

import com.resourcemarket.commission.CommissionFixtures;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.KeycloakAdmin;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance in a real headless Chromium, signed in through the Keycloak login page: {@code finance} builds a plan with
 * the tier editor (a rate out of the type's bounds is refused next to the tier; the preview computes on the server),
 * a signed cooperation with attributed events is set up through the API, {@code finance} settles the month in the
 * console and is refused the approval of its own run (four-eyes), {@code finance2} approves and marks it paid; the CSV
 * export is fetched inside the browser session and its rows checked. Screenshots in English and Chinese.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinanceBrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private static final String PLAN_CODE = "CONSOLE_PLAN_" + SUFFIX;
    private static final String PARTNER_EN = "Test partner Console " + SUFFIX;
    private static final String PARTNER_ZH = "测试伙伴 Console " + SUFFIX;
    private static YearMonth month;
    private static UUID partner;
    private static String statementPath;
    private static String demandId;

    private String base;

    @BeforeEach
    void setUp() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        base = "http://localhost:" + port;
        DemoPartners.ensureRegistered();
        KeycloakAdmin.allowConsoleOn(port);
    }

    @Test
    @Order(1)
    void financeBuildsAPlanSettlesAMonthIsRefusedItsOwnApprovalAndDownloadsTheCsv() {
        try (Browser browser = Browser.start(base, "en-US,en")) {
            browser.signIn("finance", "demo");
            assertThat(browser.driver.findElements(By.id("nav-plans"))).hasSize(1);
            assertThat(browser.driver.findElements(By.id("nav-review"))).isEmpty();

            // the plan editor: tier rows added and removed with htmx, the preview computed on the server
            browser.driver.findElement(By.id("nav-plans")).click();
            browser.await(By.id("new-plan")).click();
            browser.await(By.id("plan-form"));
            browser.driver.findElement(By.id("plan-code")).sendKeys(PLAN_CODE);
            browser.driver.findElement(By.id("plan-name")).sendKeys("控制台阶梯方案 console tiers " + SUFFIX);
            browser.driver.findElement(By.id("plan-effectiveFrom")).sendKeys("1999-01-01");
            new Select(browser.driver.findElement(By.id("plan-contributionType"))).selectByValue(ONLINE);
            new Select(browser.driver.findElement(By.id("plan-mode"))).selectByValue("WHOLE");
            browser.driver.findElement(By.id("tier-rate-0")).sendKeys("5");
            browser.driver.findElement(By.id("tier-from-1")).sendKeys("10000");
            browser.driver.findElement(By.id("tier-rate-1")).sendKeys("12");
            browser.driver.findElement(By.id("add-tier")).click();
            browser.await(By.id("tier-from-2")).sendKeys("50000");
            browser.driver.findElement(By.id("tier-rate-2")).sendKeys("9");
            browser.driver.findElement(By.id("tier-remove-2")).click();
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tier-rows tr"), 2));
            browser.driver.findElement(By.id("previewVolume")).sendKeys("20000");
            browser.driver.findElement(By.id("preview-button")).click();
            assertThat(browser.text(By.id("preview-result")))
                    .isEqualTo("Volume 20000.00 CNY gives commission 2400.00 CNY (tier 2 reached).");
            browser.screenshot("plan-form-en");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("tier-rate-1-error")))
                    .isEqualTo("Must be between 5 % and 10 % for this contribution type");
            assertThat(browser.driver.findElement(By.id("plan-code")).getAttribute("value")).isEqualTo(PLAN_CODE);
            WebElement rate = browser.driver.findElement(By.id("tier-rate-1"));
            rate.clear();
            rate.sendKeys("7");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("plan-title"))).isEqualTo(PLAN_CODE);
            UUID planId = UUID.fromString(browser.driver.getCurrentUrl().replaceAll(".*/plans/([0-9a-f-]{36}).*", "$1"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Online platform orders", "Whole", "10000", "7 %");
            browser.screenshot("plan-en");
            browser.open("/console/finance/plans");
            browser.await(By.linkText(PLAN_CODE));
            browser.screenshot("plans-en");

            // through the API: a cooperation signed under the plan, two attributed sales in a month nobody else uses
            month = CommissionFixtures.freshMonths(1);
            partner = CommissionFixtures.newPartner("Console " + SUFFIX);
            UUID cooperation = CommissionFixtures.signed(planId, partner, UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID),
                    CommissionFixtures.CATEGORY, CommissionFixtures.SIGNED_AT);
            CommissionFixtures.postBatch(Tokens.finance(), List.of(
                    CommissionFixtures.sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "12000.00",
                            CommissionFixtures.at(month, 3, 10), partner),
                    CommissionFixtures.sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "3000.00",
                            CommissionFixtures.at(month, 20, 15), partner))).then().statusCode(200);

            // settle the month in the console
            browser.open("/console/finance/runs");
            WebElement period = browser.await(By.id("period"));
            period.clear();
            period.sendKeys(month.toString());
            browser.driver.findElement(By.id("run-start")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.await(By.linkText(PARTNER_EN));
            browser.screenshot("statements-en");
            browser.open("/console/finance/runs");
            assertThat(browser.text(By.id("runs"))).contains(month.toString(), "finance");
            browser.screenshot("runs-en");

            // the statement: 15,000 CNY reaches tier 2 (WHOLE 7 %) = 1,050.00; its creator may not approve it
            browser.open("/console/finance/statements?period=" + month);
            browser.await(By.linkText(PARTNER_EN)).click();
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("Draft");
            statementPath = browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
            assertThat(browser.text(By.id("lines-total"))).isEqualTo("1050.00");
            assertThat(browser.text(By.id("payable"))).isEqualTo("1050.00");
            assertThat(browser.text(By.id("statement-lines"))).contains("Online platform orders", "15000.00", "1050.00");
            browser.driver.findElement(By.id("do-approve")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            assertThat(browser.text(By.id("form-error"))).startsWith("Four-eyes rule");
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("Draft");
            browser.screenshot("statement-en");

            // reports with charts, and the CSV fetched with this browser's session
            browser.open("/console/finance/reports?from=" + month + "&to=" + month);
            assertThat(browser.text(By.id("report-partners"))).contains(PARTNER_EN, "15000.00", "1050.00");
            browser.await(By.id("chart-month"));
            browser.await(By.id("csv-" + month));
            browser.screenshot("reports-en");
            String csv = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/console/finance/export?period=%s&format=CSV&level=LINES')
                      .then(r => r.text().then(t => done(r.status + '\\n' + t)), e => done(String(e)));
                    """.formatted(month));
            List<String> lines = Arrays.stream(csv.split("\\r?\\n")).filter(l -> !l.isBlank()).toList();
            assertThat(lines.get(0)).isEqualTo("200");
            assertThat(lines.get(1)).contains("partner_id", "commission", "total");
            assertThat(lines).hasSize(3); // status, header, the one line of the month
            assertThat(lines.get(2)).contains(partner.toString(), cooperation.toString(), ONLINE, "15000.00", "1050.00");
            Object xlsx = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/console/finance/export?period=%s&format=XLSX&level=LINES')
                      .then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done(String(e)));
                    """.formatted(month));
            assertThat(xlsx).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

            // a demand's ranked matches with the score explanation (run by a manager through the API); finance reads
            demandId = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                    .header("Idempotency-Key", "finance-console-" + SUFFIX)
                    .body(Map.of("title", "门店推广需求 store promotion " + SUFFIX, "typeCode", "offline.physical-channel.retail-terminal",
                            "regions", List.of("310000")))
                    .post("/api/v1/demands").then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.manager()).post("/api/v1/demands/" + demandId + "/matches").then().statusCode(200);
            browser.open("/console/demands/" + demandId);
            browser.await(By.id("match-run"));
            assertThat(browser.driver.findElements(By.id("run-matching"))).isEmpty();
            browser.screenshot("demand-matches-en");
        }
    }

    @Test
    @Order(2)
    void anotherFinanceUserApprovesAndMarksPaidInChinese() {
        assertThat(statementPath).as("the first scenario ran").isNotNull();
        try (Browser browser = Browser.start(base, "zh-CN,zh,en")) {
            browser.signIn("finance2", "demo");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("仪表盘");
            browser.open(statementPath);
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("草稿");
            browser.driver.findElement(By.id("do-approve")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.await(By.id("flash"));
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("已审批");
            browser.driver.findElement(By.id("do-pay")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            assertThat(browser.text(By.id("payoutReference-error"))).isEqualTo("必填");
            browser.await(By.id("payoutReference")).sendKeys("CMB-" + SUFFIX);
            browser.driver.findElement(By.id("do-pay")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.wait.until(ExpectedConditions.textToBe(By.id("statement-status"), "已支付"));
            assertThat(browser.text(By.tagName("main"))).contains("CMB-" + SUFFIX, "finance2");
            browser.screenshot("statement-zh");

            browser.open("/console/finance/statements?period=" + month);
            browser.await(By.linkText(PARTNER_ZH));
            browser.screenshot("statements-zh");
            browser.open("/console/finance/runs");
            browser.await(By.id("runs"));
            browser.screenshot("runs-zh");
            browser.open("/console/finance/plans");
            browser.await(By.linkText(PLAN_CODE)).click();
            assertThat(browser.text(By.id("plan-title"))).isEqualTo(PLAN_CODE);
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("线上平台订单", "全额累进");
            browser.screenshot("plan-zh");
            browser.open("/console/finance/plans");
            browser.screenshot("plans-zh");
            browser.open("/console/finance/plans/new");
            browser.await(By.id("tier-rate-0")).sendKeys("5");
            browser.driver.findElement(By.id("tier-from-1")).sendKeys("10000");
            browser.driver.findElement(By.id("tier-rate-1")).sendKeys("7");
            browser.driver.findElement(By.id("previewVolume")).sendKeys("20000");
            new Select(browser.driver.findElement(By.id("plan-mode"))).selectByValue("MARGINAL");
            browser.driver.findElement(By.id("preview-button")).click();
            assertThat(browser.text(By.id("preview-result"))).isEqualTo("成交额 20000.00 元，佣金 1200.00 元（达到第 2 档）。");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("plan-code-error"))).isEqualTo("必填");
            browser.screenshot("plan-form-zh");
            browser.open("/console/finance/reports?from=" + month + "&to=" + month);
            assertThat(browser.text(By.id("report-partners"))).contains(PARTNER_ZH, "1050.00");
            browser.screenshot("reports-zh");
            browser.open("/console/demands/" + demandId);
            browser.await(By.id("match-run"));
            browser.screenshot("demand-matches-zh");
        }
        Map<String, Object> statement = given().auth().oauth2(Tokens.finance())
                .get("/api/v1/commission/statements/" + statementPath.substring(statementPath.lastIndexOf('/') + 1))
                .then().statusCode(200).extract().path("$");
        assertThat(statement).containsEntry("status", "PAID").containsEntry("approvedBy", "finance2")
                .containsEntry("payoutReference", "CMB-" + SUFFIX).containsEntry("createdBy", "finance");
    }
}
