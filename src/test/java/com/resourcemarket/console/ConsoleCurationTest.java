package com.resourcemarket.console;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console pages of this round over plain HTTP: the catalogue growth on the dashboard, the resource form keeping
 * the contact phone it only shows masked, partner detail and edit per role (type change confirmed, contacts kept),
 * service errors next to their field in Chinese, and browsers' Accept-Language with q-values.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ConsoleCurationTest {

    /** What Chrome sends for a Chinese user who also reads English. */
    static final String BROWSER_ZH = "zh-CN,zh;q=0.9,en;q=0.8";

    @BeforeEach
    void partners() {
        DemoPartners.ensureRegistered();
    }

    // --- dashboard -----------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void theDashboardShowsCatalogueGrowthAgainstItsTargetsInBothLanguages() {
        String english = given().cookie("console-lang", "en").get("/console").then().statusCode(200).extract().asString();
        assertThat(english).contains("id=\"growth\"", "Catalogue growth", "Growth over 12 months (target ≥ 30 %)",
                "(target ≥ 20)", "id=\"chart-growth\"", "id=\"growth-by-channel\"", "Online", "Offline");
        String chart = between(english, "id=\"chart-growth\" role=\"img\" aria-label=\"Growth per month\" data-chart=\"", "\"");
        assertThat(chart).contains("&quot;type&quot;:&quot;line&quot;", "&quot;yAxisID&quot;:&quot;y1&quot;");
        String chinese = given().header("Accept-Language", BROWSER_ZH).get("/console").then().statusCode(200).extract().asString();
        assertThat(chinese).contains("<html lang=\"zh-CN\">", "资源库增长", "近 12 个月增长（目标 ≥ 30%）", "新增优质资源（目标 ≥ 20）",
                "按渠道（近 12 个月）", "线上");
    }

    // --- resource form: the contact phone ---------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void theResourceFormShowsTheMaskedPhoneAndKeepsItWhenLeftEmpty() {
        String id = resourceWithPhone();
        String form = given().cookie("console-lang", "en").get("/console/resources/" + id + "/edit").then().statusCode(200)
                .extract().asString();
        assertThat(form).contains("placeholder=\"138****5678\"", "Stored: 138****5678. Leave empty to keep it",
                "id=\"removeContactPhone\"").doesNotContain("13812345678");

        // saved with the phone box empty: the stored number stays
        postWithCsrf("/console/resources/" + id, resourceForm(id, Map.of("contactPhoneMasked", "138****5678"))).then().statusCode(303);
        assertThat(ownerView(id).getString("contact.phone")).isEqualTo("13812345678");
        assertThat(ownerView(id).getString("contact.idNumber")).isEqualTo("110101199003074518");

        // another masked number: refused next to the field, in Chinese on a Chinese page
        String refused = postWithCsrf("/console/resources/" + id, resourceForm(id, Map.of("contactPhone", "139****0000")),
                BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"contactPhone-error\">不被接受：该脱敏值与已保存号码的脱敏形式不符");
        assertThat(ownerView(id).getString("contact.phone")).isEqualTo("13812345678");

        // a new number replaces it; the box removes it
        postWithCsrf("/console/resources/" + id, resourceForm(id, Map.of("contactPhone", "13900002222"))).then().statusCode(303);
        assertThat(ownerView(id).getString("contact.phone")).isEqualTo("13900002222");
        postWithCsrf("/console/resources/" + id, resourceForm(id, Map.of("removeContactPhone", "on",
                "contactPhoneMasked", "139****2222"))).then().statusCode(303);
        assertThat(ownerView(id).getString("contact.phone")).isNull();
        assertThat(ownerView(id).getString("contact.name")).isEqualTo("李娜");
        assertThat(given().get("/console/resources/" + id + "/edit").asString()).contains("No phone number stored.")
                .doesNotContain("id=\"removeContactPhone\"");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void serviceErrorsOfTheResourceFormAreShownInChineseNextToTheField() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ownerPartnerId", Tokens.HUADONG_PARTNER_ID);
        form.put("typeCode", "offline.physical-channel.retail-terminal");
        form.put("nameZh", "无位置门店");
        form.put("nameEn", "Store without a location");
        form.put("regions", "310000, 999999");
        // the missing location is the service's first complaint, then (once given) the unknown region
        String location = postWithCsrf("/console/resources", form, BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(location).contains("id=\"latitude-error\">不被接受：线下资源必须填写位置（纬度/经度）", "请修改标出的字段。");
        String english = postWithCsrf("/console/resources", form, "en-US,en;q=0.9").then().statusCode(200).extract().asString();
        assertThat(english).contains("id=\"latitude-error\">Not accepted: an offline resource needs its location (latitude/longitude)");
        form.put("latitude", "31.23");
        form.put("longitude", "121.47");
        String regions = postWithCsrf("/console/resources", form, BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(regions).contains("id=\"regions-error\">不被接受：未知地区代码“999999”");
    }

    // --- partners ------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void aManagerEditsAPartnerKeepingTheContactsMaskedValues() {
        String id = partner();
        String page = given().cookie("console-lang", "en").get("/console/partners/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"edit-partner\"", "测试伙伴", "w***@example.com", "138****5678")
                .doesNotContain("13812345678");
        String form = given().cookie("console-lang", "en").get("/console/partners/" + id + "/edit").then().statusCode(200)
                .extract().asString();
        assertThat(form).contains("id=\"partner-edit-form\"", "placeholder=\"138****5678\"", "placeholder=\"w***@example.com\"",
                "name=\"contactId\" value=\"" + contactId(id) + "\"").doesNotContain("13812345678", "wang@example.com");

        Map<String, Object> edit = partnerForm(id, 0);
        edit.put("nameEn", "Test Partner Renamed");
        edit.put("regions", "310000, 320000");
        edit.put("purchaseAmount", "6000000.00");
        edit.put("tagDimension", List.of("REGION", "INDUSTRY"));
        edit.put("tagKey", List.of("region", "industry"));
        edit.put("tagValue", List.of("华东", "家电"));
        edit.put("contactTitle", List.of("采购总监", ""));
        postWithCsrf("/console/partners/" + id, edit).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/console/partners/" + id + "?done=saved"));

        JsonPath saved = revealed(id);
        assertThat(saved.getString("nameEn")).isEqualTo("Test Partner Renamed");
        assertThat(saved.getList("regions")).containsExactly("310000", "320000");
        assertThat(saved.getString("annualPurchase.amount")).isEqualTo("6000000.00");
        assertThat(saved.getList("tags.key")).containsExactly("region", "industry");
        assertThat(saved.getString("contacts[0].title")).isEqualTo("采购总监");
        // the e-mail, phone and ID number the form only showed masked are kept
        assertThat(saved.getString("contacts[0].email")).isEqualTo("wang@example.com");
        assertThat(saved.getString("contacts[0].phone")).isEqualTo("13812345678");
        assertThat(saved.getString("contacts[0].idNumber")).isEqualTo("11010519491231002X");
        assertThat(saved.getInt("version")).isEqualTo(1);

        // a second contact added, then the first removed
        Map<String, Object> add = partnerForm(id, 1);
        add.put("contactName", List.of("王芳", "李雷"));
        add.put("contactPhone", List.of("", "13900001111"));
        postWithCsrf("/console/partners/" + id, add).then().statusCode(303);
        assertThat(revealed(id).getList("contacts.name")).containsExactly("王芳", "李雷");
        Map<String, Object> remove = partnerForm(id, 2);
        remove.put("contactRemove", contactId(id));
        postWithCsrf("/console/partners/" + id, remove).then().statusCode(303);
        JsonPath afterRemoval = revealed(id);
        assertThat(afterRemoval.getList("contacts.name")).containsExactly("李雷");
        assertThat(afterRemoval.getString("contacts[0].phone")).isEqualTo("13900001111");
    }

    @Test
    @TestSecurity(user = "admin.user", roles = "admin")
    void aTypeChangeNeedsItsConfirmation() {
        String id = partner();
        Map<String, Object> form = partnerForm(id, 0);
        form.put("type", "BRAND");
        String asked = postWithCsrf("/console/partners/" + id, form).then().statusCode(200).extract().asString();
        assertThat(asked).contains("id=\"type-error\">This changes the partner type from Dealer to Brand",
                "id=\"confirmTypeChange\"", "aria-invalid=\"true\"");
        assertThat(revealed(id).getString("type")).isEqualTo("DEALER");
        String askedZh = postWithCsrf("/console/partners/" + id, form, BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(askedZh).contains("此操作会将伙伴类型从经销商改为品牌商");
        form.put("confirmTypeChange", "on");
        postWithCsrf("/console/partners/" + id, form).then().statusCode(303);
        assertThat(revealed(id).getString("type")).isEqualTo("BRAND");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void partnerFormErrorsComeBackNextToTheirFieldsInChinese() {
        String id = partner();
        Map<String, Object> form = partnerForm(id, 0);
        form.put("nameZh", "");
        form.put("regions", "310000 999999");
        form.put("contactEmail", List.of("not-an-email", ""));
        form.put("tagDimension", List.of("REGION"));
        form.put("tagKey", List.of("Bad Key"));
        form.put("tagValue", List.of("华东"));
        String page = postWithCsrf("/console/partners/" + id, form, BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(page).contains("<html lang=\"zh-CN\">", "id=\"form-error\">请修改标出的字段。",
                "id=\"nameZh-error\">必填", "id=\"contact-0-email-error\">格式不正确", "id=\"tag-0-key-error\">格式不正确");
        // bean validation first; the service's region check once the form is valid, in Chinese too
        form.put("nameZh", "测试伙伴");
        form.put("contactEmail", List.of("", ""));
        form.put("tagKey", List.of("region"));
        String region = postWithCsrf("/console/partners/" + id, form, BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(region).contains("id=\"regions-error\">不被接受：未知地区代码“999999”");
        // a stale version: nothing is overwritten
        form.put("regions", "310000");
        form.put("version", "7");
        String stale = postWithCsrf("/console/partners/" + id, form, BROWSER_ZH).then().statusCode(200).extract().asString();
        assertThat(stale).contains("他人已修改此记录，请刷新页面后重试。");
        assertThat(revealed(id).getInt("version")).isZero();
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void financeReadsAPartnerButCannotEditIt() {
        String id = partner();
        String page = given().get("/console/partners/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"partner-name\"").doesNotContain("id=\"edit-partner\"", "partner-edit-form");
        given().get("/console/partners/" + id + "/edit").then().statusCode(403);
        Map<String, Object> form = partnerForm(id, 0);
        form.put("nameEn", "Finance was here");
        postWithCsrf("/console/partners/" + id, form).then().statusCode(403);
        assertThat(revealed(id).getString("nameEn")).isEqualTo("Test Partner");
    }

    @Test
    @TestSecurity(user = "huadong.buyer", roles = "partner")
    void partnersHaveNoPartnerPages() {
        String id = Tokens.HUADONG_PARTNER_ID;
        given().get("/console/partners/" + id).then().statusCode(403);
        given().get("/console/partners/" + id + "/edit").then().statusCode(403);
        postWithCsrf("/console/partners/" + id, Map.of("nameEn", "x")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin.user", roles = "admin")
    void unknownPartnersAreALocalized404() {
        Response missing = given().cookie("console-lang", "zh").get("/console/partners/" + UUID.randomUUID() + "/edit");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.asString()).contains("未找到，或您无权查看。");
        given().get("/console/partners/not-a-uuid").then().statusCode(404);
    }

    // --- Accept-Language with q-values ---------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void browserAcceptLanguageWithQValuesOnConsolePages() {
        String id = partner();
        for (String path : List.of("/console", "/console/resources", "/console/partners", "/console/partners/" + id,
                "/console/partners/" + id + "/edit", "/console/resources/new", "/console/demands", "/console/review")) {
            Response page = given().header("Accept-Language", BROWSER_ZH).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.asString()).as(path).contains("<html lang=\"zh-CN\">");
        }
        Response english = given().header("Accept-Language", "en-GB,en;q=0.9,zh-CN;q=0.8,zh;q=0.7").get("/console");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.asString()).contains("<html lang=\"en\">");
        // a form post from such a browser too
        Map<String, Object> form = partnerForm(id, 0);
        postWithCsrf("/console/partners/" + id, form, BROWSER_ZH).then().statusCode(303);
    }

    @Test
    void browserAcceptLanguageWithQValuesOnTheApi() {
        for (String path : List.of("/api/v1/me", "/api/v1/partners/" + Tokens.HUADONG_PARTNER_ID, "/api/v1/resources",
                "/api/v1/kpis/catalogue-growth", "/api/v1/kpis/match-accuracy")) {
            given().auth().oauth2(Tokens.manager()).header("Accept-Language", BROWSER_ZH).get(path).then().statusCode(200);
        }
        // the validation messages follow it (English without it, as before)
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("nameZh", "x"))
                .post("/api/v1/partners").then().statusCode(400)
                .body("violations.find { it.field == 'type' }.message", org.hamcrest.Matchers.equalTo("must not be null"));
        given().auth().oauth2(Tokens.manager()).header("Accept-Language", BROWSER_ZH).contentType("application/json")
                .body(Map.of("nameZh", "x")).post("/api/v1/partners").then().statusCode(400)
                .body("violations.find { it.field == 'type' }.message", org.hamcrest.Matchers.equalTo("不能为null"));
    }

    // --- fixtures ------------------------------------------------------------------------------------------------

    /** A partner with one contact whose e-mail, phone and ID number staff see only masked. */
    private static String partner() {
        Map<String, Object> contact = Map.of("name", "王芳", "title", "采购经理", "email", "wang@example.com",
                "phone", "13812345678", "idNumber", "11010519491231002X");
        return given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("nameZh", "测试伙伴", "nameEn", "Test Partner", "type", "DEALER", "regions", List.of("310000"),
                        "contacts", List.of(contact)))
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");
    }

    private static JsonPath revealed(String partnerId) {
        return given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + partnerId + "?reveal=true")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String contactId(String partnerId) {
        return revealed(partnerId).getString("contacts[0].id");
    }

    /** The edit form as the page posts it, unchanged: masked boxes empty, a blank new-contact row. */
    private static Map<String, Object> partnerForm(String partnerId, long version) {
        JsonPath p = revealed(partnerId);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", Long.toString(version));
        form.put("nameZh", p.getString("nameZh"));
        form.put("nameEn", p.getString("nameEn"));
        form.put("type", p.getString("type"));
        form.put("regions", String.join(", ", p.<String>getList("regions")));
        form.put("purchaseAmount", p.getString("annualPurchase.amount") == null ? "" : p.getString("annualPurchase.amount"));
        form.put("purchaseCurrency", "CNY");
        form.put("tagDimension", List.of(""));
        form.put("tagKey", List.of(""));
        form.put("tagValue", List.of(""));
        List<String> ids = new ArrayList<>(p.getList("contacts.id"));
        List<String> names = new ArrayList<>(p.getList("contacts.name"));
        List<String> titles = new ArrayList<>();
        for (Object title : p.getList("contacts.title")) {
            titles.add(title == null ? "" : title.toString());
        }
        List<String> blanks = new ArrayList<>();
        ids.forEach(x -> blanks.add(""));
        ids.add("");
        names.add("");
        titles.add("");
        blanks.add("");
        form.put("contactId", ids);
        form.put("contactName", names);
        form.put("contactTitle", titles);
        form.put("contactEmail", blanks);
        form.put("contactPhone", blanks);
        form.put("contactIdNumber", blanks);
        return form;
    }

    private static String resourceWithPhone() {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", "online.digital-marketing.content-platform");
        body.put("nameZh", "电话保留测试");
        body.put("nameEn", "Phone kept test");
        body.put("regions", List.of("CN"));
        body.put("contact", Map.of("name", "李娜", "phone", "13812345678", "idNumber", "110101199003074518"));
        return given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(body)
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    private static JsonPath ownerView(String resourceId) {
        return given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + resourceId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The resource form as the edit page posts it (current values, phone box empty), with some fields changed. */
    private static Map<String, Object> resourceForm(String resourceId, Map<String, String> changes) {
        JsonPath r = given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + resourceId).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("ownerPartnerId", r.getString("ownerPartnerId"));
        form.put("typeCode", r.getString("typeCode"));
        form.put("nameZh", r.getString("nameZh"));
        form.put("nameEn", r.getString("nameEn"));
        form.put("regions", String.join(", ", r.<String>getList("regions")));
        form.put("priceCurrency", "CNY");
        form.put("contactName", r.getString("contact.name"));
        form.put("contactPhone", "");
        form.put("contactPhoneMasked", r.getString("contact.phone") == null ? "" : r.getString("contact.phone"));
        form.put("version", Long.toString(r.getLong("version")));
        form.putAll(changes);
        return form;
    }

    private static Response postWithCsrf(String path, Map<String, ?> form) {
        return postWithCsrf(path, form, null);
    }

    /** A console form POST as a browser sends it: the csrf-token cookie from a page plus the same token in the form. */
    private static Response postWithCsrf(String path, Map<String, ?> form, String acceptLanguage) {
        String token = given().get("/console/signed-out").cookie("console-csrf");
        assertThat(token).as("csrf cookie issued on a console page").isNotNull();
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("console-csrf", token).formParam("csrf-token", token);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        for (Map.Entry<String, ?> field : form.entrySet()) {
            if (field.getValue() instanceof List<?> values) {
                request = request.formParam(field.getKey(), values.toArray());
            } else {
                request = request.formParam(field.getKey(), field.getValue());
            }
        }
        return request.post(path);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' in the page").isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
