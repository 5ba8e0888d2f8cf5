package dev.rbaclab;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every learner-facing string exists in English and Korean, with the same arguments, and formats cleanly. */
class MessagesInSyncTest {

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("i18n/messages_en.properties");
        Properties ko = load("i18n/messages_ko.properties");
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(ko.stringPropertyNames());
        Set<String> onlyKorean = new TreeSet<>(ko.stringPropertyNames());
        onlyKorean.removeAll(en.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing in messages_ko").isEmpty();
        assertThat(onlyKorean).as("keys missing in messages_en").isEmpty();
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties en = load("i18n/messages_en.properties");
        Properties ko = load("i18n/messages_ko.properties");
        for (String key : en.stringPropertyNames()) {
            MessageFormat english = new MessageFormat(en.getProperty(key));
            assertThat(english.toPattern()).as(key + " (en)").isNotNull();
            if (ko.containsKey(key)) {
                MessageFormat korean = new MessageFormat(ko.getProperty(key));
                assertThat(korean.getFormatsByArgumentIndex().length).as("arguments of " + key)
                        .isEqualTo(english.getFormatsByArgumentIndex().length);
            }
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesInSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
