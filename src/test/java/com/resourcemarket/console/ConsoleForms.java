package com.resourcemarket.console;

import io.restassured.response.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Console form posts as a browser sends them: the {@code console-csrf} cookie from a page and the same token in the form. */
final class ConsoleForms {

    private ConsoleForms() {
    }

    static Response post(String path, Map<String, ?> form) {
        return post(path, form, "en");
    }

    /** List values become repeated fields, in order (the plan editor's rule and tier lists). */
    static Response post(String path, Map<String, ?> form, String lang) {
        Response page = given().get("/console/signed-out");
        String token = page.cookie("console-csrf");
        assertThat(token).as("csrf cookie issued on a console page").isNotNull();
        Map<String, Object> body = new LinkedHashMap<>(form);
        body.put("csrf-token", token);
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("console-csrf", token).cookie("console-lang", lang);
        for (Map.Entry<String, Object> e : body.entrySet()) {
            if (e.getValue() instanceof List<?> values) {
                request = request.formParam(e.getKey(), values.toArray());
            } else {
                request = request.formParam(e.getKey(), e.getValue());
            }
        }
        return request.post(path);
    }

    static String get(String path, String lang) {
        return given().cookie("console-lang", lang).get(path).then().extract().asString();
    }
}
