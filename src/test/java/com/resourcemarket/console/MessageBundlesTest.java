package com.resourcemarket.console;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every English message of the console bundles has a Chinese one, with the same parameters, and no Chinese one is orphaned. */
class MessageBundlesTest {

    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

    @Test
    void workflowMessagesAreComplete() throws IOException {
        check(WorkflowMessages.class, "messages/wf_zh.properties");
    }

    @Test
    void financeMessagesAreComplete() throws IOException {
        check(FinanceMessages.class, "messages/fin_zh.properties");
    }

    @Test
    void consoleMessagesAreComplete() throws IOException {
        check(ConsoleMessages.class, "messages/msg_zh.properties");
    }

    private static void check(Class<?> bundle, String resource) throws IOException {
        Properties zh = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (Method method : bundle.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message == null) {
                continue;
            }
            String key = method.getName();
            keys.add(key);
            assertThat(zh.getProperty(key)).as(bundle.getSimpleName() + "." + key + " in " + resource).isNotBlank();
            assertThat(params(zh.getProperty(key))).as("parameters of " + key).isEqualTo(params(message.value()));
        }
        assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys of " + resource).isEqualTo(keys);
    }

    private static Set<String> params(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAM.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
