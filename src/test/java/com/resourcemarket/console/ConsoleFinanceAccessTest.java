package com.resourcemarket.console;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance pages and the demand matches over plain HTTP: who may open and post what (a manager is refused the
 * finance pages, finance the catalogue and matching actions), the plan editor's errors next to the tier fields in
 * both languages, the server-side preview with the settlement's tier calculator.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ConsoleFinanceAccessTest {

    private static final List<String> FINANCE_PAGES = List.of("/console/finance/plans", "/console/finance/plans/new",
            "/console/finance/plans/tier-row?rule=1&index=3", "/console/finance/plans/rule-block?key=2",
            "/console/finance/plans/type-bounds?ruleType=ONLINE_PLATFORM_ORDER", "/console/finance/types",
            "/console/finance/holds", "/console/finance/runs", "/console/finance/statements",
            "/console/finance/statements?period=2001-01&status=DRAFT", "/console/finance/reports",
            "/console/finance/reports?from=2001-01&to=2001-12");

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void managerSeesNoFinanceMenuAndIsRefusedEveryFinancePageAndAction() {
        assertThat(given().get("/console").asString()).doesNotContain("nav-plans", "nav-runs", "nav-statements", "nav-reports");
        for (String path : FINANCE_PAGES) {
            Response page = given().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.asString()).contains("Your role may not do this.");
        }
        given().get("/console/finance/export?period=2001-01&format=CSV").then().statusCode(403);
        given().get("/console/finance/statements/" + UUID.randomUUID()).then().statusCode(403);
        ConsoleForms.post("/console/finance/runs", Map.of("period", "2001-01")).then().statusCode(403);
        ConsoleForms.post("/console/finance/plans", Map.of("code", "P_MANAGER")).then().statusCode(403);
        ConsoleForms.post("/console/finance/plans/preview", Map.of("ruleMode", "WHOLE")).then().statusCode(403);
        UUID someId = UUID.randomUUID();
        ConsoleForms.post("/console/finance/plans/" + someId + "/versions", Map.of("effectiveFrom", "2099-01-01")).then().statusCode(403);
        ConsoleForms.post("/console/finance/plans/" + someId + "/deactivate", Map.of()).then().statusCode(403);
        given().get("/console/finance/plans/" + someId + "/versions/new").then().statusCode(403);
        ConsoleForms.post("/console/finance/types", Map.of("code", "MANAGER_TYPE", "name", "x")).then().statusCode(403);
        ConsoleForms.post("/console/finance/holds", Map.of("partnerId", someId.toString(), "reason", "x")).then().statusCode(403);
        ConsoleForms.post("/console/finance/holds/" + someId + "/release", Map.of()).then().statusCode(403);
        ConsoleForms.post("/console/finance/statements/" + UUID.randomUUID() + "/approve", Map.of()).then().statusCode(403);
        assertThat(given().header("Accept-Language", "zh-CN").get("/console/finance/plans").asString())
                .contains("您的角色无权执行此操作。");
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void financeReachesTheFinancePagesButIsRefusedCatalogueAndMatchingActions() {
        assertThat(given().get("/console").asString()).contains("id=\"nav-plans\"", "id=\"nav-runs\"",
                "id=\"nav-statements\"", "id=\"nav-reports\"");
        for (String path : FINANCE_PAGES) {
            given().get(path).then().statusCode(200);
        }
        assertThat(given().get("/console/finance/reports").asString()).contains("id=\"chart-month\"", "id=\"chart-type\"",
                "id=\"chart-partner\"");
        ConsoleForms.post("/console/resources", Map.of("nameZh", "x")).then().statusCode(403);
        ConsoleForms.post("/console/resources/" + UUID.randomUUID() + "/lifecycle", Map.of("action", "SUSPEND", "reason", "x"))
                .then().statusCode(403);
        ConsoleForms.post("/console/demands/" + UUID.randomUUID() + "/match", Map.of()).then().statusCode(403);
        // unknown ids and bad months are a localized page, not a 500
        given().get("/console/finance/statements/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/console/finance/plans/not-a-uuid").then().statusCode(404);
        given().get("/console/finance/export?period=2001-13&format=CSV").then().statusCode(400);
        assertThat(given().get("/console/finance/statements?period=nonsense").then().statusCode(200).extract().asString())
                .contains("id=\"period-error\"");
        String runs = ConsoleForms.post("/console/finance/runs", Map.of("period", "20-1")).then().statusCode(200).extract().asString();
        assertThat(runs).contains("id=\"period-error\">Must be a month written yyyy-MM");
    }

    @Test
    @TestSecurity(user = "admin.user", roles = "admin")
    void adminReachesTheFinancePages() {
        for (String path : FINANCE_PAGES) {
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    @TestSecurity(user = "huadong.buyer", roles = "partner")
    void partnersHaveNoFinancePages() {
        for (String path : FINANCE_PAGES) {
            given().get(path).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void planEditorShowsRateBoundErrorsNextToTheTierInBothLanguagesAndSavesAValidPlan() {
        Map<String, Object> form = planForm("P_BOUNDS_" + suffix(), "12");
        String english = ConsoleForms.post("/console/finance/plans", form).then().statusCode(200).extract().asString();
        assertThat(english).contains("id=\"rule-0-tier-rate-1-error\">Must be between 5 % and 10 % for this contribution type",
                "aria-invalid=\"true\"", "value=\"12\"");
        assertThat(english).doesNotContain("id=\"rule-0-tier-rate-0-error\"");
        String chinese = ConsoleForms.post("/console/finance/plans", form, "zh").then().statusCode(200).extract().asString();
        assertThat(chinese).contains("id=\"rule-0-tier-rate-1-error\">该贡献类型的费率须在 5 % 至 10 % 之间");

        Map<String, Object> empty = new LinkedHashMap<>(form);
        empty.put("code", "");
        empty.put("tierRate", List.of("5", ""));
        String missing = ConsoleForms.post("/console/finance/plans", empty).then().statusCode(200).extract().asString();
        assertThat(missing).contains("id=\"plan-code-error\">Required", "id=\"rule-0-tier-rate-1-error\">Required");

        Map<String, Object> badOrder = new LinkedHashMap<>(planForm("P_ORDER_" + suffix(), "7"));
        badOrder.put("tierFrom", List.of("0", "0"));
        String order = ConsoleForms.post("/console/finance/plans", badOrder).then().statusCode(200).extract().asString();
        assertThat(order).contains("id=\"rule-0-tier-from-1-error\">Must be above the previous tier&#39;s threshold");

        String code = "P_OK_" + suffix();
        Response saved = ConsoleForms.post("/console/finance/plans", planForm(code, "7"));
        assertThat(saved.statusCode()).isEqualTo(303);
        String plan = given().get(saved.header("Location")).then().statusCode(200).extract().asString();
        assertThat(plan).contains(code, "Online platform orders", "Whole", "10000", "7 %", "5 %");
        assertThat(given().get("/console/finance/plans").asString()).contains(code);
        assertThat(ConsoleForms.post("/console/finance/plans", planForm(code, "7")).then().statusCode(200).extract().asString())
                .contains("A plan with this code exists already.");
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void previewComputesTheCommissionWithTheSettlementsTierCalculator() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("ruleKey", "0");
        form.put("ruleBasis", "GMV");
        form.put("ruleMode", "WHOLE");
        form.put("tierRule", List.of("0", "0"));
        form.put("tierFrom", List.of("0", "10000"));
        form.put("tierRate", List.of("5", "7"));
        form.put("previewVolume", "20000");
        form.put("previewRule", "0");
        assertThat(ConsoleForms.post("/console/finance/plans/preview", form).then().statusCode(200).extract().asString())
                .contains("Volume 20000.00 CNY gives commission 1400.00 CNY (tier 2 reached).");
        form.put("ruleMode", "MARGINAL");
        assertThat(ConsoleForms.post("/console/finance/plans/preview", form, "zh").then().statusCode(200).extract().asString())
                .contains("成交额 20000.00 元，佣金 1200.00 元（达到第 2 档）。");
        form.put("previewVolume", "10000");
        form.put("ruleMode", "WHOLE");
        // exactly on the threshold reaches the higher tier
        assertThat(ConsoleForms.post("/console/finance/plans/preview", form).asString()).contains("commission 700.00 CNY (tier 2 reached)");
        form.put("ruleBasis", "ORDER_COUNT");
        form.put("ruleMode", "MARGINAL");
        form.put("tierFrom", List.of("0", "10"));
        form.put("previewOrders", "20");
        // 10 orders at 5 %, 10 at 7 %: 10000 × (10×0.05 + 10×0.07) / 20 = 600.00
        assertThat(ConsoleForms.post("/console/finance/plans/preview", form).asString())
                .contains("Volume 10000.00 CNY in 20 orders gives commission 600.00 CNY (tier 2 reached).");
        form.put("previewVolume", "lots");
        assertThat(ConsoleForms.post("/console/finance/plans/preview", form).asString())
                .contains("Fill in a valid tier table and volume first.");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void managerRunsMatchingFromTheDemandPageAndSeesTheExplanation() {
        DemoPartners.ensureRegistered();
        String demand = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .header("Idempotency-Key", "console-match-" + UUID.randomUUID())
                .body(Map.of("title", "控制台匹配需求 console match " + suffix(), "typeCode", "online.digital-marketing.content-platform",
                        "regions", List.of("310000")))
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
        String before = given().get("/console/demands/" + demand).then().statusCode(200).extract().asString();
        assertThat(before).contains("id=\"match-never\"", "id=\"run-matching\"");
        Response run = ConsoleForms.post("/console/demands/" + demand + "/match", Map.of());
        assertThat(run.statusCode()).isEqualTo(303);
        String after = given().get(run.header("Location")).then().statusCode(200).extract().asString();
        assertThat(after).contains("id=\"flash\"", "id=\"match-run\"").doesNotContain("id=\"match-never\"");
        if (after.contains("id=\"match-results\"") && after.contains("id=\"match-1\"")) {
            assertThat(after).contains("Score explanation", "Contribution", "Grade");
        }
    }

    private static Map<String, Object> planForm(String code, String secondRate) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", "控制台方案 console plan");
        form.put("effectiveFrom", "1999-01-01");
        form.put("ruleKey", "0");
        form.put("ruleType", "ONLINE_PLATFORM_ORDER");
        form.put("ruleScope", "DEFAULT");
        form.put("ruleScopeKey", "");
        form.put("ruleBasis", "GMV");
        form.put("ruleMode", "WHOLE");
        form.put("tierRule", List.of("0", "0"));
        form.put("tierFrom", List.of("0", "10000"));
        form.put("tierRate", List.of("5", secondRate));
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
