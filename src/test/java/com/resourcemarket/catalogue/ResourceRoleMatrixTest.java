package com.resourcemarket.catalogue;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.resourcemarket.catalogue.CatalogueFixtures.contentPlatform;
import static com.resourcemarket.catalogue.CatalogueFixtures.create;
import static com.resourcemarket.catalogue.CatalogueFixtures.retailStore;
import static com.resourcemarket.testsupport.RoleMatrix.expect;
import static com.resourcemarket.testsupport.RoleMatrix.statuses;
import static io.restassured.RestAssured.given;

/**
 * Every catalogue endpoint against every caller: no token, the owning partner, another partner, resource
 * manager, finance and admin. Expected statuses are written out per endpoint.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ResourceRoleMatrixTest {


    @BeforeEach
    void partners() {
        CatalogueFixtures.ensureDemoPartners();
    }

    @Test
    void readEndpoints() {
        String draft = create(Tokens.huadongClient(), retailStore("矩阵草稿", "Matrix draft", 100, 31.2, 121.4))
                .then().statusCode(201).extract().path("id");
        CatalogueFixtures.act(Tokens.huadongClient(), draft, "SUBMIT", null).then().statusCode(200);

        expect("GET /resources", statuses(401, 200, 200, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/resources").statusCode());
        expect("GET /resources/{id} (submitted)", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/resources/" + draft).statusCode());
        expect("GET /resources/{id}/lifecycle", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/resources/" + draft + "/lifecycle").statusCode());
        expect("GET /resources/{id}/admission", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/resources/" + draft + "/admission").statusCode());
        expect("GET /resources/{id}/grade-history", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/resources/" + draft + "/grade-history").statusCode());
        expect("GET /resources/{id}/evaluations", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/resources/" + draft + "/evaluations").statusCode());
        expect("GET /evaluation-weights", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/evaluation-weights").statusCode());
        expect("GET /evaluation-weights/history", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/evaluation-weights/history").statusCode());
    }

    @Test
    void writeEndpoints() {
        expect("POST /resources", statuses(401, 201, 201, 201, 403, 201), (caller, request) -> {
            Map<String, Object> body = retailStore("矩阵新建" + caller, "Matrix create " + caller, 100, 31.2, 121.4);
            if (caller.equals("manager") || caller.equals("admin") || caller.equals("finance")) {
                body.put("ownerPartnerId", Tokens.HUADONG_PARTNER_ID);
            }
            return request.body(body).post("/api/v1/resources").statusCode();
        });

        String id = create(Tokens.huadongClient(), retailStore("矩阵编辑", "Matrix edit", 100, 31.2, 121.4))
                .then().statusCode(201).extract().path("id");
        expect("PUT /resources/{id} (draft)", statuses(401, 200, 404, 200, 403, 200), (caller, request) -> {
            int version = given().auth().oauth2(Tokens.admin()).get("/api/v1/resources/" + id).then().extract().path("version");
            Map<String, Object> body = retailStore("矩阵编辑", "Matrix edit " + caller, 100, 31.2, 121.4);
            body.put("version", version);
            return request.body(body).put("/api/v1/resources/" + id).statusCode();
        });
        expect("PUT /resources/{id}/grade", statuses(401, 403, 403, 200, 403, 200), (caller, request) ->
                request.body(Map.of("grade", "BASIC", "reason", "矩阵 " + caller)).put("/api/v1/resources/" + id + "/grade").statusCode());
        expect("POST /resources/{id}/evaluations", statuses(401, 403, 403, 200, 403, 200), (caller, request) ->
                request.body(Map.of("quality", 50, "matchFit", 50, "cooperationCost", 50, "growthPotential", 50))
                        .post("/api/v1/resources/" + id + "/evaluations").statusCode());
        expect("PUT /evaluation-weights (unchanged weights)", statuses(401, 403, 403, 200, 403, 200), (caller, request) -> {
            int version = given().auth().oauth2(Tokens.manager()).get("/api/v1/evaluation-weights").then().extract().path("version");
            return request.body(Map.of("quality", 40, "matchFit", 30, "cooperationCost", 20, "growthPotential", 10, "version", version))
                    .put("/api/v1/evaluation-weights").statusCode();
        });
    }

    @Test
    void lifecycleEndpoint() {
        // Each caller tries to submit its own fresh copy of the owner's draft: only the owner, managers and admins may.
        expect("POST /resources/{id}/lifecycle SUBMIT", statuses(401, 200, 404, 200, 403, 200), (caller, request) -> {
            String id = create(Tokens.huadongClient(), contentPlatform("矩阵提交" + caller, "Matrix submit " + caller, 200_000))
                    .then().extract().path("id");
            return request.body(Map.of("action", "SUBMIT")).post("/api/v1/resources/" + id + "/lifecycle").statusCode();
        });
        expect("POST /resources/{id}/lifecycle APPROVE", statuses(401, 403, 404, 200, 403, 200), (caller, request) -> {
            String id = create(Tokens.huadongClient(), contentPlatform("矩阵批准" + caller, "Matrix approve " + caller, 200_000))
                    .then().extract().path("id");
            CatalogueFixtures.act(Tokens.huadongClient(), id, "SUBMIT", null).then().statusCode(200);
            return request.body(Map.of("action", "APPROVE")).post("/api/v1/resources/" + id + "/lifecycle").statusCode();
        });
    }
}
