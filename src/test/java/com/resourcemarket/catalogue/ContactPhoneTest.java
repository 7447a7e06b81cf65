package com.resourcemarket.catalogue;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.catalogue.CatalogueFixtures.contentPlatform;
import static com.resourcemarket.catalogue.CatalogueFixtures.create;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Staff only ever see a resource's contact phone and ID number masked, so their edits must not overwrite the stored
 * (encrypted) values: left out keeps, the mask keeps, "" removes, a full value replaces, another mask is refused.
 * The stored values are checked decrypted, through the owner's view (the owner sees them whole) and the entity.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ContactPhoneTest {

    private static final String PHONE = "13812345678";
    private static final String ID_NUMBER = "110101199003074518";

    @BeforeEach
    void partners() {
        CatalogueFixtures.ensureDemoPartners();
    }

    @Test
    void aStaffEditWithoutThePhoneKeepsTheStoredOne() {
        String id = resource();
        put(Tokens.manager(), id, contact("李娜", null, null), 0).statusCode(200)
                .body("contact.name", equalTo("李娜")).body("contact.phone", equalTo("138****5678"))
                .body("contact.idNumber", equalTo("110101********4518"));
        assertStored(id, PHONE, ID_NUMBER);
        // a new contact name alone keeps the numbers too
        put(Tokens.admin(), id, contact("王芳", null, null), 1).statusCode(200).body("contact.name", equalTo("王芳"));
        assertStored(id, PHONE, ID_NUMBER);
    }

    @Test
    void theMaskAsShownKeepsTheStoredValue() {
        String id = resource();
        String masked = given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + id).then().statusCode(200)
                .extract().path("contact.phone");
        assertThat(masked).isEqualTo("138****5678");
        put(Tokens.manager(), id, contact("李娜", masked, "110101********4518"), 0).statusCode(200)
                .body("contact.phone", equalTo("138****5678"));
        assertStored(id, PHONE, ID_NUMBER);
    }

    @Test
    void anEmptyStringRemovesTheStoredPhoneAndAFullNumberReplacesIt() {
        String id = resource();
        put(Tokens.manager(), id, contact("李娜", "13900002222", null), 0).statusCode(200)
                .body("contact.phone", equalTo("139****2222"));
        assertStored(id, "13900002222", ID_NUMBER);
        put(Tokens.manager(), id, contact("李娜", "", null), 1).statusCode(200)
                .body("contact.name", equalTo("李娜")).body("contact.phone", nullValue())
                .body("contact.idNumber", equalTo("110101********4518"));
        assertStored(id, null, ID_NUMBER);
        put(Tokens.manager(), id, contact("李娜", null, ""), 2).statusCode(200).body("contact.idNumber", nullValue());
        assertStored(id, null, null);
        // no contact at all removes the whole contact
        put(Tokens.manager(), id, contact("李娜", PHONE, null), 3).statusCode(200);
        Map<String, Object> body = contentPlatform("电话测试", "Phone test", 150_000);
        body.remove("contact");
        body.put("version", 4);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(body)
                .put("/api/v1/resources/" + id).then().statusCode(200).body("contact", nullValue());
        assertStored(id, null, null);
    }

    @Test
    void anotherMaskIsRefusedAndChangesNothing() {
        String id = resource();
        put(Tokens.manager(), id, contact("张三", "139****5678", null), 0).statusCode(400)
                .body("violations[0].field", equalTo("contact.phone"))
                .body("violations[0].message", equalTo("this masked value is not the stored one's mask: send the full value, "
                        + "leave the field out to keep the stored one, or send \"\" to remove it"));
        put(Tokens.manager(), id, contact("张三", "139****5678", null), 0, "zh-CN,zh;q=0.9,en;q=0.8").statusCode(400)
                .body("violations[0].field", equalTo("contact.phone"))
                .body("violations[0].message", equalTo("该脱敏值与已保存号码的脱敏形式不符：请填写完整号码，留空以保留原号码，或提交空字符串以删除"));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id).then().statusCode(200)
                .body("contact.name", equalTo("李娜")).body("version", equalTo(0));
        assertStored(id, PHONE, ID_NUMBER);
        // a mask with nothing stored behind it
        put(Tokens.manager(), id, contact("李娜", "", ""), 0).statusCode(200);
        put(Tokens.manager(), id, contact("李娜", "138****5678", null), 1).statusCode(400)
                .body("violations[0].field", equalTo("contact.phone"));
        create(Tokens.beautyClipClient(), withContact(contentPlatform("电话测试", "Phone test", 150_000),
                contact("李娜", "138****5678", null))).then().statusCode(400).body("violations[0].field", equalTo("contact.phone"));
    }

    @Test
    void theOwnerSeesAndWritesTheWholeNumber() {
        String id = resource();
        String phone = given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id).then().statusCode(200)
                .extract().path("contact.phone");
        assertThat(phone).isEqualTo(PHONE);
        put(Tokens.beautyClipClient(), id, contact("李娜", phone, ID_NUMBER), 0).statusCode(200).body("contact.phone", equalTo(PHONE));
        put(Tokens.beautyClipClient(), id, contact("李娜", null, null), 1).statusCode(200).body("contact.phone", equalTo(PHONE));
        assertStored(id, PHONE, ID_NUMBER);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static String resource() {
        return create(Tokens.beautyClipClient(), contentPlatform("电话测试", "Phone test", 150_000))
                .then().statusCode(201).body("contact.phone", equalTo(PHONE)).extract().path("id");
    }

    private static Map<String, Object> contact(String name, String phone, String idNumber) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", name);
        if (phone != null) {
            contact.put("phone", phone);
        }
        if (idNumber != null) {
            contact.put("idNumber", idNumber);
        }
        return contact;
    }

    private static Map<String, Object> withContact(Map<String, Object> body, Map<String, Object> contact) {
        body.put("contact", contact);
        return body;
    }

    private static ValidatableResponse put(String token, String id, Map<String, Object> contact, long version) {
        return put(token, id, contact, version, null);
    }

    private static ValidatableResponse put(String token, String id, Map<String, Object> contact, long version, String language) {
        Map<String, Object> body = withContact(contentPlatform("电话测试", "Phone test", 150_000), contact);
        body.put("version", version);
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.put("/api/v1/resources/" + id).then();
    }

    /** The stored values, decrypted: the owner's view shows them whole, and the entity reads them through the converter. */
    private static void assertStored(String id, String phone, String idNumber) {
        ValidatableResponse owner = given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id).then()
                .statusCode(200);
        if (phone == null && idNumber == null) {
            owner.body("contact.phone", nullValue()).body("contact.idNumber", nullValue());
        } else {
            owner.body("contact.phone", equalTo(phone)).body("contact.idNumber", equalTo(idNumber));
        }
        String[] stored = QuarkusTransaction.requiringNew().call(() -> {
            Resource resource = Resource.findById(UUID.fromString(id));
            return new String[] {resource.contactPhone, resource.contactIdNumber};
        });
        assertThat(stored).containsExactly(phone, idNumber);
    }
}
