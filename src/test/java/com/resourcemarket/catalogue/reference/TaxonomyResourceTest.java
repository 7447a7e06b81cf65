package com.resourcemarket.catalogue.reference;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The taxonomy: seeded from DOMAIN.md, readable by every role, extended and relabelled by resource managers. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class TaxonomyResourceTest {

    @Inject
    TaxonomyService taxonomy;

    private static final List<String> SEEDED_TYPES = List.of(
            "online.digital-marketing.content-platform", "online.digital-marketing.traffic-tool",
            "online.digital-marketing.data-service", "online.e-commerce.comprehensive", "online.e-commerce.vertical",
            "online.e-commerce.social", "online.tech-service.saas", "online.tech-service.ai-big-data",
            "offline.physical-channel.retail-terminal", "offline.physical-channel.industrial-park",
            "offline.physical-channel.exhibition-event", "offline.service.supply-chain",
            "offline.service.talent-training", "offline.scenario.experience-space", "offline.scenario.community-space");

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/taxonomy").then();
    }

    private static Map<String, Object> node(String code, String channel, String level, String parent, String zh, String en) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("channel", channel);
        body.put("level", level);
        if (parent != null) {
            body.put("parentCode", parent);
        }
        body.put("labelZh", zh);
        body.put("labelEn", en);
        return body;
    }

    private static void assertAbsent(String code) {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/taxonomy/" + code).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyRoleReadsTheFullSeededTree() {
        for (String token : List.of(Tokens.manager(), Tokens.finance(), Tokens.admin(), Tokens.huadongClient(),
                Tokens.beautyClipClient(), Tokens.huadongUser())) {
            given().auth().oauth2(token).get("/api/v1/taxonomy").then().statusCode(200)
                    .body("code", hasItems(SEEDED_TYPES.toArray(String[]::new)))
                    .body("code", hasItems("online.digital-marketing", "online.e-commerce", "online.tech-service",
                            "offline.physical-channel", "offline.service", "offline.scenario"));
        }
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/taxonomy").then()
                .body("find { it.code == 'online.digital-marketing' }.labelZh", equalTo("数字营销资源"))
                .body("find { it.code == 'online.digital-marketing' }.level", equalTo("CATEGORY"))
                .body("find { it.code == 'online.digital-marketing' }.parentCode", nullValue())
                .body("find { it.code == 'online.digital-marketing.content-platform' }.labelZh", equalTo("内容平台"))
                .body("find { it.code == 'online.digital-marketing.content-platform' }.labelEn", equalTo("Content platform"))
                .body("find { it.code == 'online.digital-marketing.content-platform' }.parentCode", equalTo("online.digital-marketing"))
                .body("find { it.code == 'offline.scenario.experience-space' }.labelZh", equalTo("体验空间"))
                .body("find { it.code == 'offline.scenario.experience-space' }.channel", equalTo("OFFLINE"))
                .body("find { it.code == 'online.tech-service.ai-big-data' }.labelZh", equalTo("智能与大数据"))
                .body("find { it.code == 'offline.service.supply-chain' }.labelZh", equalTo("供应链服务"))
                .body("[0].code", equalTo("online.digital-marketing"))
                .body("[1].code", equalTo("online.digital-marketing.content-platform"));
    }

    @Test
    void filtersByChannelAndLevel() {
        given().auth().oauth2(Tokens.finance()).get("/api/v1/taxonomy?channel=OFFLINE&level=TYPE").then().statusCode(200)
                .body("channel", everyItem(equalTo("OFFLINE"))).body("level", everyItem(equalTo("TYPE")))
                .body("code", hasItems("offline.physical-channel.retail-terminal", "offline.scenario.community-space"))
                .body("code", not(hasItem("offline.scenario")));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/taxonomy?channel=ONLINE&level=CATEGORY").then().statusCode(200)
                .body("code", hasItems("online.digital-marketing", "online.e-commerce", "online.tech-service"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/taxonomy?channel=SPACE").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel")).body("violations[0].in", equalTo("query"));
    }

    @Test
    void withoutTokenIs401() {
        given().get("/api/v1/taxonomy").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(node("online.no-token", "ONLINE", "CATEGORY", null, "无", "None"))
                .post("/api/v1/taxonomy").then().statusCode(401);
        given().contentType("application/json").body(Map.of("labelZh", "甲", "labelEn", "A", "version", 0))
                .put("/api/v1/taxonomy/online.e-commerce").then().statusCode(401);
    }

    @Test
    void managerAddsCategoryAndTypeWithChineseLabels() {
        post(Tokens.manager(), node("online.audio", "ONLINE", "CATEGORY", null, "音频资源", "Audio")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/taxonomy/online.audio"))
                .body("level", equalTo("CATEGORY")).body("labelZh", equalTo("音频资源")).body("version", equalTo(0));
        post(Tokens.admin(), node("online.audio.podcast", "ONLINE", "TYPE", "online.audio", "播客", "Podcast"))
                .statusCode(201).body("parentCode", equalTo("online.audio"));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/taxonomy/online.audio.podcast").then()
                .statusCode(200).body("labelZh", equalTo("播客")).body("channel", equalTo("ONLINE"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/taxonomy?channel=ONLINE").then()
                .body("code", hasItems("online.audio", "online.audio.podcast"));
        TaxonomyType type = taxonomy.requireType("online.audio.podcast");
        assertThat(type).isEqualTo(new TaxonomyType("ONLINE", "online.audio", "online.audio.podcast", "播客", "Podcast"));
    }

    @Test
    void partnersAndFinanceCannotWrite() {
        for (String token : List.of(Tokens.huadongClient(), Tokens.beautyClipClient(), Tokens.huadongUser(), Tokens.finance())) {
            post(token, node("online.forbidden", "ONLINE", "CATEGORY", null, "禁止", "Forbidden"))
                    .statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("labelZh", "改", "labelEn", "Changed", "version", 0))
                    .put("/api/v1/taxonomy/online.e-commerce").then().statusCode(403);
        }
        assertAbsent("online.forbidden");
        given().auth().oauth2(Tokens.manager()).get("/api/v1/taxonomy/online.e-commerce").then()
                .body("labelZh", equalTo("电商平台资源"));
    }

    @Test
    void duplicateCodeIs409() {
        post(Tokens.manager(), node("online.e-commerce.social", "ONLINE", "TYPE", "online.e-commerce", "重复", "Dup"))
                .statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/taxonomy/online.e-commerce.social").then()
                .body("labelZh", equalTo("社交电商"));
    }

    @Test
    void badParentIs400NamingParentCode() {
        post(Tokens.manager(), node("online.ghost.type", "ONLINE", "TYPE", "online.ghost", "幽灵", "Ghost"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("parentCode"));
        post(Tokens.manager(), node("online.e-commerce.sub", "ONLINE", "TYPE", "online.e-commerce.social", "子类", "Sub"))
                .statusCode(400).body("violations[0].field", equalTo("parentCode"));
        assertAbsent("online.e-commerce.sub");
        post(Tokens.manager(), node("offline.physical-channel.kiosk", "ONLINE", "TYPE", "offline.physical-channel", "亭", "Kiosk"))
                .statusCode(400).body("violations[0].field", equalTo("parentCode"));
        post(Tokens.manager(), node("online.orphan", "ONLINE", "TYPE", null, "孤儿", "Orphan"))
                .statusCode(400).body("violations[0].field", equalTo("parentCode"));
        post(Tokens.manager(), node("online.nested", "ONLINE", "CATEGORY", "online.e-commerce", "嵌套", "Nested"))
                .statusCode(400).body("violations[0].field", equalTo("parentCode"));
        assertAbsent("online.ghost.type");
        assertAbsent("offline.physical-channel.kiosk");
        assertAbsent("online.orphan");
        assertAbsent("online.nested");
    }

    @Test
    void badCodesAndLabelsAre400() {
        post(Tokens.manager(), node("online.e-commerce.live", "OFFLINE", "CATEGORY", null, "直播", "Live"))
                .statusCode(400).body("violations[0].field", equalTo("code"));
        post(Tokens.manager(), node("online.tech-service.crm", "ONLINE", "TYPE", "online.e-commerce", "客户", "CRM"))
                .statusCode(400).body("violations[0].field", equalTo("code"));
        post(Tokens.manager(), node("Online.Bad Code", "ONLINE", "CATEGORY", null, "坏", "Bad"))
                .statusCode(400).body("violations.field", hasItem("code"));
        Map<String, Object> blank = node("online.blank", "ONLINE", "CATEGORY", null, " ", "");
        post(Tokens.manager(), blank).statusCode(400).body("violations.field", hasItems("labelZh", "labelEn"));
        assertAbsent("online.e-commerce.live");
        assertAbsent("online.blank");
    }

    @Test
    void relabelWithVersionAndStaleVersionIs409() {
        post(Tokens.manager(), node("offline.pop-culture", "OFFLINE", "CATEGORY", null, "潮流文化", "Pop culture"))
                .statusCode(201);
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("labelZh", "潮流文化资源", "labelEn", "Pop culture resources", "sortOrder", 90, "version", 0))
                .put("/api/v1/taxonomy/offline.pop-culture").then().statusCode(200)
                .body("labelZh", equalTo("潮流文化资源")).body("sortOrder", equalTo(90)).body("version", equalTo(1));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("labelZh", "旧的", "labelEn", "Stale", "version", 0))
                .put("/api/v1/taxonomy/offline.pop-culture").then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("stale-version"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/taxonomy/offline.pop-culture").then()
                .body("labelZh", equalTo("潮流文化资源")).body("labelEn", equalTo("Pop culture resources"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("labelZh", "甲", "labelEn", "A"))
                .put("/api/v1/taxonomy/offline.pop-culture").then().statusCode(400)
                .body("violations.field", hasItem("version"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("labelZh", "甲", "labelEn", "A", "version", 0))
                .put("/api/v1/taxonomy/offline.nothing").then().statusCode(404);
    }

    @Test
    void requireTypeResolvesTypesAndRefusesCategoriesAndUnknownCodes() {
        assertThat(taxonomy.requireType("offline.physical-channel.retail-terminal")).isEqualTo(new TaxonomyType(
                "OFFLINE", "offline.physical-channel", "offline.physical-channel.retail-terminal", "零售终端", "Retail terminal"));
        for (String bad : new String[] {"online.digital-marketing", "online.nothing.here", null}) {
            HttpProblem problem = null;
            try {
                taxonomy.requireType(bad);
            } catch (HttpProblem e) {
                problem = e;
            }
            assertThat(problem).as(String.valueOf(bad)).isNotNull();
            assertThat(problem.getStatusCode()).isEqualTo(400);
            assertThat(problem.getParameters().get("violations").toString()).contains("typeCode");
        }
    }

    @Test
    void seededTreeHasSixCategoriesAndFifteenTypes() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/taxonomy?level=TYPE").then().statusCode(200)
                .body("findAll { it.code.startsWith('online.') || it.code.startsWith('offline.') }.code",
                        hasItems(SEEDED_TYPES.toArray(String[]::new)));
        assertThat(SEEDED_TYPES).hasSize(15);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/taxonomy?channel=OFFLINE&level=CATEGORY").then()
                .body("findAll { it.code in ['offline.physical-channel','offline.service','offline.scenario'] }", hasSize(3));
    }
}
