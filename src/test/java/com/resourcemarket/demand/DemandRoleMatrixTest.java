package com.resourcemarket.demand;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.resourcemarket.testsupport.RoleMatrix.expect;
import static com.resourcemarket.testsupport.RoleMatrix.statuses;

/**
 * Every demand endpoint against every caller: no token, the owning partner (Huadong), another partner (Beauty
 * Clip), resource manager, finance and admin.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DemandRoleMatrixTest {


    @BeforeEach
    void partners() {
        DemandFixtures.ensureDemoPartners();
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
