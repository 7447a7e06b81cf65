package com.resourcemarket.kpi;

import com.resourcemarket.cooperation.Cooperation;
import com.resourcemarket.cooperation.CooperationStatus;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.RoleMatrix;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.testsupport.RoleMatrix.statuses;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * KPI figures on demands whose submission and signing times are set directly (no sleeping), around China's 2026
 * Mid-Autumn and National Day holidays (Sep 25-27, Oct 1-7; make-up working days Sun Sep 20 and Sat Oct 10).
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class KpiTest {

    private static final String OFFLINE = "offline.physical-channel.retail-terminal";
    private static final String ONLINE = "online.digital-marketing.content-platform";

    @Inject
    EntityManager em;

    private static boolean seeded;
    private static String resource;

    @BeforeEach
    void seed() {
        DemoPartners.ensureRegistered();
        synchronized (KpiTest.class) {
            if (seeded) {
                return;
            }
            Map<String, Object> body = new HashMap<>();
            body.put("typeCode", ONLINE);
            body.put("nameZh", "KPI测试资源");
            body.put("nameEn", "KPI test resource");
            body.put("regions", List.of("CN"));
            resource = given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(body)
                    .post("/api/v1/resources").then().statusCode(201).extract().path("id");
            // A: submitted Wed Sep 30 before National Day, signed Fri Oct 9: Oct 8 and 9 → 2 working days
            demand(OFFLINE, "kpi.alice", "2026-09-30T10:00", "2026-10-09T15:00");
            // B: submitted Thu Sep 24 before Mid-Autumn, signed Tue Sep 29: Sep 28, 29 → 2
            demand(OFFLINE, "kpi.alice", "2026-09-24T09:00", "2026-09-29T11:00");
            // C: submitted Fri Oct 9, signed Tue Oct 13: Sat Oct 10 (make-up), Mon 12, Tue 13 → 3
            demand(OFFLINE, "kpi.bob", "2026-10-09T17:00", "2026-10-13T09:30");
            // D: submitted Fri Sep 18, signed Thu Oct 8: Sun Sep 20 (make-up), Sep 21-24, Sep 28-30, Oct 8 → 9
            demand(ONLINE, null, "2026-09-18T08:00", "2026-10-08T08:00");
            // E: submitted, never signed
            demand(ONLINE, "kpi.bob", "2026-10-12T12:00", null);
            // F: two cooperations, the first signed Thu Oct 15 (then cancelled), the other Fri Oct 16 → first counts: 1
            String f = demand(OFFLINE, "kpi.bob", "2026-10-14T10:00", "2026-10-16T10:00");
            cooperation(f, CooperationStatus.CANCELLED, at("2026-10-15T10:00"));
            // H: submitted at 00:10 on Sep 1 in Shanghai (Aug 31 in UTC): inside the period; never signed
            demand(OFFLINE, null, "2026-09-01T00:10", null);
            // G: submitted at 23:30 on Aug 31 in Shanghai: outside the period
            demand(OFFLINE, "kpi.alice", "2026-08-31T23:30", "2026-09-02T10:00");
            seeded = true;
        }
    }

    @Test
    void matchAccuracyOverallPerCategoryAndPerManager() {
        JsonPath report = get("/api/v1/kpis/match-accuracy?from=2026-09-01&to=2026-10-31");
        assertThat(report.getString("from")).isEqualTo("2026-09-01");
        assertThat(report.getString("to")).isEqualTo("2026-10-31");
        assertThat(report.getString("targetPercent")).isEqualTo("85.0");
        assertThat(figure(report, "overall")).isEqualTo("all 7 5 71.43 false");
        assertThat(figures(report, "byCategory")).containsExactly(
                "offline.physical-channel 5 4 80.0 false", "online.digital-marketing 2 1 50.0 false");
        assertThat(figures(report, "byManager")).containsExactly(
                "kpi.alice 2 2 100.0 true", "kpi.bob 3 2 66.67 false", "unassigned 2 1 50.0 false");

        JsonPath august = get("/api/v1/kpis/match-accuracy?from=2026-08-31&to=2026-08-31");
        assertThat(figure(august, "overall")).isEqualTo("all 1 1 100.0 true");
        JsonPath empty = get("/api/v1/kpis/match-accuracy?from=2026-08-01&to=2026-08-30");
        assertThat(empty.getLong("overall.submitted")).isZero();
        assertThat(empty.getString("overall.percent")).isNull();
        assertThat(empty.getList("byCategory")).isEmpty();
    }

    @Test
    void dockingCycleInWorkingDaysOnTheHolidayCalendar() {
        JsonPath report = get("/api/v1/kpis/docking-cycle?from=2026-09-01&to=2026-10-31");
        assertThat(report.getString("targetWorkingDays")).isEqualTo("7");
        // (2 + 2 + 3 + 9 + 1) / 5
        assertThat(cycle(report, "overall")).isEqualTo("all 5 3.4 true");
        assertThat(cycles(report, "byCategory")).containsExactly(
                "offline.physical-channel 4 2.0 true", "online.digital-marketing 1 9.0 false");
        assertThat(cycles(report, "byManager")).containsExactly(
                "kpi.alice 2 2.0 true", "kpi.bob 2 2.0 true", "unassigned 1 9.0 false");
        JsonPath octoberOnly = get("/api/v1/kpis/docking-cycle?from=2026-10-01&to=2026-10-31");
        assertThat(cycle(octoberOnly, "overall")).isEqualTo("all 2 2.0 true"); // C (3) and F (1)
    }

    @Test
    void periodDefaultsAndValidation() {
        JsonPath current = get("/api/v1/kpis/match-accuracy");
        java.time.LocalDate today = java.time.LocalDate.now(MarketTime.ZONE);
        assertThat(current.getString("from")).isEqualTo(today.withDayOfMonth(1).toString());
        assertThat(current.getString("to")).isEqualTo(today.withDayOfMonth(today.lengthOfMonth()).toString());
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/docking-cycle?from=2026-10-31&to=2026-10-01")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/docking-cycle?from=2026-02-30")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/match-accuracy?from=yesterday")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/match-accuracy?from=2020-01-01&to=2026-01-01")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    @Test
    void staffOnly() {
        for (String path : List.of("/api/v1/kpis/match-accuracy", "/api/v1/kpis/docking-cycle")) {
            RoleMatrix.expect("GET " + path, statuses(401, 403, 403, 200, 200, 200),
                    (caller, request) -> request.get(path).statusCode());
        }
    }

    @Test
    void assigningTheDockingManager() {
        String id = submit(OFFLINE);
        RoleMatrix.expect("PUT /demands/{id}/manager", statuses(401, 403, 403, 200, 403, 200),
                (caller, request) -> request.body(Map.of("manager", "kpi." + caller)).put("/api/v1/demands/" + id + "/manager").statusCode());
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/demands/" + id).then().statusCode(200)
                .body("assignedManager", equalTo("kpi.admin"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("manager", "bad name!"))
                .put("/api/v1/demands/" + id + "/manager").then().statusCode(400);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("manager", "manager", "version", 0))
                .put("/api/v1/demands/" + id + "/manager").then().statusCode(409);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of())
                .put("/api/v1/demands/" + id + "/manager").then().statusCode(200).body("assignedManager", equalTo(null));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("manager", "manager"))
                .put("/api/v1/demands/" + UUID.randomUUID() + "/manager").then().statusCode(404);
    }

    // --- fixtures ------------------------------------------------------------------------------------------

    private String demand(String typeCode, String manager, String submitted, String signed) {
        String id = submit(typeCode);
        if (manager != null) {
            given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("manager", manager))
                    .put("/api/v1/demands/" + id + "/manager").then().statusCode(200).body("assignedManager", equalTo(manager));
        }
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Demand d set d.createdAt = :at where d.id = :id")
                .setParameter("at", at(submitted)).setParameter("id", UUID.fromString(id)).executeUpdate());
        if (signed != null) {
            cooperation(id, CooperationStatus.CLOSED, at(signed));
        }
        return id;
    }

    private static String submit(String typeCode) {
        return given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .header("Idempotency-Key", "kpi-" + UUID.randomUUID())
                .body(Map.of("title", "KPI需求 KPI demand", "typeCode", typeCode, "regions", List.of("310000")))
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
    }

    private void cooperation(String demandId, CooperationStatus status, Instant signedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Cooperation c = new Cooperation();
            c.id = Ids.newId();
            c.demandId = UUID.fromString(demandId);
            c.resourceId = UUID.fromString(resource);
            c.demanderPartnerId = UUID.fromString(Tokens.HUADONG_PARTNER_ID);
            c.ownerPartnerId = UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID);
            c.categoryCode = "online.digital-marketing";
            c.status = status;
            c.signedAt = signedAt;
            c.proposedBy = "test";
            c.persist();
        });
    }

    private static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(MarketTime.ZONE).toInstant();
    }

    private static JsonPath get(String path) {
        return given().auth().oauth2(Tokens.finance()).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String figure(JsonPath report, String path) {
        return report.getString(path + ".group") + " " + report.getLong(path + ".submitted") + " "
                + report.getLong(path + ".signed") + " " + report.getString(path + ".percent") + " "
                + report.getString(path + ".meetsTarget");
    }

    private static List<String> figures(JsonPath report, String list) {
        return java.util.stream.IntStream.range(0, report.getList(list).size())
                .mapToObj(i -> figure(report, list + "[" + i + "]")).toList();
    }

    private static String cycle(JsonPath report, String path) {
        return report.getString(path + ".group") + " " + report.getLong(path + ".signed") + " "
                + report.getString(path + ".meanWorkingDays") + " " + report.getString(path + ".meetsTarget");
    }

    private static List<String> cycles(JsonPath report, String list) {
        return java.util.stream.IntStream.range(0, report.getList(list).size())
                .mapToObj(i -> cycle(report, list + "[" + i + "]")).toList();
    }
}
