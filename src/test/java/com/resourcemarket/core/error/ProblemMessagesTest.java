package com.resourcemarket.core.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message code the services use has an English and a Chinese text, and the texts render. */
class ProblemMessagesTest {

    /** The code is the literal after the field (invalidFieldCode) or after "in" and the name (invalidParameterCode). */
    private static final Pattern USE = Pattern.compile(
            "(?:invalidFieldCode\\([^,]*|invalidParameterCode\\([^,]*,[^,]*),\\s*\"([a-z][a-z.-]*)\"");

    @Test
    void everyCodeInTheSourcesHasBothLanguagesAndBothFilesTheSameKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher m = USE.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(used).contains("resource.location.required", "region.unknown", "partner.contact.unknown",
                "resource.contact.masked-mismatch", "period.too-long-months");
        Properties english = load("i18n/problems.properties");
        Properties chinese = load("i18n/problems_zh.properties");
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void textsInBothLanguagesWithArgumentsAndApostrophes() {
        assertThat(ProblemMessages.format("region.unknown", Locale.ENGLISH, List.of("999999")))
                .isEqualTo("unknown region code '999999' (see GET /api/v1/regions)");
        assertThat(ProblemMessages.format("region.unknown", Locale.SIMPLIFIED_CHINESE, List.of("999999")))
                .isEqualTo("未知地区代码“999999”（见 GET /api/v1/regions）");
        assertThat(ProblemMessages.format("resource.tag.number.unit", Locale.ENGLISH, List.of("followers", "people")))
                .isEqualTo("tag followers takes a number in people");
        // numbers are passed as text: no locale grouping
        assertThat(Problems.invalidFieldCode("quality", "evaluation.weights.sum", 1100).messages().get(0).english())
                .isEqualTo("the four weights must sum to 100, they sum to 1100");
        // any other language: English
        assertThat(ProblemMessages.format("resource.owner.immutable", Locale.GERMAN, List.of()))
                .isEqualTo("the owner of a resource cannot be changed");
    }

    @Test
    void theWireFormatIsThePlainProblem() {
        LocalizedProblem problem = Problems.invalidFieldCode("location", "resource.location.required");
        assertThat(problem.getStatusCode()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("location: an offline resource needs its location (latitude/longitude)");
        assertThat(problem.getParameters()).containsOnlyKeys("violations");
        assertThat(problem.getParameters().get("violations")).isEqualTo(List.of(java.util.Map.of("field", "location",
                "in", "body", "message", "an offline resource needs its location (latitude/longitude)")));
        assertThat(problem.messageFor("location")).get().extracting(FieldMessage::code).isEqualTo("resource.location.required");
    }

    @Test
    void acceptLanguageChoosesChineseOnlyWhenPreferred() {
        assertThat(ProblemMessages.fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemMessages.fromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.fromAcceptLanguage("fr-FR,zh;q=0.5")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemMessages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.fromAcceptLanguage("%%%;q=x")).isEqualTo(Locale.ENGLISH);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
