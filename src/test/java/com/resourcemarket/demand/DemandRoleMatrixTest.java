package com.resourcemarket.demand;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demand endpoint against every caller: no token, the owning partner (Huadong), another partner (Beauty
 * Clip), resource manager, finance and admin.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DemandRoleMatrixTest {

    private static final String NONE = "none";
    private static final Map<String, Supplier<String>> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put(NONE, () -> null);
        CALLERS.put("owner", Tokens::huadongClient);
        CALLERS.put("other-partner", Tokens::beautyClipClient);
        CALLERS.put("manager", Tokens::manager);
        CALLERS.put("finance", Tokens::finance);
        CALLERS.put("admin", Tokens::admin);
    }

    @BeforeEach
    void partners() {
        DemandFixtures.ensureDemoPartners();
    }

    private static RequestSpecification as(String caller) {
        String token = CALLERS.get(caller).get();
        RequestSpecification request = given().contentType("application/json");
        return token == null ? request : request.auth().oauth2(token);
    }

    private static void expect(String endpoint, Map<String, Integer> expected, BiFunction<String, RequestSpecification, Integer> call) {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String caller : CALLERS.keySet()) {
            actual.put(caller, call.apply(caller, as(caller)));
        }
        assertThat(actual).as(endpoint).isEqualTo(expected);
    }

    private static Map<String, Integer> statuses(int none, int owner, int other, int manager, int finance, int admin) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(NONE, none);
        map.put("owner", owner);
        map.put("other-partner", other);
        map.put("manager", manager);
        map.put("finance", finance);
        map.put("admin", admin);
        return map;
    }

    @Test
    void readEndpoints() {
        String id = DemandFixtures.huadongDemand("矩阵读取 matrix read");
        expect("GET /demands", statuses(401, 200, 200, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/demands").statusCode());
        expect("GET /demands/{id}", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/demands/" + id).statusCode());
        expect("GET /demands/{id}/history", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/demands/" + id + "/history").statusCode());
    }

    @Test
    void writeEndpoints() {
        expect("POST /demands", statuses(401, 201, 201, 201, 403, 201), (caller, request) -> {
            Map<String, Object> body = DemandFixtures.minimal("矩阵提交 " + caller);
            if (caller.equals("manager") || caller.equals("admin") || caller.equals("finance")) {
                body.put("partnerId", Tokens.HUADONG_PARTNER_ID);
            }
            return request.header("Idempotency-Key", DemandFixtures.newKey()).body(body).post("/api/v1/demands").statusCode();
        });
        // each caller tries to cancel its own fresh copy of the owner's demand
        expect("POST /demands/{id}/cancel", statuses(401, 200, 404, 200, 403, 200), (caller, request) -> {
            String id = DemandFixtures.huadongDemand("矩阵取消 matrix cancel " + caller);
            return request.body(Map.of("reason", "矩阵 " + caller)).post("/api/v1/demands/" + id + "/cancel").statusCode();
        });
    }
}
