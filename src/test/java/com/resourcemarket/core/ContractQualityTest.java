package com.resourcemarket.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract keeps its promises for every operation: an operationId, a summary, the Keycloak OAuth2
 * security, problem+json answers for 400/401/403/429/500, and an example for each success answer (in the media
 * type or in the schema's properties).
 */
class ContractQualityTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationIsComplete() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of(System.getProperty("openapi.contract", "openapi/openapi.yaml"))));
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("operationId").asText().isBlank()) {
                    problems.add(where + ": no operationId");
                }
                if (operation.path("summary").asText().isBlank()) {
                    problems.add(where + ": no summary");
                }
                if (!operation.path("security").toString().contains("keycloak")) {
                    problems.add(where + ": no keycloak security requirement");
                }
                for (String status : List.of("400", "401", "403", "429", "500")) {
                    JsonNode response = resolve(contract, operation.path("responses").path(status));
                    if (response.path("content").path("application/problem+json").isMissingNode()) {
                        problems.add(where + ": " + status + " is not problem+json");
                    }
                }
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("2") && !resolve(contract, response.getValue()).path("content").isMissingNode()
                            && !hasExample(contract, resolve(contract, response.getValue()).path("content"), 0)) {
                        problems.add(where + ": " + response.getKey() + " answer has no example");
                    }
                });
            }
        }
        assertThat(operations).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        String ref = node.path("$ref").asText();
        if (ref.startsWith("#/")) {
            JsonNode target = contract;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return target;
        }
        return node;
    }

    /** An example anywhere in the content: media examples, schema examples, or a property's (followed through $ref). */
    private static boolean hasExample(JsonNode contract, JsonNode node, int depth) {
        if (depth > 12 || node == null || node.isMissingNode()) {
            return false;
        }
        if (node.has("example") || node.has("examples")) {
            return true;
        }
        if (node.has("$ref") && hasExample(contract, resolve(contract, node), depth + 1)) {
            return true;
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            if (hasExample(contract, children.next(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
