package com.resourcemarket.partner;

import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The partner profile with real tokens: who may read and edit what, masking and audited reveal of contact
 * details, encryption at rest, optimistic locking, validation with field paths.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class PartnerProfileTest {

    static final String HUADONG = Tokens.HUADONG_PARTNER_ID;
    static final String BEAUTY = Tokens.BEAUTY_CLIP_PARTNER_ID;
    static final String PHONE = "13812345678";
    static final String ID_NUMBER = "11010519491231002X";
    static final String EMAIL = "wang.fang@huadong-appliance.example.com";

    @BeforeEach
    void demoPartnersExist() {
        PartnerResourceTest.register(HUADONG, "华东家电联合经销", "Huadong Appliance Dealers", "DEALER");
        PartnerResourceTest.register(BEAUTY, "美妆短视频", "Beauty Clip", "PLATFORM");
    }

    // ---- helpers

    static long version(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/partners/" + id)
                .then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static Map<String, Object> contact(String name, String phone, String idNumber, String email) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("title", "采购经理");
        contact.put("email", email);
        contact.put("phone", phone);
        contact.put("idNumber", idNumber);
        return contact;
    }

    /** Huadong's own profile as its partner would send it (names unchanged: other tests read them). */
    static Map<String, Object> huadongProfile(long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("nameZh", "华东家电联合经销");
        body.put("nameEn", "Huadong Appliance Dealers");
        body.put("type", "DEALER");
        body.put("regions", List.of("320500", "310000", "EAST_CHINA"));
        body.put("annualPurchase", Map.of("amount", "5000000.00", "currency", "CNY"));
        body.put("tags", List.of(
                Map.of("dimension", "REGION", "key", "region", "value", "华东"),
                Map.of("dimension", "VALUE", "key", "annual_purchase", "value", "≥ 500万元"),
                Map.of("dimension", "INDUSTRY", "key", "industry", "value", "家电 Home appliances")));
        body.put("contacts", List.of(contact("王芳", PHONE, ID_NUMBER, EMAIL),
                contact("李雷", "+86 21 6234 5678", null, null)));
        return body;
    }

    static ValidatableResponse put(String token, String id, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/partners/" + id).then();
    }

    /** Puts Huadong's standard profile in place (as its partner) and returns the new version. */
    static long resetHuadong() {
        return put(Tokens.huadongClient(), HUADONG, huadongProfile(version(Tokens.huadongClient(), HUADONG)))
                .statusCode(200).extract().jsonPath().getLong("version");
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(LocalStackTestResource.database().jdbcUrl(),
                EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD);
    }

    static byte[] uuidBytes(String id) {
        UUID uuid = UUID.fromString(id);
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    static int reveals(String partnerId, String username) throws SQLException {
        try (Connection connection = db(); PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM partner_contact_reveals WHERE partner_id = ? AND actor_username = ?")) {
            statement.setBytes(1, uuidBytes(partnerId));
            statement.setString(2, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    // ---- a partner and its own profile

    @Test
    void partnerEditsItsOwnProfileAndSeesItsContactsInFull() {
        long before = version(Tokens.huadongClient(), HUADONG);
        put(Tokens.huadongUser(), HUADONG, huadongProfile(before))
                .statusCode(200)
                .body("version", equalTo((int) before + 1))
                .body("nameZh", equalTo("华东家电联合经销"))
                .body("regions", equalTo(List.of("310000", "320500", "EAST_CHINA")))
                .body("annualPurchase.amount", equalTo("5000000.00"))
                .body("annualPurchase.currency", equalTo("CNY"))
                .body("tags[0].dimension", equalTo("REGION")).body("tags[0].value", equalTo("华东"))
                .body("tags[1].value", equalTo("≥ 500万元"))
                .body("contacts[0].name", equalTo("王芳")).body("contacts[0].title", equalTo("采购经理"))
                .body("contacts[0].phone", equalTo(PHONE))
                .body("contacts[0].idNumber", equalTo(ID_NUMBER))
                .body("contacts[0].email", equalTo(EMAIL))
                .body("contacts[0].masked", equalTo(false))
                .body("contacts[1].phone", equalTo("+86 21 6234 5678"));

        for (String token : List.of(Tokens.huadongClient(), Tokens.huadongUser())) {
            given().auth().oauth2(token).get("/api/v1/partners/me")
                    .then().statusCode(200).body("id", equalTo(HUADONG))
                    .body("contacts[0].phone", equalTo(PHONE)).body("contacts[0].masked", equalTo(false));
            given().auth().oauth2(token).get("/api/v1/partners/" + HUADONG + "?reveal=true")
                    .then().statusCode(200).body("contacts[0].idNumber", equalTo(ID_NUMBER));
        }
    }

    @Test
    void meIsForPartnerTokensOnly() {
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/partners/me")
                .then().statusCode(200).body("id", equalTo(BEAUTY)).body("nameEn", equalTo("Beauty Clip"));
        for (String staff : List.of(Tokens.manager(), Tokens.finance(), Tokens.admin())) {
            given().auth().oauth2(staff).get("/api/v1/partners/me")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/v1/partners/me").then().statusCode(401);
    }

    @Test
    void aPartnerNeitherReadsNorEditsAnotherPartner() {
        resetHuadong();
        long huadong = version(Tokens.manager(), HUADONG);
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/partners/" + HUADONG)
                .then().statusCode(403).contentType("application/problem+json").body(not(PHONE));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/partners/" + HUADONG + "?reveal=true")
                .then().statusCode(403);
        Map<String, Object> hijack = huadongProfile(huadong);
        hijack.put("nameEn", "Hijacked");
        put(Tokens.beautyClipClient(), HUADONG, hijack).statusCode(403).contentType("application/problem+json");
        put(Tokens.huadongClient(), BEAUTY, hijack).statusCode(403);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + HUADONG)
                .then().statusCode(200).body("nameEn", equalTo("Huadong Appliance Dealers"))
                .body("version", equalTo((int) huadong));
    }

    @Test
    void aPartnerMayNotChangeItsType() {
        Map<String, Object> body = huadongProfile(version(Tokens.huadongClient(), HUADONG));
        body.put("type", "BRAND");
        put(Tokens.huadongClient(), HUADONG, body).statusCode(400)
                .body("violations[0].field", equalTo("type"));
    }

    // ---- staff

    @Test
    void staffSeeContactsMasked() {
        resetHuadong();
        for (String token : List.of(Tokens.manager(), Tokens.finance(), Tokens.admin())) {
            given().auth().oauth2(token).get("/api/v1/partners/" + HUADONG)
                    .then().statusCode(200)
                    .body("contacts[0].phone", equalTo("138****5678"))
                    .body("contacts[0].idNumber", equalTo("110105********002X"))
                    .body("contacts[0].email", equalTo("w***@huadong-appliance.example.com"))
                    .body("contacts[0].masked", equalTo(true))
                    .body("contacts[0].name", equalTo("王芳"))
                    .body("contacts[1].phone", equalTo("+86 216****5678"))
                    .body("contacts[1].idNumber", nullValue())
                    .body(not(PHONE)).body(not(ID_NUMBER)).body(not("wang.fang"));
        }
        given().auth().oauth2(Tokens.finance()).get("/api/v1/partners?limit=200")
                .then().statusCode(200)
                .body(not(PHONE)).body(not(ID_NUMBER))
                .body("find { it.id == '" + HUADONG + "' }.contacts[0].phone", equalTo("138****5678"));
    }

    @Test
    void managersAndAdminsRevealAndEveryRevealIsAudited() throws SQLException {
        resetHuadong();
        int managerBefore = reveals(HUADONG, "manager");
        int adminBefore = reveals(HUADONG, "admin.user");
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + HUADONG + "?reveal=true")
                .then().statusCode(200).body("contacts[0].phone", equalTo(PHONE))
                .body("contacts[0].idNumber", equalTo(ID_NUMBER)).body("contacts[0].masked", equalTo(false));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/partners/" + HUADONG + "?reveal=true")
                .then().statusCode(200).body("contacts[0].email", equalTo(EMAIL));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + HUADONG + "?reveal=false")
                .then().statusCode(200).body("contacts[0].phone", equalTo("138****5678"));
        assertThat(reveals(HUADONG, "manager")).isEqualTo(managerBefore + 1);
        assertThat(reveals(HUADONG, "admin.user")).isEqualTo(adminBefore + 1);

        try (Connection connection = db(); PreparedStatement statement = connection.prepareStatement(
                "SELECT actor_subject, actor_roles, contact_count, revealed_at FROM partner_contact_reveals "
                        + "WHERE partner_id = ? AND actor_username = 'manager' ORDER BY revealed_at DESC LIMIT 1")) {
            statement.setBytes(1, uuidBytes(HUADONG));
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("actor_subject")).isNotBlank();
                assertThat(row.getString("actor_roles")).isEqualTo("resource-manager");
                assertThat(row.getInt("contact_count")).isEqualTo(2);
                assertThat(row.getTimestamp("revealed_at")).isNotNull();
            }
        }
    }

    @Test
    void financeMayNotReveal() throws SQLException {
        int before = reveals(HUADONG, "finance");
        given().auth().oauth2(Tokens.finance()).get("/api/v1/partners/" + HUADONG + "?reveal=true")
                .then().statusCode(403).contentType("application/problem+json").body(not(PHONE));
        assertThat(reveals(HUADONG, "finance")).isEqualTo(before);
    }

    @Test
    void badRevealValueIs400() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + HUADONG + "?reveal=maybe")
                .then().statusCode(400).body("violations[0].field", equalTo("reveal"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void managersAndAdminsEditAnyPartnerFinanceNone() {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version(Tokens.manager(), BEAUTY));
        body.put("nameZh", "美妆短视频");
        body.put("nameEn", "Beauty Clip");
        body.put("type", "PLATFORM");
        body.put("regions", List.of("440300", "SOUTH_CHINA"));
        body.put("tags", List.of(Map.of("dimension", "ATTRIBUTE", "key", "female_users", "value", "80%")));
        put(Tokens.finance(), BEAUTY, body).statusCode(403).contentType("application/problem+json");

        long afterManager = put(Tokens.manager(), BEAUTY, body).statusCode(200)
                .body("regions", equalTo(List.of("440300", "SOUTH_CHINA")))
                .body("annualPurchase", nullValue())
                .extract().jsonPath().getLong("version");
        body.put("version", afterManager);
        body.put("type", "AGENCY");
        put(Tokens.admin(), BEAUTY, body).statusCode(200).body("type", equalTo("AGENCY"))
                .body("version", equalTo((int) afterManager + 1));
        body.put("version", afterManager + 1);
        body.put("type", "PLATFORM");
        put(Tokens.manager(), BEAUTY, body).statusCode(200);
        put(Tokens.manager(), UUID.randomUUID().toString(), body).statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body(body).put("/api/v1/partners/" + BEAUTY).then().statusCode(401);
    }

    @Test
    void staffKeepStoredContactDetailsByOmittingThem() {
        resetHuadong();
        var masked = given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + HUADONG)
                .then().statusCode(200).extract().jsonPath();
        String contactId = masked.getString("contacts[0].id");
        Map<String, Object> body = huadongProfile(masked.getLong("version"));
        Map<String, Object> edited = new LinkedHashMap<>();
        edited.put("id", contactId);
        edited.put("name", "王芳");
        edited.put("title", "采购总监");
        body.put("contacts", List.of(edited));
        put(Tokens.manager(), HUADONG, body).statusCode(200)
                .body("contacts[0].id", equalTo(contactId))
                .body("contacts[0].phone", equalTo("138****5678"));

        // a masked value written back is refused rather than stored
        Map<String, Object> maskedBack = new LinkedHashMap<>(edited);
        maskedBack.put("phone", "138****5678");
        maskedBack.put("email", "w***@huadong-appliance.example.com");
        body.put("version", version(Tokens.manager(), HUADONG));
        body.put("contacts", List.of(maskedBack));
        put(Tokens.manager(), HUADONG, body).statusCode(400)
                .body("violations.field", hasItem("contacts[0].phone"))
                .body("violations.field", hasItem("contacts[0].email"));

        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/partners/me")
                .then().statusCode(200).body("contacts.size()", equalTo(1))
                .body("contacts[0].title", equalTo("采购总监"))
                .body("contacts[0].phone", equalTo(PHONE))
                .body("contacts[0].idNumber", equalTo(ID_NUMBER))
                .body("contacts[0].email", equalTo(EMAIL));
    }

    // ---- encryption at rest

    @Test
    void contactDetailsAreEncryptedAtRest() throws SQLException {
        resetHuadong();
        try (Connection connection = db(); PreparedStatement statement = connection.prepareStatement(
                "SELECT name, email_enc, phone_enc, id_number_enc FROM partner_contacts WHERE partner_id = ? AND position = 0")) {
            statement.setBytes(1, uuidBytes(HUADONG));
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).isEqualTo("王芳");
                byte[] phone = row.getBytes("phone_enc");
                byte[] idNumber = row.getBytes("id_number_enc");
                byte[] email = row.getBytes("email_enc");
                assertThat(phone[0]).as("key version byte").isEqualTo((byte) 1);
                assertThat(phone).hasSize(1 + 12 + PHONE.length() + 16);
                assertNoRunOf(PHONE, phone);
                assertNoRunOf(ID_NUMBER, idNumber);
                assertThat(new String(email, StandardCharsets.ISO_8859_1)).doesNotContain("wang").doesNotContain("huadong");
            }
        }
        try (Connection connection = db(); PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM partner_contacts WHERE phone_enc LIKE ? OR id_number_enc LIKE ?")) {
            statement.setString(1, "%5678%");
            statement.setString(2, "%002X%");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).isZero();
            }
        }
    }

    /** Not the plaintext, nor any run of 4 of its characters. */
    private static void assertNoRunOf(String plaintext, byte[] stored) {
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        for (int i = 0; i + 4 <= plaintext.length(); i++) {
            assertThat(raw).doesNotContain(plaintext.substring(i, i + 4));
        }
    }

    @Test
    void sameContactIsStoredDifferentlyForTwoPartners() throws SQLException {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("nameZh", "同一联系人测试");
        body.put("nameEn", "Same Contact Test");
        body.put("type", "SUPPLIER");
        body.put("contacts", List.of(contact("王芳", PHONE, ID_NUMBER, EMAIL)));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(201);
        resetHuadong();
        List<byte[]> stored = new ArrayList<>();
        try (Connection connection = db(); PreparedStatement statement = connection.prepareStatement(
                "SELECT phone_enc FROM partner_contacts WHERE partner_id IN (?, ?) AND position = 0")) {
            statement.setBytes(1, uuidBytes(id));
            statement.setBytes(2, uuidBytes(HUADONG));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getBytes(1));
                }
            }
        }
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)).isNotEqualTo(stored.get(1));
    }

    // ---- optimistic locking

    @Test
    void staleVersionIs409AndLosesNothing() {
        long current = resetHuadong();
        Map<String, Object> first = huadongProfile(current);
        first.put("regions", List.of("330200"));
        put(Tokens.huadongClient(), HUADONG, first).statusCode(200).body("version", equalTo((int) current + 1));

        Map<String, Object> second = huadongProfile(current);
        second.put("regions", List.of("440300"));
        put(Tokens.manager(), HUADONG, second).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://resource-market.example/problems/stale-version"))
                .body("detail", containsString("version " + current));

        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/partners/me")
                .then().statusCode(200).body("regions", equalTo(List.of("330200")))
                .body("version", equalTo((int) current + 1));
    }

    @Test
    void concurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
        long current = resetHuadong();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        String token = Tokens.huadongClient();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Map<String, Object> body = huadongProfile(current);
                body.put("tags", List.of(Map.of("dimension", "ATTRIBUTE", "key", "writer", "value", "writer-" + i)));
                Callable<Integer> write = () -> {
                    start.await();
                    return put(token, HUADONG, body).extract().statusCode();
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(token).get("/api/v1/partners/me")
                .then().statusCode(200).body("version", equalTo((int) current + 1))
                .body("tags.size()", equalTo(1)).body("tags[0].key", equalTo("writer"));
    }

    // ---- validation

    @Test
    void badInputIs400WithFieldPathsAndWritesNothing() {
        long current = resetHuadong();
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("contacts[0].phone", with(current, "contacts", List.of(contact("王芳", "call me", null, null))));
        cases.put("contacts[1].idNumber", with(current, "contacts",
                List.of(contact("王芳", PHONE, null, null), contact("李雷", null, "1101051949123100", null))));
        cases.put("contacts[0].email", with(current, "contacts", List.of(contact("王芳", null, null, "not-an-email"))));
        cases.put("contacts[0].name", with(current, "contacts", List.of(contact(" ", PHONE, null, null))));
        cases.put("regions[1]", with(current, "regions", List.of("310000", "not a code")));
        cases.put("annualPurchase.amount", with(current, "annualPurchase", Map.of("amount", "-1.00", "currency", "CNY")));
        cases.put("annualPurchase.currency", with(current, "annualPurchase", Map.of("amount", "10.00", "currency", "USD")));
        cases.put("tags[0].key", with(current, "tags", List.of(Map.of("dimension", "REGION", "key", "Bad Key", "value", "华东"))));
        cases.put("tags[0].value", with(current, "tags", List.of(Map.of("dimension", "REGION", "key", "region", "value", ""))));
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Map.of("dimension", "ATTRIBUTE", "key", "k" + i, "value", "v"));
        }
        cases.put("tags", with(current, "tags", many));
        cases.put("version", with(current, "version", null));
        cases.forEach((field, body) -> put(Tokens.huadongClient(), HUADONG, body)
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)));

        // rules checked by the service name their field too
        put(Tokens.huadongClient(), HUADONG, with(current, "regions", List.of("310000", "999999")))
                .statusCode(400).body("violations[0].field", equalTo("regions[1]"))
                .body("violations[0].message", containsString("999999"));
        put(Tokens.huadongClient(), HUADONG, with(current, "contacts",
                List.of(contact("王芳", PHONE, "110105194912310021", null))))
                .statusCode(400).body("violations[0].field", equalTo("contacts[0].idNumber"));
        Map<String, Object> unknownContact = contact("王芳", PHONE, null, null);
        unknownContact.put("id", UUID.randomUUID().toString());
        put(Tokens.huadongClient(), HUADONG, with(current, "contacts", List.of(unknownContact)))
                .statusCode(400).body("violations[0].field", equalTo("contacts[0].id"));
        put(Tokens.huadongClient(), HUADONG, "{\"version\": " + current + ", \"nameZh\": \"甲\", \"nameEn\": \"A\", "
                + "\"type\": \"DEALER\", \"annualPurchase\": {\"amount\": \"1.234\", \"currency\": \"CNY\"}}")
                .statusCode(400).body("violations.field", hasItem("annualPurchase.amount"));

        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/partners/me")
                .then().statusCode(200).body("version", equalTo((int) current))
                .body("regions", equalTo(List.of("310000", "320500", "EAST_CHINA")))
                .body("contacts.size()", equalTo(2))
                .body("contacts[0].phone", equalTo(PHONE));
    }

    private static Map<String, Object> with(long version, String field, Object value) {
        Map<String, Object> body = huadongProfile(version);
        body.put(field, value);
        return body;
    }

    // ---- creation with a full profile

    @Test
    void managerCreatesAFullProfileChineseNamesRoundTrip() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("nameZh", "深圳市前海跨境电商产业园（一期）");
        body.put("nameEn", "Qianhai Cross-border E-commerce Park");
        body.put("type", "VENUE");
        body.put("regions", List.of("440300"));
        body.put("annualPurchase", Map.of("amount", "12345678901234.56", "currency", "CNY"));
        body.put("tags", List.of(Map.of("dimension", "TYPE", "key", "venue_type", "value", "产业园区")));
        body.put("contacts", List.of(contact("欧阳娜娜", "+8613912345678", withCheckCharacter("44030519900101123"), null)));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(201)
                .body("nameZh", equalTo("深圳市前海跨境电商产业园（一期）"))
                .body("annualPurchase.amount", equalTo("12345678901234.56"))
                .body("contacts[0].phone", equalTo("+86 139****5678"))
                .body("contacts[0].idNumber", containsString("********"))
                .body("contacts[0].masked", equalTo(true))
                .body("version", equalTo(0));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/partners/" + id)
                .then().statusCode(200).body("nameZh", equalTo("深圳市前海跨境电商产业园（一期）"))
                .body("tags[0].value", equalTo("产业园区")).body("contacts[0].name", equalTo("欧阳娜娜"))
                .body("annualPurchase.amount", equalTo("12345678901234.56"));
    }

    @Test
    void createWithBadProfileWritesNothing() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("nameZh", "坏区域");
        body.put("nameEn", "Bad Region");
        body.put("type", "BRAND");
        body.put("regions", List.of("123456"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(400).body("violations[0].field", equalTo("regions[0]"));
        body.put("regions", List.of("310000"));
        body.put("contacts", List.of(contact("王芳", "12", null, null)));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(400).body("violations.field", hasItem("contacts[0].phone"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners?limit=200")
                .then().statusCode(200).body("nameEn", everyItem(org.hamcrest.Matchers.not("Bad Region")));
    }

    static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + checks[sum % 11];
    }

    private static org.hamcrest.Matcher<String> not(String text) {
        return org.hamcrest.Matchers.not(containsString(text));
    }
}
