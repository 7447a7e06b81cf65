package com.resourcemarket.region;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** GET /api/v1/regions: reference data for every marketplace role, with level and parent filters. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class RegionResourceTest {

    private static JsonPath regions(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/regions" + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void everyMarketplaceRoleReadsRegions() {
        for (String token : List.of(Tokens.huadongClient(), Tokens.huadongUser(), Tokens.beautyClipClient(),
                Tokens.manager(), Tokens.finance(), Tokens.admin())) {
            JsonPath all = regions(token, "");
            assertThat(all.getList("code", String.class)).contains("CN", "EAST_CHINA", "310000", "440300", "320500");
        }
    }

    @Test
    void withoutTokenIs401() {
        given().get("/api/v1/regions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void bothNamesAndTheParent() {
        given().auth().oauth2(Tokens.finance()).get("/api/v1/regions?parent=440000")
                .then().statusCode(200)
                .body("find { it.code == '440300' }.nameZh", equalTo("深圳市"))
                .body("find { it.code == '440300' }.nameEn", equalTo("Shenzhen"))
                .body("find { it.code == '440300' }.level", equalTo("CITY"))
                .body("find { it.code == '440300' }.parentCode", equalTo("440000"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/regions?level=PROVINCE")
                .then().statusCode(200)
                .body("find { it.code == '310000' }.nameZh", equalTo("上海市"))
                .body("find { it.code == '310000' }.nameEn", equalTo("Shanghai"))
                .body("find { it.code == '310000' }.parentCode", equalTo("EAST_CHINA"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/regions?level=COUNTRY")
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].code", equalTo("CN")).body("[0].nameZh", equalTo("全国")).body("[0].nameEn", equalTo("Nationwide"));
    }

    @Test
    void all34ProvincialDivisionsInSevenGroups() {
        JsonPath provinces = regions(Tokens.manager(), "?level=PROVINCE");
        assertThat(provinces.getList("code")).hasSize(34);
        Map<String, Long> perGroup = provinces.getList("parentCode", String.class).stream()
                .collect(Collectors.groupingBy(code -> code, Collectors.counting()));
        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.of(
                "NORTH_CHINA", 5L, "NORTHEAST", 3L, "EAST_CHINA", 8L, "CENTRAL_CHINA", 3L,
                "SOUTH_CHINA", 5L, "SOUTHWEST", 5L, "NORTHWEST", 5L));

        JsonPath groups = regions(Tokens.manager(), "?level=GROUP");
        assertThat(groups.getList("code", String.class)).containsExactly("NORTH_CHINA", "NORTHEAST", "EAST_CHINA",
                "CENTRAL_CHINA", "SOUTH_CHINA", "SOUTHWEST", "NORTHWEST");
        assertThat(groups.getList("nameZh", String.class)).containsExactly("华北", "东北", "华东", "华中", "华南", "西南", "西北");
        assertThat(groups.getList("parentCode", String.class)).containsOnly("CN");

        assertThat(regions(Tokens.manager(), "?parent=EAST_CHINA").getList("code", String.class))
                .containsExactlyInAnyOrder("310000", "320000", "330000", "340000", "350000", "360000", "370000", "710000");
    }

    @Test
    void everyProvinceOutsideMunicipalitiesAndSarsHasItsCapitalAndBigCities() {
        JsonPath cities = regions(Tokens.manager(), "?level=CITY");
        List<String> codes = cities.getList("code", String.class);
        assertThat(codes).hasSizeGreaterThanOrEqualTo(57)
                .contains("130100", "320100", "330100", "440100", "510100", "650100", "540100", "460100")
                .contains("320500", "330200", "440300", "370200", "350200", "441900", "440600", "320200");
        List<String> provincesWithCities = cities.getList("parentCode", String.class);
        for (String province : regions(Tokens.manager(), "?level=PROVINCE").getList("code", String.class)) {
            if (List.of("110000", "120000", "310000", "500000", "710000", "810000", "820000").contains(province)) {
                continue;
            }
            assertThat(provincesWithCities).as("a capital of %s", province).contains(province);
            assertThat(codes).as("capital of %s", province).contains(province.substring(0, 2) + "0100");
        }
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/regions?parent=320000&level=CITY")
                .then().statusCode(200).body("code", hasItem("320500"))
                .body("find { it.code == '320500' }.nameZh", equalTo("苏州市"));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/regions?level=TOWN")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("level")).body("violations[0].in", equalTo("query"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/regions?parent=not-a-code")
                .then().statusCode(400).body("violations[0].field", equalTo("parent"));
    }

    @Test
    void unknownParentIsEmpty() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/regions?parent=999999")
                .then().statusCode(200).body("size()", equalTo(0));
    }
}
