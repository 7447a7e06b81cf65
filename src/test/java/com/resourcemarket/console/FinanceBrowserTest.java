package com.resourcemarket.console;

import com.resourcemarket.commission.CommissionFixtures;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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

import com.resourcemarket.core.time.MarketTime;

import java.time.LocalDate;
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
    private static UUID plan;

    private String base;

    @BeforeEach
    void setUp() {
        base = Browser.consoleBase();
    }

    @Test
    @Order(1)
    void financeBuildsAPlanSettlesAMonthIsRefusedItsOwnApprovalAndDownloadsTheCsv() {
        try (Browser browser = Browser.start(base, "en-US,en")) {
            browser.signIn("finance", "demo");
            assertThat(browser.driver.findElements(By.id("nav-plans"))).hasSize(1);
            assertThat(browser.driver.findElements(By.id("nav-review"))).isEmpty();

            // the plan editor: two rules (online orders, offline-driven repurchase), tier rows and rule blocks added and
            // removed with htmx, the preview computed on the server per rule
            browser.driver.findElement(By.id("nav-plans")).click();
            browser.await(By.id("new-plan")).click();
            browser.await(By.id("plan-form"));
            browser.driver.findElement(By.id("plan-code")).sendKeys(PLAN_CODE);
            browser.driver.findElement(By.id("plan-name")).sendKeys("控制台阶梯方案 console tiers " + SUFFIX);
            browser.driver.findElement(By.id("plan-effectiveFrom")).sendKeys("1999-01-01");
            new Select(browser.driver.findElement(By.id("rule-0-type"))).selectByValue(ONLINE);
            browser.wait.until(ExpectedConditions.textToBe(By.id("rule-0-bounds"), "Rate bounds: 5 % – 10 %"));
            new Select(browser.driver.findElement(By.id("rule-0-mode"))).selectByValue("WHOLE");
            browser.driver.findElement(By.id("rule-0-tier-rate-0")).sendKeys("5");
            browser.driver.findElement(By.id("rule-0-tier-from-1")).sendKeys("10000");
            browser.driver.findElement(By.id("rule-0-tier-rate-1")).sendKeys("12");
            browser.driver.findElement(By.id("rule-0-add-tier")).click();
            browser.await(By.id("rule-0-tier-from-2")).sendKeys("50000");
            browser.driver.findElement(By.id("rule-0-tier-rate-2")).sendKeys("9");
            browser.driver.findElement(By.id("rule-0-tier-remove-2")).click();
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#rule-0-tiers tr"), 2));
            browser.driver.findElement(By.id("rule-0-previewVolume")).sendKeys("20000");
            browser.driver.findElement(By.id("rule-0-preview-button")).click();
            assertThat(browser.text(By.id("rule-0-preview-result")))
                    .isEqualTo("Volume 20000.00 CNY gives commission 2400.00 CNY (tier 2 reached).");
            // a second rule block (and a third, removed again)
            browser.driver.findElement(By.id("add-rule")).click();
            browser.await(By.id("rule-1-type"));
            browser.driver.findElement(By.id("add-rule")).click();
            browser.await(By.id("rule-2-remove")).click();
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#rules fieldset.rule"), 2));
            new Select(browser.driver.findElement(By.id("rule-1-type"))).selectByValue(CommissionFixtures.OFFLINE);
            browser.wait.until(ExpectedConditions.textToBe(By.id("rule-1-bounds"), "Rate bounds: 3 % – 5 %"));
            new Select(browser.driver.findElement(By.id("rule-1-mode"))).selectByValue("MARGINAL");
            browser.driver.findElement(By.id("rule-1-tier-rate-0")).sendKeys("3");
            browser.driver.findElement(By.id("rule-1-add-tier")).click();
            browser.await(By.id("rule-1-tier-from-1")).sendKeys("5000");
            browser.driver.findElement(By.id("rule-1-tier-rate-1")).sendKeys("4");
            browser.driver.findElement(By.id("rule-1-previewVolume")).sendKeys("6000");
            browser.driver.findElement(By.id("rule-1-preview-button")).click();
            assertThat(browser.text(By.id("rule-1-preview-result")))
                    .isEqualTo("Volume 6000.00 CNY gives commission 190.00 CNY (tier 2 reached).");
            browser.screenshotPage("plan-form-en");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("rule-0-tier-rate-1-error")))
                    .isEqualTo("Must be between 5 % and 10 % for this contribution type");
            assertThat(browser.driver.findElements(By.id("rule-1-tier-rate-1-error"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("plan-code")).getAttribute("value")).isEqualTo(PLAN_CODE);
            assertThat(browser.driver.findElement(By.id("rule-1-tier-from-1")).getAttribute("value")).isEqualTo("5000");
            WebElement rate = browser.driver.findElement(By.id("rule-0-tier-rate-1"));
            rate.clear();
            rate.sendKeys("7");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("plan-title"))).isEqualTo(PLAN_CODE);
            UUID planId = UUID.fromString(browser.driver.getCurrentUrl().replaceAll(".*/plans/([0-9a-f-]{36}).*", "$1"));
            plan = planId;
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Online platform orders", "Whole", "10000", "7 %",
                    "Offline-driven online repurchase", "Marginal", "4 %");

            // a new version, pre-filled from the version in force, from tomorrow on
            browser.driver.findElement(By.id("new-version")).click();
            assertThat(browser.text(By.id("based-on"))).startsWith("Pre-filled from version 1, effective from 1999-01-01 00:00");
            assertThat(browser.driver.findElement(By.id("rule-1-tier-rate-1")).getAttribute("value")).isEqualTo("4");
            String tomorrow = browser.driver.findElement(By.id("plan-effectiveFrom")).getAttribute("value");
            assertThat(tomorrow).isEqualTo(LocalDate.now(MarketTime.ZONE).plusDays(1).toString());
            WebElement offline = browser.driver.findElement(By.id("rule-1-tier-rate-1"));
            offline.clear();
            offline.sendKeys("4.5");
            browser.screenshotPage("plan-version-en");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("flash"))).isEqualTo("New version saved.");
            assertThat(browser.text(By.id("version-state-1"))).isEqualTo("In force");
            assertThat(browser.text(By.id("version-state-2"))).isEqualTo("Scheduled");
            assertThat(browser.text(By.id("plan-versions"))).contains(tomorrow + " 00:00");
            browser.screenshotPage("plan-en");
            browser.open("/console/finance/plans");
            browser.await(By.linkText(PLAN_CODE));
            browser.screenshot("plans-en");
            browser.driver.findElement(By.id("nav-types")).click();
            assertThat(browser.text(By.id("types"))).contains(ONLINE, "5 %", "10 %");
            browser.screenshot("types-en");

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
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("线上平台订单", "全额累进", "线下引流线上复购");
            assertThat(browser.text(By.id("version-state-2"))).isEqualTo("待生效");
            browser.screenshotPage("plan-zh");
            browser.open("/console/finance/plans");
            browser.screenshot("plans-zh");
            browser.open("/console/finance/plans/new");
            browser.await(By.id("rule-0-tier-rate-0")).sendKeys("5");
            browser.driver.findElement(By.id("rule-0-tier-from-1")).sendKeys("10000");
            browser.driver.findElement(By.id("rule-0-tier-rate-1")).sendKeys("7");
            browser.driver.findElement(By.id("rule-0-previewVolume")).sendKeys("20000");
            new Select(browser.driver.findElement(By.id("rule-0-mode"))).selectByValue("MARGINAL");
            browser.driver.findElement(By.id("rule-0-preview-button")).click();
            assertThat(browser.text(By.id("rule-0-preview-result"))).isEqualTo("成交额 20000.00 元，佣金 1200.00 元（达到第 2 档）。");
            browser.driver.findElement(By.id("add-rule")).click();
            browser.await(By.id("rule-1-tier-rate-0")).sendKeys("3");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("plan-code-error"))).isEqualTo("必填");
            assertThat(browser.text(By.id("rule-0-type-error"))).isEqualTo("必填");
            assertThat(browser.text(By.id("rule-1-type-error"))).isEqualTo("必填");
            browser.screenshotPage("plan-form-zh");
            browser.open("/console/finance/plans/" + plan + "/versions/new");
            assertThat(browser.text(By.id("based-on"))).startsWith("已按第 1 版");
            WebElement early = browser.await(By.id("plan-effectiveFrom"));
            early.clear();
            early.sendKeys("1999-01-01");
            browser.driver.findElement(By.id("save-plan")).click();
            assertThat(browser.text(By.id("plan-effectiveFrom-error"))).startsWith("须晚于最新版本的生效时间");
            browser.screenshotPage("plan-version-zh");
            browser.open("/console/finance/types");
            browser.await(By.id("type-code")).sendKeys("live");
            browser.driver.findElement(By.id("save-type")).click();
            assertThat(browser.text(By.id("type-code-error"))).startsWith("大写字母、数字和下划线");
            assertThat(browser.text(By.id("type-name-error"))).isEqualTo("必填");
            browser.screenshot("types-zh");
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

    /**
     * A Huadong statement under the two-rule plan (online 12,000 → 840.00 at 7 %; offline 6,000 → 190.00 marginal
     * 3 % / 4 %) disputed by Huadong through the API: {@code finance} resolves the dispute in the console (an empty
     * resolution refused next to the field), holds the offline line (an empty reason refused) and releases it, and puts a
     * partner on hold; {@code finance2} does the line hold in Chinese and releases the partner.
     */
    @Test
    @Order(3)
    void financeResolvesADisputeHoldsAndReleasesALineAndAPartner() {
        assertThat(plan).as("the first scenario ran").isNotNull();
        YearMonth disputedMonth = CommissionFixtures.freshMonths(1);
        UUID huadong = UUID.fromString(Tokens.HUADONG_PARTNER_ID);
        UUID cooperation = CommissionFixtures.signed(plan, huadong, UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID),
                CommissionFixtures.CATEGORY, CommissionFixtures.SIGNED_AT);
        CommissionFixtures.postBatch(Tokens.finance(), List.of(
                CommissionFixtures.sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "12000.00",
                        CommissionFixtures.at(disputedMonth, 5, 10), huadong),
                CommissionFixtures.sale(CommissionFixtures.newEventId(), cooperation, CommissionFixtures.OFFLINE, "6000.00",
                        CommissionFixtures.at(disputedMonth, 6, 11), huadong))).then().statusCode(200);
        assertThat(CommissionFixtures.settle(Tokens.finance(), disputedMonth).statusCode()).isIn(200, 201);
        String statementId = given().auth().oauth2(Tokens.huadongClient())
                .get("/api/v1/commission/statements?period=" + disputedMonth).then().statusCode(200).extract().path("[0].id");
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(Map.of("reason", "线下复购重复计算 offline repurchases counted twice"))
                .post("/api/v1/commission/statements/" + statementId + "/dispute").then().statusCode(200);
        String path = "/console/finance/statements/" + statementId;
        String offlinePosition;

        try (Browser browser = Browser.start(base, "en-US,en")) {
            browser.signIn("finance", "demo");
            browser.open(path);
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("Disputed");
            assertThat(browser.text(By.id("dispute-reason"))).isEqualTo("线下复购重复计算 offline repurchases counted twice");
            browser.screenshotPage("statement-dispute-en");
            browser.driver.findElement(By.id("do-resolve")).click();
            assertThat(browser.text(By.id("resolution-error"))).isEqualTo("Required");
            browser.await(By.id("resolution")).sendKeys("已核对：无重复 checked, no duplicates");
            browser.driver.findElement(By.id("do-resolve")).click();
            assertThat(browser.text(By.id("flash"))).isEqualTo("Saved.");
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("Draft");
            assertThat(browser.text(By.id("statement-totals"))).contains("已核对：无重复 checked, no duplicates");
            assertThat(browser.text(By.id("lines-total"))).isEqualTo("1030.00");

            // hold the offline line (190.00), then release it
            WebElement offlineRow = browser.driver.findElements(By.cssSelector("#statement-lines tbody tr")).stream()
                    .filter(row -> row.getText().contains("Offline-driven online repurchase")).findFirst().orElseThrow();
            assertThat(offlineRow.getText()).contains("6000.00", "190.00");
            offlinePosition = offlineRow.getAttribute("id").replace("line-", "");
            browser.driver.findElement(By.id("hold-" + offlinePosition)).click();
            assertThat(browser.text(By.id("hold-error-" + offlinePosition))).isEqualTo("Required");
            browser.await(By.id("hold-reason-" + offlinePosition)).sendKeys("待核实门店数据 store data to be verified");
            browser.driver.findElement(By.id("hold-" + offlinePosition)).click();
            browser.await(By.id("release-" + offlinePosition));
            assertThat(browser.text(By.id("held"))).isEqualTo("190.00");
            assertThat(browser.text(By.id("line-" + offlinePosition))).contains("待核实门店数据 store data to be verified");
            browser.screenshotPage("statement-hold-en");
            browser.driver.findElement(By.id("release-" + offlinePosition)).click();
            browser.await(By.id("hold-" + offlinePosition));
            assertThat(browser.text(By.id("held"))).isEqualTo("0.00");

            // a partner-level hold from the holds page
            browser.open("/console/finance/statements");
            browser.await(By.id("nav-holds")).click();
            browser.await(By.id("hold-form"));
            browser.driver.findElement(By.id("do-hold")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            assertThat(browser.text(By.id("hold-partnerId-error"))).isEqualTo("Required");
            new Select(browser.driver.findElement(By.id("hold-partnerId"))).selectByValue(partner.toString());
            browser.driver.findElement(By.id("hold-reason")).sendKeys("合规审查中 compliance review");
            browser.driver.findElement(By.id("do-hold")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            assertThat(browser.text(By.id("flash"))).startsWith("Partner on hold");
            assertThat(browser.text(By.id("hold-" + partner))).contains(PARTNER_EN, "合规审查中 compliance review", "finance");
            browser.screenshot("holds-en");
        }

        try (Browser browser = Browser.start(base, "zh-CN,zh,en")) {
            browser.signIn("finance2", "demo");
            browser.open(path);
            assertThat(browser.text(By.id("statement-status"))).isEqualTo("草稿");
            browser.driver.findElement(By.id("hold-" + offlinePosition)).click();
            assertThat(browser.text(By.id("hold-error-" + offlinePosition))).isEqualTo("必填");
            browser.await(By.id("hold-reason-" + offlinePosition)).sendKeys("待核实 to be verified");
            browser.driver.findElement(By.id("hold-" + offlinePosition)).click();
            browser.await(By.id("release-" + offlinePosition));
            assertThat(browser.text(By.id("held"))).isEqualTo("190.00");
            browser.screenshotPage("statement-hold-zh");
            browser.driver.findElement(By.id("release-" + offlinePosition)).click();
            browser.await(By.id("hold-" + offlinePosition));
            assertThat(browser.text(By.id("held"))).isEqualTo("0.00");

            browser.open("/console/finance/holds");
            assertThat(browser.text(By.id("hold-" + partner))).contains(PARTNER_ZH, "合规审查中 compliance review");
            browser.screenshot("holds-zh");
            browser.driver.findElement(By.id("release-" + partner)).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            assertThat(browser.text(By.id("flash"))).isEqualTo("已解除暂停。");
            assertThat(browser.driver.findElements(By.id("hold-" + partner))).isEmpty();
            browser.open("/console/finance/types");
            browser.await(By.id("types"));
        }

        Map<String, Object> statement = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/statements/" + statementId)
                .then().statusCode(200).extract().path("$");
        assertThat(statement).containsEntry("status", "DRAFT").containsEntry("resolution", "已核对：无重复 checked, no duplicates");
        assertThat(statement.get("held").toString()).isIn("0", "0.0", "0.00");
        List<String> holds = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/partner-holds")
                .then().statusCode(200).extract().path("partnerId");
        assertThat(holds).doesNotContain(partner.toString());
        List<String> actions = given().auth().oauth2(Tokens.finance())
                .get("/api/v1/commission/audit?entityType=STATEMENT&entityId=" + statementId).then().statusCode(200).extract().path("action");
        assertThat(actions).contains("DISPUTE", "RESOLVE", "HOLD_LINE", "RELEASE_LINE_HOLD");
    }
}
