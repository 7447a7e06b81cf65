package com.resourcemarket.console;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium signed in through Keycloak: the catalogue growth on the dashboard (figures and the
 * Chart.js chart drawn), a partner edited with the type change confirmed, the resource form keeping the contact phone
 * it shows only masked, and a service error next to its field in Chinese. Screenshots in both languages.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CurationBrowserTest {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private String base;

    @BeforeEach
    void setUp() {
        base = Browser.consoleBase();
    }

    @Test
    void managerSeesCatalogueGrowthEditsAPartnerAndKeepsAResourcesPhone() {
        String resource = approvedCoreResource();
        String partner = partner();
        try (Browser browser = Browser.start(base, "en-US,en")) {
            browser.signIn("manager", "demo");

            // catalogue growth: this month has at least the resource approved above, a quality (core) one
            WebElement growth = browser.await(By.id("growth"));
            assertThat(browser.text(By.id("growth-kpis"))).contains("Growth over 12 months (target ≥ 30 %)",
                    "New quality resources in", "(target ≥ 20)");
            assertThat(Long.parseLong(browser.text(By.id("growth-kpi-1")))).isPositive();
            assertThat(browser.driver.findElement(By.id("growth-kpi-1")).getAttribute("class")).isIn("pass", "fail");
            assertThat(browser.text(By.id("growth-by-channel"))).contains("All", "Online", "Offline");
            browser.wait.until(d -> "true".equals(browser.driver.findElement(By.id("chart-growth")).getAttribute("data-drawn")));
            scrollTo(browser, growth);
            browser.screenshot("dashboard-growth-en");

            // a partner: its page, then the edit form; a type change asks for confirmation first
            browser.open("/console/partners/" + partner);
            assertThat(browser.text(By.id("partner-type"))).isEqualTo("Dealer");
            assertThat(browser.text(By.id("partner-contacts"))).contains("138****5678").doesNotContain("13812345678");
            browser.driver.findElement(By.id("edit-partner")).click();
            browser.await(By.id("partner-edit-form"));
            assertThat(browser.driver.findElement(By.id("contact-0-phone")).getAttribute("placeholder")).isEqualTo("138****5678");
            WebElement nameEn = browser.driver.findElement(By.id("nameEn"));
            nameEn.clear();
            nameEn.sendKeys("Browser Partner " + SUFFIX + " Renamed");
            new Select(browser.driver.findElement(By.id("type"))).selectByValue("BRAND");
            browser.driver.findElement(By.id("tag-0-key")).sendKeys("region");
            new Select(browser.driver.findElement(By.id("tag-0-dimension"))).selectByValue("REGION");
            browser.driver.findElement(By.id("tag-0-value")).sendKeys("华东");
            browser.driver.findElement(By.id("save-partner")).click();
            assertThat(browser.text(By.id("type-error"))).isEqualTo(
                    "This changes the partner type from Dealer to Brand: tick the box below to confirm.");
            browser.screenshot("partner-edit-en");
            browser.driver.findElement(By.id("confirmTypeChange")).click();
            browser.driver.findElement(By.id("save-partner")).click();
            browser.await(By.id("flash"));
            assertThat(browser.text(By.id("partner-type"))).isEqualTo("Brand");
            assertThat(browser.text(By.id("partner-tags"))).contains("Region", "region", "华东");
            browser.screenshot("partner-en");
            Map<String, Object> saved = given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + partner + "?reveal=true")
                    .then().statusCode(200).extract().jsonPath().getMap("contacts[0]");
            assertThat(saved).containsEntry("phone", "13812345678").containsEntry("email", "zhao@example.com");

            // the resource form: the phone box is empty with the masked number as its hint; saving keeps the number
            browser.open("/console/resources/" + resource + "/edit");
            WebElement phone = browser.await(By.id("contactPhone"));
            assertThat(phone.getAttribute("value")).isEmpty();
            assertThat(phone.getAttribute("placeholder")).isEqualTo("138****5678");
            assertThat(browser.text(By.id("contactPhone-hint"))).contains("Stored: 138****5678");
            WebElement resourceName = browser.driver.findElement(By.id("nameEn"));
            resourceName.clear();
            resourceName.sendKeys("Growth browser resource " + SUFFIX + " edited");
            browser.driver.findElement(By.id("save-resource")).click();
            browser.await(By.id("flash"));
            assertThat(browser.text(By.id("resource-contact"))).contains("138****5678");
            assertThat((String) given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + resource)
                    .then().statusCode(200).extract().path("contact.phone")).isEqualTo("13812345678");

            // in Chinese: the dashboard, and a service error next to its field
            browser.open("/console");
            browser.await(By.id("lang-zh")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "仪表盘"));
            assertThat(browser.text(By.id("growth-kpis"))).contains("近 12 个月增长（目标 ≥ 30%）");
            browser.wait.until(d -> "true".equals(browser.driver.findElement(By.id("chart-growth")).getAttribute("data-drawn")));
            scrollTo(browser, browser.driver.findElement(By.id("growth")));
            browser.screenshot("dashboard-growth-zh");
            browser.open("/console/partners/" + partner + "/edit");
            WebElement regions = browser.await(By.id("regions"));
            regions.clear();
            regions.sendKeys("310000, 999999");
            browser.driver.findElement(By.id("save-partner")).click();
            assertThat(browser.text(By.id("regions-error"))).isEqualTo("不被接受：未知地区代码“999999”（见 GET /api/v1/regions）");
            assertThat(browser.text(By.id("form-error"))).isEqualTo("请修改标出的字段。");
            browser.screenshot("partner-edit-zh");
            browser.open("/console/partners/" + partner);
            assertThat(browser.text(By.id("partner-type"))).isEqualTo("品牌商");
            browser.screenshot("partner-zh");
        }
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /** Created by its owner with a contact phone, submitted and approved, graded core: a new quality resource today. */
    private static String approvedCoreResource() {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", "online.digital-marketing.content-platform");
        body.put("nameZh", "增长浏览器资源" + SUFFIX);
        body.put("nameEn", "Growth browser resource " + SUFFIX);
        body.put("regions", List.of("CN"));
        body.put("capacity", Map.of("amount", 500_000, "unit", "audience"));
        body.put("contact", Map.of("name", "李娜", "phone", "13812345678"));
        body.put("tags", List.of(Map.of("key", "beauty"), Map.of("key", "followers", "numberValue", 300_000)));
        String id = given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(body)
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(Map.of("action", "SUBMIT"))
                .post("/api/v1/resources/" + id + "/lifecycle").then().statusCode(200);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("action", "APPROVE"))
                .post("/api/v1/resources/" + id + "/lifecycle").then().statusCode(200);
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("grade", "CORE", "reason", "头部渠道 top channel"))
                .put("/api/v1/resources/" + id + "/grade").then().statusCode(200);
        return id;
    }

    private static String partner() {
        Map<String, Object> contact = Map.of("name", "赵敏", "title", "市场经理", "email", "zhao@example.com",
                "phone", "13812345678");
        return given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("nameZh", "浏览器测试伙伴" + SUFFIX, "nameEn", "Browser Partner " + SUFFIX, "type", "DEALER",
                        "regions", List.of("310000"), "contacts", List.of(contact)))
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");
    }
}
