package cn.zoneflow.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Chinese and in English: a key missing from one language would show its raw name. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/cn/zoneflow/web/i18n/messages", "/ValidationMessages"})
    void chineseAndEnglishHoldTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh.properties");

        assertThat(chinese.stringPropertyNames()).as("keys in Chinese vs English")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english).isNotEmpty();
    }

    /** MessageFormat takes a single quote for the start of literal text, which would swallow the arguments. */
    @ParameterizedTest
    @ValueSource(strings = {"/cn/zoneflow/web/i18n/messages.properties", "/ValidationMessages.properties"})
    void noTextWithArgumentsHasASingleQuote(String resource) throws IOException {
        Properties texts = load(resource);

        assertThat(texts.stringPropertyNames()).filteredOn(key -> texts.getProperty(key).contains("{0")
                        && texts.getProperty(key).replace("''", "").contains("'"))
                .as("texts whose arguments a quote would hide").isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
