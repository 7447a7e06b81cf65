package com.resourcemarket.commission;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;

import static com.resourcemarket.commission.CommissionFixtures.OFFLINE;
import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.refund;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Reports by dimension, ROI flagged below 3, CSV and XLSX exports. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CommissionReportTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    @Test
    void reportsRoiAndExports() throws Exception {
        YearMonth m1 = CommissionFixtures.freshMonths(2);
        YearMonth m2 = m1.plusMonths(1);
        String f = Tokens.finance();
        UUID partner = CommissionFixtures.newPartner("report");
        UUID plan = CommissionFixtures.plan(CommissionFixtures.standardRules());
        UUID good = CommissionFixtures.signed(plan, partner);
        UUID poor = CommissionFixtures.signed(plan, partner);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update cooperations set price_amount = 50000.00 where id = ?1").setParameter(1, bytes(poor)).executeUpdate());
        postBatch(f, List.of(
                sale("r-1", good, ONLINE, "20000.00", at(m1, 2, 10), partner),
                sale("r-2", good, OFFLINE, "1000.00", at(m1, 2, 10), partner),
                sale("r-3", poor, ONLINE, "4000.00", at(m1, 2, 10), partner),
                refund("r-4", "r-1", good, ONLINE, "2000.00", at(m2, 2, 10), partner))).then().statusCode(200);
        settle(f, m1).then().statusCode(201);
        settle(f, m2).then().statusCode(201);

        List<Map<String, Object>> byType = given().auth().oauth2(f).queryParam("from", m1.toString()).queryParam("to", m2.toString())
                .queryParam("groupBy", "CONTRIBUTION_TYPE").get("/api/v1/commission/reports").then().statusCode(200).extract().path("$");
        Map<String, Object> online = byType.stream().filter(r -> r.get("key").equals(ONLINE)).findFirst().orElseThrow();
        // 20000 × 7 % + 4000 × 5 % = 1400 + 200; clawback 2000 × 7 % = 140
        assertThat(online.get("commission").toString()).isEqualTo("1600.0");
        assertThat(online.get("clawbacks").toString()).isEqualTo("-140.0");
        assertThat(online.get("total").toString()).isEqualTo("1460.0");
        assertThat(online.get("events")).isEqualTo(3);
        List<Map<String, Object>> byPartner = given().auth().oauth2(Tokens.manager()).queryParam("from", m1.toString())
                .queryParam("to", m2.toString()).queryParam("groupBy", "PARTNER").get("/api/v1/commission/reports")
                .then().statusCode(200).extract().path("$");
        assertThat(byPartner).extracting(r -> r.get("key")).containsExactly(partner.toString());
        assertThat(byPartner.get(0).get("total").toString()).isEqualTo("1490.0");
        given().auth().oauth2(f).queryParam("from", m2.toString()).queryParam("to", m1.toString())
                .get("/api/v1/commission/reports").then().statusCode(400);
        given().auth().oauth2(f).queryParam("from", m1.toString()).queryParam("to", m2.toString()).queryParam("groupBy", "COLOUR")
                .get("/api/v1/commission/reports").then().statusCode(400);

        List<Map<String, Object>> roi = given().auth().oauth2(f).queryParam("from", m1.toString()).queryParam("to", m2.toString())
                .get("/api/v1/commission/reports/roi").then().statusCode(200).extract().path("$");
        Map<String, Object> poorRow = roi.stream().filter(r -> r.get("cooperationId").equals(poor.toString())).findFirst().orElseThrow();
        Map<String, Object> goodRow = roi.stream().filter(r -> r.get("cooperationId").equals(good.toString())).findFirst().orElseThrow();
        // 4000 / (50000 + 200) = 0.08
        assertThat(poorRow.get("roi").toString()).isEqualTo("0.08");
        assertThat(poorRow.get("belowTarget")).isEqualTo(true);
        assertThat(goodRow.get("belowTarget")).isEqualTo(false);

        String csv = new String(given().auth().oauth2(f).accept("*/*").queryParam("period", m1.toString())
                .get("/api/v1/commission/reports/export").then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("\uFEFFperiod,partner_id,statement_id");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).allSatisfy(row -> assertThat(row).startsWith(m1 + "," + partner));
        String events = new String(given().auth().oauth2(f).accept("*/*").queryParam("period", m1.toString())
                .queryParam("level", "EVENTS").get("/api/v1/commission/reports/export").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(events.lines().count()).isEqualTo(4);
        assertThat(events).contains("r-1").contains("20000.00");

        byte[] xlsx = given().auth().oauth2(f).accept("*/*").queryParam("period", m1.toString()).queryParam("format", "XLSX")
                .get("/api/v1/commission/reports/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        String sheet = null;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("commission", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    sheet = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheet).contains(partner.toString()).contains(ONLINE).contains("1400");
        given().auth().oauth2(f).accept("*/*").queryParam("period", "2001-99").get("/api/v1/commission/reports/export")
                .then().statusCode(400);
    }

    private static byte[] bytes(UUID id) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return buffer.array();
    }
}
