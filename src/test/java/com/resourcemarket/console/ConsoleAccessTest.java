package com.resourcemarket.console;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console over plain HTTP: sign-in redirects (PKCE) while the API keeps its 401 problem+json, the 499 for
 * htmx without a session, CSRF, role checks on every page and action, languages, and the contract left alone.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ConsoleAccessTest {

    private static final List<String> READ_PAGES = List.of("/console", "/console/resources", "/console/partners",
            "/console/resources?q=美妆&status=ACTIVE", "/console/demands", "/console/demands?status=SUBMITTED&page=2",
            "/console/cooperations", "/console/cooperations?status=SIGNED");
    private static final List<String> CURATOR_PAGES = List.of("/console/review", "/console/resources/new",
            "/console/resources/tag-row?index=3");

    @Test
    void anonymousBrowsersAreSentToKeycloakWithPkceWhileTheApiAnswers401() {
        Response page = given().redirects().follow(false).get("/console/resources");
        assertThat(page.statusCode()).isEqualTo(302);
        String location = page.header("Location");
        assertThat(location).contains("/realms/resource-market/protocol/openid-connect/auth",
                "client_id=resource-market-console", "code_challenge=", "code_challenge_method=S256");

        Response api = given().redirects().follow(false).get("/api/v1/me");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.header("Location")).isNull();
    }

    @Test
    void htmxRequestsWithoutASessionGet499SoThePageCanReloadIntoSignIn() {
        given().redirects().follow(false).header("X-Requested-With", "JavaScript").header("HX-Request", "true")
                .get("/console/resources").then().statusCode(499);
    }

    @Test
    void signedOutPageAndStaticFilesNeedNoSession() {
        assertThat(given().get("/console/signed-out").then().statusCode(200).extract().asString())
                .contains("You are signed out");
        given().get("/console/static/console.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
    }

    @Test
    void theConsoleIsNotPartOfTheApiContract() {
        assertThat(given().get("/q/openapi").then().statusCode(200).extract().asString()).doesNotContain("/console");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void managerReachesEveryPageAndSeesCurationMenus() {
        DemoPartners.ensureRegistered();
        for (String path : concat(READ_PAGES, CURATOR_PAGES)) {
            given().get(path).then().statusCode(200);
        }
        assertThat(given().get("/console").asString()).contains("id=\"nav-review\"", "id=\"nav-new-resource\"");
    }

    @Test
    @TestSecurity(user = "admin.user", roles = "admin")
    void adminReachesEveryPage() {
        for (String path : concat(READ_PAGES, CURATOR_PAGES)) {
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void financeReadsButEveryCurationPageAndActionIsRefused() {
        for (String path : READ_PAGES) {
            given().get(path).then().statusCode(200);
        }
        assertThat(given().get("/console").asString()).doesNotContain("nav-review", "nav-new-resource");
        for (String path : CURATOR_PAGES) {
            given().get(path).then().statusCode(403);
        }
        String id = UUID.randomUUID().toString();
        for (String action : List.of("/lifecycle", "/grade", "/evaluation", "")) {
            ConsoleForms.post("/console/resources/" + id + action, Map.of("action", "APPROVE", "grade", "CORE",
                    "reason", "x", "quality", "1")).then().statusCode(403);
        }
        ConsoleForms.post("/console/resources", Map.of("nameZh", "x")).then().statusCode(403);
        ConsoleForms.post("/console/partners", Map.of("nameZh", "x")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "huadong.buyer", roles = "partner")
    void partnersHaveNoConsole() {
        for (String path : concat(READ_PAGES, CURATOR_PAGES)) {
            given().get(path).then().statusCode(403);
        }
        ConsoleForms.post("/console/partners", Map.of("nameZh", "x")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void postsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        // the API is not subject to it: a JSON POST with a bearer token and no cookie works as before (other tests)
        DemoPartners.ensureRegistered();
        String name = "无令牌伙伴" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("nameZh", name, "nameEn", name,
                "type", "DEALER")).post("/console/partners").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").cookie("console-csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .formParams(Map.of("nameZh", name, "nameEn", name, "type", "DEALER", "csrf-token", "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"))
                .post("/console/partners").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").header("X-CSRF-TOKEN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .formParams(Map.of("nameZh", name, "nameEn", name, "type", "DEALER"))
                .post("/console/partners").then().statusCode(403);
        assertThat(given().get("/console/partners?page=1").asString()).doesNotContain(name);
        // with the token the same form is accepted
        ConsoleForms.post("/console/partners", Map.of("nameZh", name, "nameEn", name, "type", "DEALER")).then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void formErrorsComeBackNextToTheirFieldsInTheUsersLanguage() {
        String english = ConsoleForms.post("/console/partners", Map.of("nameZh", "", "nameEn", "", "type", "")).then()
                .statusCode(200).extract().asString();
        assertThat(english).contains("id=\"partner-nameZh-error\">Required", "aria-invalid=\"true\"");
        String chinese = given().header("Accept-Language", "zh-CN,zh;q=0.9").get("/console/resources/new").asString();
        assertThat(chinese).contains("<html lang=\"zh-CN\">", "新建资源", "标签");
        String search = given().cookie("console-lang", "en").header("Accept-Language", "zh-CN")
                .get("/console/resources?tag=nonsense").then().statusCode(200).extract().asString();
        assertThat(search).contains("<html lang=\"en\">", "id=\"tag-error\"");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void languageSwitchRemembersTheChoiceAndGoesBackOnlyInsideTheConsole() {
        Response zh = given().redirects().follow(false).get("/console/lang?to=zh&back=/console/partners");
        assertThat(zh.statusCode()).isEqualTo(303);
        assertThat(zh.header("Location")).endsWith("/console/partners");
        assertThat(zh.cookie("console-lang")).isEqualTo("zh");
        Response evil = given().redirects().follow(false).get("/console/lang?to=en&back=https://evil.example/");
        assertThat(evil.header("Location")).endsWith("/console");
        assertThat(given().cookie("console-lang", "zh").get("/console").asString()).contains("仪表盘", "<html lang=\"zh-CN\">");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void unknownResourcesGiveALocalized404Page() {
        Response missing = given().cookie("console-lang", "zh").get("/console/resources/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.asString()).contains("未找到，或您无权查看。");
        given().get("/console/resources/not-a-uuid").then().statusCode(404);
    }

    /** A console form POST as a browser sends it: the csrf-token cookie from a page plus the same token in the form. */
    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
