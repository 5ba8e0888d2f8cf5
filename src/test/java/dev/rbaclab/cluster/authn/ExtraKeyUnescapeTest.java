package dev.rbaclab.cluster.authn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Impersonate-Extra- keys are unescaped as impersonation.go's unescapeExtraKey does (url.PathUnescape, else as sent). */
class ExtraKeyUnescapeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "scopes, scopes",
            "example.com%2fscopes, example.com/scopes",
            // PathUnescape leaves '+' alone (URLDecoder would make it a space)
            "a+b, a+b",
            // not valid %-encoding: recorded as sent, no error
            "%zz, %zz",
            "100%, 100%",
    })
    void keys(String header, String key) {
        assertThat(Impersonation.unescapeExtraKey(header)).isEqualTo(key);
    }
}
