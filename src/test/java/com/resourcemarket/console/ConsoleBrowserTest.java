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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium, signed in through the real Keycloak login page: a manager creates,
 * tags, submits and approves a resource and finds it by a Chinese word; a finance user sees no catalogue
 * buttons and the server refuses the action anyway. Screenshots of the main pages in English and Chinese.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final String NAME_ZH = "星河美妆直播间" + SUFFIX;
    private static final String NAME_EN = "Galaxy beauty live room " + SUFFIX;
    private static final String DEMAND_TITLE = "华东门店直播推广需求 " + SUFFIX;
    private static String resourceId;
    private static String cooperationId;

    private String base;

    @BeforeEach
    void setUp() {
        base = Browser.consoleBase();
    }

    @Test
    @Order(1)
    void managerCreatesTagsApprovesAndFindsAResourceByAChineseWord() {
        try (Browser browser = Browser.start(base, "en-US,en")) {
            browser.signIn("manager", "demo");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
            assertThat(browser.driver.findElements(By.id("nav-review"))).hasSize(1);

            // create with the tag editor: dictionary tags, numbers in the dictionary's unit
            browser.driver.findElement(By.id("nav-new-resource")).click();
            browser.await(By.id("resource-form"));
            new Select(browser.driver.findElement(By.id("ownerPartnerId"))).selectByValue(Tokens.BEAUTY_CLIP_PARTNER_ID);
            new Select(browser.driver.findElement(By.id("typeCode"))).selectByValue("online.digital-marketing.content-platform");
            browser.driver.findElement(By.id("nameZh")).sendKeys(NAME_ZH);
            browser.driver.findElement(By.id("nameEn")).sendKeys(NAME_EN);
            browser.driver.findElement(By.id("regions")).sendKeys("CN");
            browser.driver.findElement(By.id("capacityAmount")).sendKeys("300000");
            browser.driver.findElement(By.id("capacityUnit")).sendKeys("audience");
            browser.driver.findElement(By.id("tag-key-0")).sendKeys("beauty");
            browser.driver.findElement(By.id("tag-key-1")).sendKeys("followers");
            browser.driver.findElement(By.id("tag-value-1")).sendKeys("250000");
            browser.wait.until(ExpectedConditions.textToBe(By.id("tag-unit-1"), "people"));
            browser.driver.findElement(By.id("tag-key-2")).sendKeys("female_audience_share");
            browser.driver.findElement(By.id("tag-value-2")).sendKeys("not a number");
            browser.driver.findElement(By.id("add-tag")).click();
            browser.await(By.id("tag-key-3")).sendKeys("short_video_platform");
            browser.screenshot("resource-form-en");
            browser.driver.findElement(By.id("save-resource")).click();

            // a validation error comes back next to its field, the rest of the form kept
            browser.await(By.id("form-error"));
            WebElement error = browser.await(By.cssSelector("#tag-rows .error"));
            assertThat(error.getText()).isEqualTo("Must be a number");
            assertThat(browser.driver.findElement(By.id("nameZh")).getAttribute("value")).isEqualTo(NAME_ZH);
            WebElement share = browser.driver.findElement(By.xpath("//input[@name='tagKey' and @value='female_audience_share']"));
            WebElement shareValue = share.findElement(By.xpath("ancestor::tr//input[@name='tagValue']"));
            shareValue.clear();
            shareValue.sendKeys("80");
            browser.driver.findElement(By.id("save-resource")).click();

            browser.await(By.id("flash"));
            assertThat(browser.text(By.id("resource-status"))).isEqualTo("Draft");
            assertThat(browser.text(By.id("resource-tags"))).contains("Followers", "250000 people", "80 %", "Beauty");
            resourceId = browser.driver.getCurrentUrl().replaceAll(".*/resources/([0-9a-f-]{36}).*", "$1");

            // submit (admission rules run), then approve, each after a confirmation
            act(browser, "SUBMIT");
            assertThat(browser.text(By.id("resource-status"))).isEqualTo("Submitted");
            assertThat(browser.text(By.id("admission-verdict"))).contains("Passed all rules");
            browser.open("/console/review");
            browser.await(By.id("review-" + resourceId));
            browser.screenshot("review-en");
            browser.open("/console/resources/" + resourceId);
            act(browser, "APPROVE");
            assertThat(browser.text(By.id("resource-status"))).isEqualTo("Active");

            // grade with a reason, and an evaluation with its sub-scores
            new Select(browser.driver.findElement(By.id("grade"))).selectByValue("CORE");
            browser.driver.findElement(By.id("grade-save")).click();
            assertThat(browser.text(By.id("grade-reason-error"))).isEqualTo("Required");
            browser.driver.findElement(By.id("grade-reason")).sendKeys("头部美妆直播渠道 top beauty live channel");
            browser.driver.findElement(By.id("grade-save")).click();
            browser.await(By.id("flash"));
            assertThat(browser.text(By.id("resource-grade"))).isEqualTo("Core");
            browser.driver.findElement(By.id("eval-quality")).sendKeys("90");
            browser.driver.findElement(By.id("eval-matchFit")).sendKeys("80");
            browser.driver.findElement(By.id("eval-cooperationCost")).sendKeys("70");
            browser.driver.findElement(By.id("eval-growthPotential")).sendKeys("60");
            browser.driver.findElement(By.id("evaluation-save")).click();
            browser.await(By.id("flash"));
            // 90×40% + 80×30% + 70×20% + 60×10% = 80
            assertThat(browser.text(By.id("evaluations"))).contains("80 × 30%", "80 manager");
            browser.screenshot("resource-en");

            // find it by a Chinese word (smartcn), with filters
            assertThat(searchUntilFound(browser, "直播", NAME_EN)).isTrue();
            browser.screenshot("catalogue-en");

            browser.open("/console/partners");
            browser.await(By.id("partners"));
            browser.screenshot("partners-en");

            // a demand of Huadong docked with this resource: the demand and the cooperation timeline
            cooperationId = signedCooperation(resourceId);
            browser.open("/console/demands");
            browser.await(By.linkText(DEMAND_TITLE)).click();
            assertThat(browser.text(By.id("demand-title"))).isEqualTo(DEMAND_TITLE);
            browser.screenshot("demand-en");
            browser.open("/console/cooperations/" + cooperationId);
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("Signed");
            assertThat(browser.text(By.id("cooperation-timeline"))).contains("Propose", "Accept", "Start negotiation", "Sign");
            browser.screenshot("cooperation-en");
            browser.open("/console");
            browser.await(By.id("kpis"));
            browser.screenshot("dashboard-en");

            // the same pages in Chinese through the switcher (kept in a cookie)
            browser.open("/console");
            browser.await(By.id("lang-zh")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "仪表盘"));
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            browser.screenshot("dashboard-zh");
            assertThat(searchUntilFound(browser, "直播", NAME_ZH)).isTrue();
            assertThat(browser.text(By.id("result-count"))).contains("共");
            browser.screenshot("catalogue-zh");
            browser.open("/console/resources/" + resourceId);
            assertThat(browser.text(By.id("resource-status"))).isEqualTo("在册");
            assertThat(browser.text(By.id("resource-grade"))).isEqualTo("核心资源");
            browser.screenshot("resource-zh");
            browser.open("/console/resources/new");
            browser.await(By.id("resource-form"));
            browser.driver.findElement(By.id("save-resource")).click();
            assertThat(browser.text(By.id("nameZh-error"))).isEqualTo("必填");
            browser.screenshot("resource-form-zh");
            browser.open("/console/review");
            browser.await(By.tagName("h1"));
            browser.screenshot("review-zh");
            browser.open("/console/partners");
            browser.await(By.id("partners"));
            browser.screenshot("partners-zh");
            browser.open("/console/cooperations/" + cooperationId);
            assertThat(browser.text(By.id("cooperation-status"))).isEqualTo("已签约");
            browser.screenshot("cooperation-zh");
            browser.open("/console/demands");
            browser.await(By.id("demands"));
            browser.screenshot("demands-zh");

            // sign out through Keycloak (RP-initiated logout)
            browser.driver.findElement(By.id("logout")).click();
            browser.await(By.id("sign-in-again"));
            browser.open("/console");
            browser.await(By.id("username"));
        }
    }

    @Test
    @Order(2)
    void financeSeesNoCatalogueButtonsAndTheServerRefusesThem() {
        assertThat(resourceId).as("the manager scenario ran first").isNotNull();
        try (Browser browser = Browser.start(base, "zh-CN,zh,en")) {
            browser.signIn("finance", "demo");
            // Chinese chosen from Accept-Language
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("仪表盘");
            assertThat(browser.driver.findElements(By.id("nav-review"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("nav-new-resource"))).isEmpty();
            browser.open("/console/resources/" + resourceId);
            browser.await(By.id("resource-status"));
            assertThat(browser.driver.findElements(By.id("lifecycle-actions"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("edit-resource"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("grade-form"))).isEmpty();

            // the same request the manager's button sends, from the finance user's own session: 403
            Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const token = JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-TOKEN'];
                    fetch('/console/resources/%s/lifecycle', { method: 'POST',
                        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-TOKEN': token },
                        body: 'action=SUSPEND&reason=test' }).then(r => done(r.status), e => done(String(e)));
                    """.formatted(resourceId));
            assertThat(status).isEqualTo(403L);
            browser.open("/console/resources/new");
            assertThat(browser.text(By.id("error-message"))).isEqualTo("您的角色无权执行此操作。");
            browser.screenshot("forbidden-zh");
        }
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + resourceId)
                .then().statusCode(200).extract().path("status").equals("ACTIVE");
        assertThat((String) given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + resourceId)
                .then().statusCode(200).extract().path("status")).isEqualTo("ACTIVE");
    }

    /** Through the API: a Huadong demand, a cooperation with the resource proposed, accepted, negotiated, signed. */
    private static String signedCooperation(String resource) {
        String demand = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .header("Idempotency-Key", "console-" + SUFFIX)
                .body(Map.of("title", DEMAND_TITLE, "typeCode", "online.digital-marketing.content-platform",
                        "regions", List.of("310000")))
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
        String cooperation = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(Map.of("demandId", demand, "resourceId", resource, "matchScore", "87.5"))
                .post("/api/v1/cooperations").then().statusCode(201).extract().path("id");
        Map<String, Object> terms = Map.of("price", Map.of("amount", "480000.00", "currency", "CNY"),
                "quantity", Map.of("amount", "100", "unit", "场 sessions"),
                "startDate", LocalDate.now().plusDays(7).toString(), "endDate", LocalDate.now().plusDays(90).toString());
        for (Map<String, Object> command : List.of(Map.<String, Object>of("action", "ACCEPT"),
                Map.<String, Object>of("action", "START_NEGOTIATION"), Map.of("action", "SIGN", "terms", terms))) {
            given().auth().oauth2(Tokens.manager()).contentType("application/json").body(command)
                    .post("/api/v1/cooperations/" + cooperation + "/transitions").then().statusCode(200);
        }
        return cooperation;
    }

    private static void act(Browser browser, String action) {
        String before = browser.text(By.id("resource-status"));
        browser.driver.findElement(By.id("do-" + action)).click();
        Alert alert = browser.wait.until(ExpectedConditions.alertIsPresent());
        alert.accept();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("resource-status"), before)));
    }

    /** The index is refreshed within a second of a commit: search again until the resource shows. */
    private static boolean searchUntilFound(Browser browser, String word, String linkText) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            browser.open("/console/resources");
            WebElement box = browser.await(By.id("q"));
            box.clear();
            box.sendKeys(word);
            new Select(browser.driver.findElement(By.id("status"))).selectByValue("ACTIVE");
            browser.driver.findElement(By.id("search-button")).click();
            browser.await(By.id("result-count"));
            List<WebElement> links = browser.driver.findElements(By.linkText(linkText));
            if (!links.isEmpty()) {
                assertThat(browser.driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(word);
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
