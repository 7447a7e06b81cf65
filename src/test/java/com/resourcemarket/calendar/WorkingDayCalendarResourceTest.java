package com.resourcemarket.calendar;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The calendar API: seeded 2026 holidays, counts, edits by managers and admins, cache invalidated on edit. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class WorkingDayCalendarResourceTest {

    @Inject
    WorkingDayCalendar calendar;

    private static List<String> everyRole() {
        return List.of(Tokens.huadongClient(), Tokens.manager(), Tokens.finance(), Tokens.admin());
    }

    private static ValidatableResponse count(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/calendar/working-days" + query).then();
    }

    private static ValidatableResponse put(String token, String date, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/calendar/days/" + date).then();
    }

    private static ValidatableResponse delete(String token, String date) {
        return given().auth().oauth2(token).delete("/api/v1/calendar/days/" + date).then();
    }

    private static Map<String, Object> day(String kind, String zh, String en, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("nameZh", zh);
        body.put("nameEn", en);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static void assertBadRequest(ValidatableResponse response, String field, String in) {
        response.statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)).body("violations.in", hasItem(in))
                .body(not(containsString("Exception")));
    }

    @Test
    void everyRoleReadsTheSeeded2026Calendar() {
        for (String token : everyRole()) {
            given().auth().oauth2(token).get("/api/v1/calendar/days?year=2026").then().statusCode(200)
                    .body("size()", equalTo(39))
                    .body("date", hasItems("2026-01-01", "2026-02-15", "2026-02-23", "2026-04-06", "2026-06-19",
                            "2026-09-25", "2026-10-07"))
                    .body("find { it.date == '2026-10-10' }.kind", equalTo("MAKEUP_WORKDAY"))
                    .body("find { it.date == '2026-10-10' }.workingDay", equalTo(true))
                    .body("find { it.date == '2026-10-01' }.kind", equalTo("HOLIDAY"))
                    .body("find { it.date == '2026-10-01' }.nameZh", equalTo("国庆节"))
                    .body("find { it.date == '2026-02-14' }.nameZh", equalTo("春节调休上班"))
                    .body("[0].date", equalTo("2026-01-01"));
        }
        given().auth().oauth2(Tokens.finance()).get("/api/v1/calendar/days?year=2025").then().statusCode(200)
                .body("size()", equalTo(33)).body("date", hasItems("2025-01-28", "2025-10-08", "2025-10-11"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/calendar/days?year=2031").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void everyRoleCountsWorkingDays() {
        for (String token : everyRole()) {
            // Across 国庆 2026: Oct 8, 9, 10 (make-up Saturday), 12.
            count(token, "?from=2026-09-30&to=2026-10-12").statusCode(200)
                    .body("from", equalTo("2026-09-30")).body("to", equalTo("2026-10-12"))
                    .body("workingDays", equalTo(4));
        }
        count(Tokens.manager(), "?from=2026-02-12&to=2026-02-27").statusCode(200).body("workingDays", equalTo(6));
        count(Tokens.manager(), "?from=2026-03-09&to=2026-03-09").statusCode(200).body("workingDays", equalTo(0));
        count(Tokens.manager(), "?from=2026-03-06&to=2026-03-09").statusCode(200).body("workingDays", equalTo(1));
        count(Tokens.manager(), "?from=2025-09-30&to=2025-10-09").statusCode(200).body("workingDays", equalTo(1));
    }

    @Test
    void theServiceReadsTheSeed() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
        assertThat(calendar.workingDaysBetween(Instant.parse("2026-09-30T15:30:00Z"), Instant.parse("2026-10-11T17:00:00Z")))
                .as("23:30 30 Sep to 01:00 12 Oct, Shanghai").isEqualTo(4);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 7)).isEqualTo(LocalDate.parse("2026-10-15"));
    }

    @Test
    void badQueryParametersAreNamed() {
        String token = Tokens.finance();
        assertBadRequest(count(token, "?from=2026-10-12&to=2026-09-30"), "to", "query");
        assertBadRequest(count(token, "?from=2026-02-30&to=2026-03-02"), "from", "query");
        assertBadRequest(count(token, "?from=30.09.2026&to=2026-10-12"), "from", "query");
        assertBadRequest(count(token, "?from=2026-09-30"), "to", "query");
        assertBadRequest(count(token, "?from=1999-12-31&to=2026-01-01"), "from", "query");
        assertBadRequest(given().auth().oauth2(token).get("/api/v1/calendar/days?year=abc").then(), "year", "query");
        assertBadRequest(given().auth().oauth2(token).get("/api/v1/calendar/days?year=1999").then(), "year", "query");
        assertBadRequest(given().auth().oauth2(token).get("/api/v1/calendar/days").then(), "year", "query");
    }

    @Test
    void withoutTokenIs401() {
        given().get("/api/v1/calendar/days?year=2026").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/calendar/working-days?from=2026-09-30&to=2026-10-12").then().statusCode(401);
        given().contentType("application/json").body(day("HOLIDAY", "无", "None", null))
                .put("/api/v1/calendar/days/2030-01-02").then().statusCode(401);
        given().delete("/api/v1/calendar/days/2026-10-01").then().statusCode(401);
    }

    @Test
    void partnersAndFinanceCannotEdit() {
        for (String token : List.of(Tokens.huadongClient(), Tokens.huadongUser(), Tokens.finance())) {
            put(token, "2030-01-02", day("HOLIDAY", "禁止", "Forbidden", null)).statusCode(403)
                    .contentType("application/problem+json");
            delete(token, "2026-10-01").statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.manager()).get("/api/v1/calendar/days?year=2030").then()
                .body("date", not(hasItem("2030-01-02")));
        count(Tokens.manager(), "?from=2026-09-30&to=2026-10-12").body("workingDays", equalTo(4));
    }

    @Test
    void badEditsAreNamed() {
        String token = Tokens.manager();
        // 2030-06-05 is a Wednesday: a make-up working day must be a weekend day.
        assertBadRequest(put(token, "2030-06-05", day("MAKEUP_WORKDAY", "调休", "Make-up", null)), "kind", "body");
        assertBadRequest(put(token, "2030-06-31", day("HOLIDAY", "假", "Holiday", null)), "date", "path");
        assertBadRequest(put(token, "tomorrow", day("HOLIDAY", "假", "Holiday", null)), "date", "path");
        put(token, "2030-06-05", day("HOLIDAY", "", "Holiday", null)).statusCode(400)
                .body("violations.field", hasItem(containsString("nameZh")));
        put(token, "2030-06-05", day(null, "假", "Holiday", null)).statusCode(400)
                .body("violations.field", hasItem(containsString("kind")));
        put(token, "2030-06-05", day("HOLIDAY", "假", "x".repeat(201), null)).statusCode(400)
                .body("violations.field", hasItem(containsString("nameEn")));
        put(token, "2030-06-05", day("WEEKEND", "假", "Holiday", null)).statusCode(400)
                .contentType("application/problem+json").body(containsString("kind"));
        delete(token, "2030-06-05").statusCode(404).contentType("application/problem+json");
        assertBadRequest(delete(token, "2030-13-01"), "date", "path");
        given().auth().oauth2(token).get("/api/v1/calendar/days?year=2030").then()
                .body("date", not(hasItem("2030-06-05")));
    }

    @Test
    void anEditChangesTheCountAtOnce() {
        // Mon 2030-03-04 -> Fri 2030-03-08, no entries in 2030: Tue, Wed, Thu, Fri.
        String span = "?from=2030-03-04&to=2030-03-08";
        count(Tokens.finance(), span).body("workingDays", equalTo(4));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-03-06"))).isTrue();

        put(Tokens.manager(), "2030-03-06", day("HOLIDAY", "测试假日", "Test holiday", null)).statusCode(201)
                .body("date", equalTo("2030-03-06")).body("kind", equalTo("HOLIDAY")).body("workingDay", equalTo(false))
                .body("version", equalTo(0));
        count(Tokens.finance(), span).body("workingDays", equalTo(3));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-03-06"))).isFalse();

        // Sat 2030-03-09 becomes a make-up working day: Mon 4 -> Sat 9 is Tue, Thu, Fri, Sat.
        put(Tokens.admin(), "2030-03-09", day("MAKEUP_WORKDAY", "测试调休", "Test make-up day", null)).statusCode(201)
                .body("workingDay", equalTo(true));
        count(Tokens.huadongClient(), "?from=2030-03-04&to=2030-03-09").body("workingDays", equalTo(4));

        // Changing needs the version read.
        put(Tokens.manager(), "2030-03-06", day("HOLIDAY", "测试假日", "Renamed", null)).statusCode(409);
        put(Tokens.manager(), "2030-03-06", day("HOLIDAY", "测试假日", "Renamed", 7L)).statusCode(409)
                .contentType("application/problem+json");
        put(Tokens.manager(), "2030-03-06", day("HOLIDAY", "测试假日", "Renamed", 0L)).statusCode(200)
                .body("nameEn", equalTo("Renamed")).body("version", equalTo(1));
        put(Tokens.manager(), "2030-03-07", day("HOLIDAY", "测试", "Gone", 0L)).statusCode(409);
        given().auth().oauth2(Tokens.finance()).get("/api/v1/calendar/days?year=2030").then().statusCode(200)
                .body("date", hasItems("2030-03-06", "2030-03-09")).body("date", not(hasItem("2030-03-07")));

        delete(Tokens.admin(), "2030-03-06").statusCode(204);
        delete(Tokens.manager(), "2030-03-09").statusCode(204);
        delete(Tokens.manager(), "2030-03-09").statusCode(404);
        count(Tokens.finance(), span).body("workingDays", equalTo(4));
        count(Tokens.finance(), "?from=2030-03-04&to=2030-03-09").body("workingDays", equalTo(4));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-03-06"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2030-03-09"))).isFalse();
    }
}
