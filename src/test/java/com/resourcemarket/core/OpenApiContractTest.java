package com.resourcemarket.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.resourcemarket.testsupport.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract never drifts silently: what the service serves at /q/openapi must equal the committed
 * openapi/openapi.yaml. After an intended API change, copy target/openapi/served-openapi.yaml over it.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class OpenApiContractTest {

    @Test
    void servedSpecEqualsCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path copy = Path.of("target/openapi/served-openapi.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served, StandardCharsets.UTF_8);

        Path contract = Path.of(System.getProperty("openapi.contract", "openapi/openapi.yaml"));
        assertThat(contract).as("committed contract").exists();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode expected = yaml.readTree(Files.readString(contract, StandardCharsets.UTF_8));
        JsonNode actual = yaml.readTree(served);
        assertThat(actual)
                .withFailMessage("The served OpenAPI differs from %s. If the change is intended: cp %s %s",
                        contract, copy, contract)
                .isEqualTo(expected);
    }
}
