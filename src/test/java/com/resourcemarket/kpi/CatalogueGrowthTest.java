package com.resourcemarket.kpi;

import com.resourcemarket.catalogue.Grade;
import com.resourcemarket.catalogue.LifecycleAction;
import com.resourcemarket.catalogue.LifecycleEvent;
import com.resourcemarket.catalogue.ResourceStatus;
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
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.resourcemarket.testsupport.RoleMatrix.statuses;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Catalogue growth on a lifecycle history written with known dates in 2020 and 2021 (before anything the other tests
 * create today), so every figure is known: first approvals, a rejected-then-approved resource, an owner's edit sent
 * back to review and approved again (counted once), a suspension (not an exit), an exit, a draft never approved, and
 * month boundaries in Shanghai time that UTC would put in the other month.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CatalogueGrowthTest {

    private static final String ONLINE = "online.digital-marketing.content-platform";
    private static final String OFFLINE = "offline.physical-channel.retail-terminal";
    private static boolean seeded;

    @Inject
    EntityManager em;

    @BeforeEach
    void seed() {
        DemoPartners.ensureRegistered();
        synchronized (CatalogueGrowthTest.class) {
            if (seeded) {
                return;
            }
            // R1 ONLINE CORE, approved June 2020 (before the period)
            resource(ONLINE, Grade.CORE, ResourceStatus.ACTIVE, event(LifecycleAction.APPROVE, "2020-06-10T10:00"));
            // R2 OFFLINE BASIC, approved 23:30 on Dec 31 2020 in Shanghai: December
            resource(OFFLINE, Grade.BASIC, ResourceStatus.ACTIVE, event(LifecycleAction.APPROVE, "2020-12-31T23:30"));
            // R3 ONLINE IMPORTANT, approved 00:10 on Jan 1 2021 in Shanghai (Dec 31 in UTC): January, quality
            resource(ONLINE, Grade.IMPORTANT, ResourceStatus.ACTIVE, event(LifecycleAction.APPROVE, "2021-01-01T00:10"));
            // R4 OFFLINE CORE: submitted, rejected, resubmitted in January, approved in February: February, quality
            resource(OFFLINE, Grade.CORE, ResourceStatus.ACTIVE, event(LifecycleAction.SUBMIT, "2021-01-05T09:00"),
                    event(LifecycleAction.REJECT, "2021-01-06T09:00"), event(LifecycleAction.SUBMIT, "2021-01-20T09:00"),
                    event(LifecycleAction.APPROVE, "2021-02-03T09:00"));
            // R5 ONLINE BASIC: approved in February, edited by its owner in March and approved again: counted once
            resource(ONLINE, Grade.BASIC, ResourceStatus.ACTIVE, event(LifecycleAction.APPROVE, "2021-02-10T09:00"),
                    event(LifecycleAction.SUBMIT, "2021-03-01T09:00"), event(LifecycleAction.APPROVE, "2021-03-02T09:00"));
            // R6 ONLINE, not graded: approved in February, suspended and resumed in March: no exit
            resource(ONLINE, null, ResourceStatus.ACTIVE, event(LifecycleAction.APPROVE, "2021-02-15T09:00"),
                    event(LifecycleAction.SUSPEND, "2021-03-05T09:00"), event(LifecycleAction.RESUME, "2021-03-20T09:00"));
            // R7 OFFLINE IMPORTANT: approved 2020, rectification in February, exit at 23:59 on Mar 31 in Shanghai
            resource(OFFLINE, Grade.IMPORTANT, ResourceStatus.EXITED, event(LifecycleAction.APPROVE, "2020-09-01T09:00"),
                    event(LifecycleAction.RECTIFY, "2021-02-01T09:00"), event(LifecycleAction.EXIT, "2021-03-31T23:59"));
            // R8 ONLINE CORE: submitted, never approved
            resource(ONLINE, Grade.CORE, ResourceStatus.SUBMITTED, event(LifecycleAction.SUBMIT, "2021-02-20T09:00"));
            seeded = true;
        }
    }

    @Test
    void monthlyFiguresOverallAndPerChannel() {
        JsonPath report = get("/api/v1/kpis/catalogue-growth?from=2021-01&to=2021-03");
        assertThat(report.getString("from")).isEqualTo("2021-01");
        assertThat(report.getString("to")).isEqualTo("2021-03");
        assertThat(number(report, "targetAnnualGrowthPercent")).isEqualTo("30");
        assertThat(number(report, "targetMonthlyGrowthPercent")).isEqualTo("2.21");
        assertThat(report.getInt("targetNewQualityPerMonth")).isEqualTo(20);
        assertThat(report.getList("qualityGrades")).containsExactly("CORE", "IMPORTANT");

        // month new quality exited net mom yoy meetsGrowth meetsQuality
        assertThat(months(report, "overall")).containsExactly(
                "2021-01 1 1 0 4 33.33 null null false",
                "2021-02 3 1 0 7 75 null null false",
                "2021-03 0 0 1 6 -14.29 null null false");
        // group start end new quality exited growth annualised meets averageQuality meetsQuality
        assertThat(series(report, "overall")).isEqualTo("all 3 6 4 2 1 100 1500 true 0.67 false");

        assertThat(report.getList("byChannel.group")).containsExactly("ONLINE", "OFFLINE");
        assertThat(months(report, "byChannel[0]")).containsExactly(
                "2021-01 1 1 0 2 100 null null null",
                "2021-02 2 0 0 4 100 null null null",
                "2021-03 0 0 0 4 0 null null null");
        assertThat(series(report, "byChannel[0]")).isEqualTo("ONLINE 1 4 3 1 0 300 25500 true 0.33 null");
        assertThat(months(report, "byChannel[1]")).containsExactly(
                "2021-01 0 0 0 2 0 null null null",
                "2021-02 1 1 0 3 50 null null null",
                "2021-03 0 0 1 2 -33.33 null null null");
        assertThat(series(report, "byChannel[1]")).isEqualTo("OFFLINE 2 2 1 1 1 0 0 false 0.33 null");
    }

    @Test
    void yearOverYearAgainstTheThirtyPercentTarget() {
        JsonPath report = get("/api/v1/kpis/catalogue-growth?from=2022-01&to=2022-03");
        // against Jan 2021 (4), Feb 2021 (7), Mar 2021 (6)
        assertThat(months(report, "overall")).containsExactly(
                "2022-01 0 0 0 6 0 50 true false",
                "2022-02 0 0 0 6 0 -14.29 false false",
                "2022-03 0 0 0 6 0 0 false false");
        assertThat(series(report, "overall")).isEqualTo("all 6 6 0 0 0 0 0 false 0 false");
        // ONLINE: Jan 2021 2 → 4, Feb and Mar 2021 4 → 4
        assertThat(months(report, "byChannel[0]")).containsExactly(
                "2022-01 0 0 0 4 0 100 true null",
                "2022-02 0 0 0 4 0 0 false null",
                "2022-03 0 0 0 4 0 0 false null");
        // a whole year: the period's growth is the year-over-year growth of its last month
        JsonPath year = get("/api/v1/kpis/catalogue-growth?from=2021-04&to=2022-03");
        assertThat(year.getList("overall.months")).hasSize(12);
        assertThat(series(year, "overall")).isEqualTo("all 6 6 0 0 0 0 0 false 0 false");
        JsonPath first = get("/api/v1/kpis/catalogue-growth?from=2021-01&to=2021-12");
        assertThat(series(first, "overall")).isEqualTo("all 3 6 4 2 1 100 100 true 0.17 false");
    }

    @Test
    void periodsOfMonthsOrDatesWithDefaults() {
        // dates stand for their months
        JsonPath dates = get("/api/v1/kpis/catalogue-growth?from=2021-01-15&to=2021-03-31");
        assertThat(dates.getString("from")).isEqualTo("2021-01");
        assertThat(months(dates, "overall")).hasSize(3).first().isEqualTo("2021-01 1 1 0 4 33.33 null null false");
        // only from: twelve months from it
        JsonPath fromOnly = get("/api/v1/kpis/catalogue-growth?from=2021-01");
        assertThat(fromOnly.getString("to")).isEqualTo("2021-12");
        // nothing: the last twelve months up to the current one (market time)
        JsonPath current = get("/api/v1/kpis/catalogue-growth");
        YearMonth now = YearMonth.now(MarketTime.ZONE);
        assertThat(current.getString("to")).isEqualTo(now.toString());
        assertThat(current.getString("from")).isEqualTo(now.minusMonths(11).toString());
        assertThat(current.getList("overall.months")).hasSize(12);
    }

    @Test
    void badPeriodsAre400NamingTheParameterInEnglishOrAsAsked() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/catalogue-growth?from=2021-13")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/catalogue-growth?from=last-year")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/catalogue-growth?from=2020-01&to=2025-01")
                .then().statusCode(400).body("violations[0].field", equalTo("to"))
                .body("violations[0].message", equalTo("the period may span at most 60 months"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/kpis/catalogue-growth?from=2021-03&to=2021-01")
                .then().statusCode(400).body("violations[0].field", equalTo("to"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", equalTo("must not be before from (2021-03)"));
        given().auth().oauth2(Tokens.manager()).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .get("/api/v1/kpis/catalogue-growth?from=2021-03&to=2021-01")
                .then().statusCode(400).body("violations[0].field", equalTo("to"))
                .body("violations[0].message", equalTo("不能早于开始日期（2021-03）"))
                .body("detail", equalTo("to: 不能早于开始日期（2021-03）"));
    }

    @Test
    void staffOnly() {
        RoleMatrix.expect("GET /api/v1/kpis/catalogue-growth", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/kpis/catalogue-growth?from=2021-01&to=2021-03").statusCode());
    }

    // --- fixtures ------------------------------------------------------------------------------------------

    private record Event(LifecycleAction action, Instant at) {
    }

    private static Event event(LifecycleAction action, String shanghaiLocal) {
        return new Event(action, LocalDateTime.parse(shanghaiLocal).atZone(MarketTime.ZONE).toInstant());
    }

    /** A resource created through the API (a draft: no lifecycle event yet), then its history written with known dates. */
    private void resource(String type, Grade grade, ResourceStatus status, Event... events) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", type);
        body.put("nameZh", "增长测试资源");
        body.put("nameEn", "Growth test resource");
        body.put("regions", List.of("310000"));
        if (type.startsWith("offline")) {
            body.put("location", Map.of("latitude", 31.23, "longitude", 121.47));
        }
        String id = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(body)
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        UUID resourceId = UUID.fromString(id);
        QuarkusTransaction.requiringNew().run(() -> {
            ResourceStatus from = ResourceStatus.DRAFT;
            for (Event e : events) {
                LifecycleEvent event = new LifecycleEvent();
                event.id = Ids.newId();
                event.resourceId = resourceId;
                event.action = e.action();
                event.fromStatus = from;
                event.toStatus = switch (e.action()) {
                    case SUBMIT -> ResourceStatus.SUBMITTED;
                    case APPROVE, RESUME, RESTORE -> ResourceStatus.ACTIVE;
                    case REJECT -> ResourceStatus.REJECTED;
                    case SUSPEND -> ResourceStatus.SUSPENDED;
                    case RECTIFY -> ResourceStatus.RECTIFICATION;
                    case EXIT -> ResourceStatus.EXITED;
                };
                event.reason = "growth fixture";
                event.actor = "test";
                event.occurredAt = e.at();
                event.persist();
                from = event.toStatus;
            }
            em.createQuery("update Resource r set r.grade = :grade, r.status = :status where r.id = :id")
                    .setParameter("grade", grade).setParameter("status", status).setParameter("id", resourceId)
                    .executeUpdate();
        });
    }

    private static JsonPath get(String path) {
        String body = given().auth().oauth2(Tokens.finance()).get(path).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String number(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? "null" : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    private static List<String> months(JsonPath report, String series) {
        String list = series + ".months";
        return IntStream.range(0, report.getList(list).size()).mapToObj(i -> {
            String m = list + "[" + i + "]";
            return report.getString(m + ".month") + " " + number(report, m + ".newResources") + " "
                    + number(report, m + ".newQuality") + " " + number(report, m + ".exited") + " "
                    + number(report, m + ".netActive") + " " + number(report, m + ".momGrowthPercent") + " "
                    + number(report, m + ".yoyGrowthPercent") + " " + report.getString(m + ".meetsGrowthTarget") + " "
                    + report.getString(m + ".meetsQualityTarget");
        }).toList();
    }

    private static String series(JsonPath report, String s) {
        return report.getString(s + ".group") + " " + number(report, s + ".activeAtStart") + " "
                + number(report, s + ".activeAtEnd") + " " + number(report, s + ".newResources") + " "
                + number(report, s + ".newQuality") + " " + number(report, s + ".exited") + " "
                + number(report, s + ".growthPercent") + " " + number(report, s + ".annualisedGrowthPercent") + " "
                + report.getString(s + ".meetsGrowthTarget") + " " + number(report, s + ".averageNewQualityPerMonth") + " "
                + report.getString(s + ".meetsQualityTarget");
    }
}
