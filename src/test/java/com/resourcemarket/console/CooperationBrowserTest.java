package com.resourcemarket.console;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cooperation steps in a real headless Chromium, signed in through the Keycloak login page: {@code manager} accepts a
 * proposed cooperation, starts the negotiation and signs it with terms and a commission plan (missing terms refused
 * next to the fields; each step confirmed), then, in Chinese, starts the execution and is refused a cancellation
 * without a reason; {@code finance} sees the cooperation read-only and the server refuses its step. Screenshots in
 * both languages.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CooperationBrowserTest {

    private static String cooperationId;
    private static String planCode;

    private String base;

    @BeforeEach
    void setUp() {
        base = Browser.consoleBase();
    }

    @Test
    @Order(1)
    void aManagerTakesTheWorkflowStepsFromTheConsole() {
        cooperationId = ConsoleCooperationStepsTest.proposed();
        String plan = ConsoleCooperationStepsTest.activePlan();
        planCode = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/plans/" + plan).then().statusCode(200)
                .extract().path("code");
        try (Browser browser = Browser.start(base, "en-US,en")) {
            browser.signIn("manager", "demo");
            browser.open("/console/cooperations/" + cooperationId);
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("Proposed");
            assertThat(browser.driver.findElements(By.id("do-START_EXECUTION"))).isEmpty();

            step(browser, "ACCEPT");
            assertThat(browser.text(By.id("flash"))).isEqualTo("Done: Accept.");
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("Accepted");
            step(browser, "START_NEGOTIATION");
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("Negotiating");

            // signing: the terms, the commission plan; a missing end date comes back next to its field
            browser.await(By.id("sign-priceAmount")).sendKeys("480000.00");
            browser.driver.findElement(By.id("sign-quantityAmount")).sendKeys("100");
            browser.driver.findElement(By.id("sign-quantityUnit")).sendKeys("场 sessions");
            browser.driver.findElement(By.id("sign-startDate")).sendKeys(LocalDate.now().plusDays(7).toString());
            new Select(browser.driver.findElement(By.id("sign-commissionPlanId"))).selectByValue(plan);
            step(browser, "SIGN");
            assertThat(browser.text(By.id("sign-endDate-error"))).isEqualTo("Required");
            assertThat(browser.driver.findElement(By.id("sign-quantityUnit")).getAttribute("value")).isEqualTo("场 sessions");
            browser.screenshotPage("cooperation-sign-en");
            browser.driver.findElement(By.id("sign-endDate")).sendKeys(LocalDate.now().plusDays(90).toString());
            step(browser, "SIGN");
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("Signed");
            assertThat(browser.text(By.id("cooperation-timeline"))).contains("Accept", "Start negotiation", "Sign", "manager");
            browser.screenshotPage("cooperation-steps-en");

            // in Chinese: execution starts; a cancellation without a reason is refused next to the field
            browser.driver.findElement(By.id("lang-zh")).click();
            browser.await(By.id("lang-en"));
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("已签约");
            step(browser, "START_EXECUTION");
            assertThat(browser.text(By.id("flash"))).isEqualTo("已完成：开始执行。");
            assertThat(browser.driver.findElements(By.id("do-REVIEW"))).isEmpty();
            step(browser, "CANCEL");
            assertThat(browser.text(By.id("reason-CANCEL-error"))).isEqualTo("此操作须填写原因");
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("执行中");
            browser.screenshotPage("cooperation-steps-zh");
            browser.driver.findElement(By.id("lang-en")).click();
            browser.await(By.id("lang-zh"));
        }
        Map<String, Object> cooperation = given().auth().oauth2(Tokens.manager()).get("/api/v1/cooperations/" + cooperationId)
                .then().statusCode(200).extract().path("$");
        assertThat(cooperation).containsEntry("status", "EXECUTING");
        assertThat(cooperation.get("terms").toString()).contains("commissionPlanId=" + plan);
        List<String> actors = given().auth().oauth2(Tokens.manager()).get("/api/v1/cooperations/" + cooperationId + "/events")
                .then().statusCode(200).extract().path("actor");
        assertThat(actors.subList(1, actors.size())).containsOnly("manager");
    }

    @Test
    @Order(2)
    void financeSeesTheCooperationReadOnlyAndIsRefusedAStep() {
        assertThat(cooperationId).as("the first scenario ran").isNotNull();
        try (Browser browser = Browser.start(base, "zh-CN,zh,en")) {
            browser.signIn("finance", "demo");
            browser.open("/console/cooperations/" + cooperationId);
            assertThat(browser.text(By.id("coop-read-only"))).isEqualTo("只读：财务不执行合作流程操作。");
            assertThat(browser.driver.findElements(By.cssSelector("[id^='do-']"))).isEmpty();
            browser.screenshotPage("cooperation-finance-zh");
            // the same step posted from finance's own session, with a valid CSRF token: 403, nothing changes
            String status = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const token = document.body.getAttribute('hx-headers').match(/"X-CSRF-TOKEN": "([^"]+)"/)[1];
                    fetch('/console/cooperations/%s/transitions', {method: 'POST',
                        headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                        body: 'csrf-token=' + encodeURIComponent(token) + '&action=CANCEL&reason=x'})
                      .then(r => done(String(r.status)), e => done(String(e)));
                    """.formatted(cooperationId));
            assertThat(status).isEqualTo("403");
        }
        assertThat((String) given().auth().oauth2(Tokens.manager()).get("/api/v1/cooperations/" + cooperationId)
                .then().statusCode(200).extract().path("status")).isEqualTo("EXECUTING");
        assertThat(planCode).isNotBlank();
    }

    /** Clicks a step's button and confirms the dialog; waits until the page has reloaded or shown the refusal. */
    private static void step(Browser browser, String action) {
        var before = browser.driver.findElement(By.tagName("main"));
        browser.driver.findElement(By.id("do-" + action)).click();
        browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
        browser.wait.until(ExpectedConditions.stalenessOf(before));
        browser.await(By.id("cooperation-status"));
    }
}
