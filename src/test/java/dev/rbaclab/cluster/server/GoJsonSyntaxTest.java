package dev.rbaclab.cluster.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Go's encoding/json syntax errors, which the API server returns for a patch that is not JSON. Most cases are those
 * of encoding/json's decode_test.go and scanner_test.go (syntax errors), the rest what kubectl patch -p users type.
 */
class GoJsonSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a YAML-style key in braces       | {automountServiceAccountToken: true} | invalid character 'a' looking for beginning of object key string",
            "an object key without a value    | {\"X\": \"foo\", \"Y\"}                | invalid character '}' after object key",
            "a plus inside an array           | [1, 2, 3+]                           | invalid character '+' after array element",
            "a letter after a number          | {\"X\":12x}                          | invalid character 'x' after object key:value pair",
            "an array that does not end       | [2, 3                                | unexpected end of JSON input",
            "a minus without digits           | {\"F3\": -}                          | invalid character '}' in numeric literal",
            "a trailing comma in an array     | [1, 2,]                              | invalid character ']' looking for beginning of value",
            "a trailing comma in an object    | {\"a\":1,}                           | invalid character '}' looking for beginning of object key string",
            "single quotes                    | {'a':1}                              | invalid character '\\'' looking for beginning of object key string",
            "a bad escape                     | [\"\\x\"]                            | invalid character 'x' in string escape code",
            "a short unicode escape           | [\"\\u12g4\"]                        | invalid character 'g' in \\u hexadecimal character escape",
            "a misspelt literal               | [trux]                               | invalid character 'x' in literal true (expecting 'e')",
            "a cut literal                    | [nul                                 | unexpected end of JSON input",
            "a decimal point without digits   | [1.a]                                | invalid character 'a' after decimal point in numeric literal",
            "an exponent without digits       | [1ea]                                | invalid character 'a' in exponent of numeric literal",
            "a leading zero                   | 01                                   | invalid character '1' after top-level value",
            "two documents                    | {} {}                                | invalid character '{' after top-level value",
            "a bare word                      | foo                                  | invalid character 'o' in literal false (expecting 'a')",
            "a colon missing                  | {\"a\" 1}                            | invalid character '1' after object key",
    })
    void reportsTheFirstBadByteAsGoDoes(String name, String json, String expected) {
        assertThat(GoJsonSyntax.error(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a control character              | 1                                    | '\\x01'",
            "a newline                        | 10                                   | '\\n'",
            "a double quote                   | 34                                   | '\"'",
            "a single quote                   | 39                                   | '\\''",
            "a byte of a UTF-8 sequence       | 195                                  | 'Ã'",
    })
    void quotesCharactersAsScannerQuoteCharDoes(String name, int c, String expected) {
        assertThat(GoJsonSyntax.quoteChar(c)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "an object     | {\"metadata\":{\"labels\":{\"a\":null}},\"x\":[1,-2.5e+3,true,false,\"\\u00e9\\n\"]}",
            "spaces around | `  [ ]  `",
    })
    void acceptsJson(String name, String json) {
        assertThat(GoJsonSyntax.error(json.getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
