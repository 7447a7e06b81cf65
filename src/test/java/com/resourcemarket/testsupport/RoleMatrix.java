package com.resourcemarket.testsupport;

import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls an endpoint as every kind of caller — no token, the owning partner (Huadong), another partner (Beauty
 * Clip), resource manager, finance and admin — and compares all answers at once, so a failure shows the matrix.
 */
public final class RoleMatrix {

    public static final String NONE = "none";
    private static final Map<String, Supplier<String>> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put(NONE, () -> null);
        CALLERS.put("owner", Tokens::huadongClient);
        CALLERS.put("other-partner", Tokens::beautyClipClient);
        CALLERS.put("manager", Tokens::manager);
        CALLERS.put("finance", Tokens::finance);
        CALLERS.put("admin", Tokens::admin);
    }

    private RoleMatrix() {
    }

    /** A JSON request authenticated as {@code caller} (one of the matrix's names). */
    public static RequestSpecification as(String caller) {
        String token = CALLERS.get(caller).get();
        RequestSpecification request = given().contentType("application/json");
        return token == null ? request : request.auth().oauth2(token);
    }

    /** Runs {@code call} once per caller and asserts the statuses it returned. */
    public static void expect(String endpoint, Map<String, Integer> expected,
                              BiFunction<String, RequestSpecification, Integer> call) {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String caller : CALLERS.keySet()) {
            actual.put(caller, call.apply(caller, as(caller)));
        }
        assertThat(actual).as(endpoint).isEqualTo(expected);
    }

    public static Map<String, Integer> statuses(int none, int owner, int other, int manager, int finance, int admin) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(NONE, none);
        map.put("owner", owner);
        map.put("other-partner", other);
        map.put("manager", manager);
        map.put("finance", finance);
        map.put("admin", admin);
        return map;
    }
}
