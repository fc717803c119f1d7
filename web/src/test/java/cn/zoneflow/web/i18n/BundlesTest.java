package cn.zoneflow.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
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

    /** A year given to a text as a number would be grouped like an amount: "2,026年". */
    @ParameterizedTest
    @ValueSource(strings = {"/cn/zoneflow/web/i18n/messages_zh.properties", "/ValidationMessages_zh.properties"})
    void aYearIsWrittenWithoutGrouping(String resource) throws IOException {
        Properties texts = load(resource);
        Pattern yearArgument = Pattern.compile("\\{\\d+(,number)?}年");

        assertThat(texts.stringPropertyNames()).filteredOn(key -> yearArgument.matcher(texts.getProperty(key)).find())
                .as("texts showing a year argument that is not formatted {n,number,#}").isEmpty();
    }

    /** A key given twice keeps only its last text, silently: the first is dead and may be the one meant. */
    @ParameterizedTest
    @ValueSource(strings = {"/cn/zoneflow/web/i18n/messages.properties", "/cn/zoneflow/web/i18n/messages_zh.properties",
        "/ValidationMessages.properties", "/ValidationMessages_zh.properties"})
    void noKeyIsGivenTwice(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .forEach(keys::add);
        }

        assertThat(keys.stream().filter(key -> Collections.frequency(keys, key) > 1).distinct().toList())
                .as("keys given more than once in " + resource).isEmpty();
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
