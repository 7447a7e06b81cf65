package com.resourcemarket.core.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Problem bodies for answers made outside quarkus-resteasy-problem (HTTP layer, filters). */
public final class ProblemBodies {

    private ProblemBodies() {
    }

    public static Map<String, Object> of(String type, String title, int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    public static String bearerChallenge(boolean invalidToken) {
        return invalidToken ? "Bearer realm=\"resource-market\", error=\"invalid_token\"" : "Bearer realm=\"resource-market\"";
    }
}
