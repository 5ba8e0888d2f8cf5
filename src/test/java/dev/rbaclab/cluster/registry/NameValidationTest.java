package dev.rbaclab.cluster.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Name and label rules, ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go}: the good and bad values of
 * {@code TestIsDNS1123Label}, {@code TestIsDNS1123Subdomain}, {@code TestIsDNS1035Label}, {@code TestIsQualifiedName}
 * and {@code TestIsValidLabelValue}, in their order (duplicates in the Go lists kept). The Go tests only ask whether a
 * value has problems; the wording is checked separately below, from validation.go's messages.
 */
class NameValidationTest {

    private static final String A63 = "a".repeat(63);
    private static final String A64 = "a".repeat(64);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                table("TestIsDNS1123Label", NameValidation::dns1123Label,
                        List.of("a", "ab", "abc", "a1", "a-1", "a--1--2--b",
                                "0", "01", "012", "1a", "1-a", "1--a--b--2",
                                A63),
                        List.of("", "A", "ABC", "aBc", "A1", "A-1", "1-A",
                                "-", "a-", "-a", "1-", "-1",
                                "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                                ".", "a.", ".a", "a.b", "1.", ".1", "1.2",
                                " ", "a ", " a", "a b", "1 ", " 1", "1 2",
                                A64)),
                table("TestIsDNS1123Subdomain", NameValidation::dns1123Subdomain,
                        List.of("a", "ab", "abc", "a1", "a-1", "a--1--2--b",
                                "0", "01", "012", "1a", "1-a", "1--a--b--2",
                                "a.a", "ab.a", "abc.a", "a1.a", "a-1.a", "a--1--2--b.a",
                                "a.1", "ab.1", "abc.1", "a1.1", "a-1.1", "a--1--2--b.1",
                                "0.a", "01.a", "012.a", "1a.a", "1-a.a", "1--a--b--2",
                                "0.1", "01.1", "012.1", "1a.1", "1-a.1", "1--a--b--2.1",
                                "a.b.c.d.e", "aa.bb.cc.dd.ee", "1.2.3.4.5", "11.22.33.44.55",
                                "a".repeat(253)),
                        List.of("", "A", "ABC", "aBc", "A1", "A-1", "1-A",
                                "-", "a-", "-a", "1-", "-1",
                                "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                                ".", "a.", ".a", "a..b", "1.", ".1", "1..2",
                                " ", "a ", " a", "a b", "1 ", " 1", "1 2",
                                "A.a", "aB.a", "ab.A", "A1.a", "a1.A",
                                "A.1", "aB.1", "A1.1", "1A.1",
                                "0.A", "01.A", "012.A", "1A.a", "1a.A",
                                "A.B.C.D.E", "AA.BB.CC.DD.EE", "a.B.c.d.e", "aa.bB.cc.dd.ee",
                                "a@b", "a,b", "a_b", "a;b",
                                "a:b", "a%b", "a?b", "a$b",
                                "a".repeat(254))),
                table("TestIsDNS1035Label", NameValidation::dns1035Label,
                        List.of("a", "ab", "abc", "a1", "a-1", "a--1--2--b",
                                A63),
                        List.of("0", "01", "012", "1a", "1-a", "1--a--b--2",
                                "", "A", "ABC", "aBc", "A1", "A-1", "1-A",
                                "-", "a-", "-a", "1-", "-1",
                                "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                                ".", "a.", ".a", "a.b", "1.", ".1", "1.2",
                                " ", "a ", " a", "a b", "1 ", " 1", "1 2",
                                A64)),
                table("TestIsQualifiedName", NameValidation::qualifiedName,
                        List.of("simple",
                                "now-with-dashes",
                                "1-starts-with-num",
                                "1234",
                                "simple/simple",
                                "now-with-dashes/simple",
                                "now-with-dashes/now-with-dashes",
                                "now.with.dots/simple",
                                "now-with.dashes-and.dots/simple",
                                "1-num.2-num/3-num",
                                "1234/5678",
                                "1.2.3.4/5678",
                                "Uppercase_Is_OK_123",
                                "example.com/Uppercase_Is_OK_123",
                                "requests.storage-foo",
                                A63,
                                "a".repeat(253) + "/" + "b".repeat(63)),
                        List.of("nospecialchars%^=@",
                                "cantendwithadash-",
                                "-cantstartwithadash-",
                                "only/one/slash",
                                "Example.com/abc",
                                "example_com/abc",
                                "example.com/",
                                "/simple",
                                A64,
                                "a".repeat(254) + "/abc")),
                table("TestIsValidLabelValue", NameValidation::labelValue,
                        List.of("simple",
                                "now-with-dashes",
                                "1-starts-with-num",
                                "end-with-num-1",
                                "1234",  // only num
                                A63,     // to the limit
                                ""),     // empty value
                        List.of("nospecialchars%^=@",
                                "Tama-nui-te-rā.is.Māori.sun",
                                "\\backslashes\\are\\bad",
                                "-starts-with-dash",
                                "ends-with-dash-",
                                ".starts.with.dot",
                                "ends.with.dot.",
                                A64)))  // over the limit
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void acceptsGoodValuesAndRejectsBadOnes(String name, Function<String, List<String>> rule, String value,
                                            boolean good) {
        List<String> problems = rule.apply(value);

        if (good) {
            assertThat(problems).as("'%s'", value).isEmpty();
        } else {
            assertThat(problems).as("'%s'", value).isNotEmpty();
        }
    }

    private static final String LABEL_REGEX_ERROR = "a lowercase RFC 1123 label must consist of lower case alphanumeric "
            + "characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', "
            + "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private static final String QUALIFIED_NAME_REGEX_ERROR = "name part must consist of alphanumeric characters, '-', '_' "
            + "or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
            + "'123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    /** Not a Go table: the messages of validation.go (RegexError, MaxLenError, EmptyError, prefixEach) for v1.32. */
    static Stream<Arguments> messages() {
        return Stream.of(
                arguments("label: upper case", (Function<String, List<String>>) NameValidation::dns1123Label, "A",
                        List.of(LABEL_REGEX_ERROR)),
                arguments("label: too long but well formed", (Function<String, List<String>>) NameValidation::dns1123Label,
                        A64, List.of("must be no more than 63 characters")),
                arguments("label: too long and badly formed", (Function<String, List<String>>) NameValidation::dns1123Label,
                        "A".repeat(64), List.of("must be no more than 63 characters", LABEL_REGEX_ERROR)),
                arguments("subdomain: underscore", (Function<String, List<String>>) NameValidation::dns1123Subdomain, "a_b",
                        List.of("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' "
                                + "or '.', and must start and end with an alphanumeric character (e.g. 'example.com', "
                                + "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")),
                arguments("dns-1035 label: leading digit", (Function<String, List<String>>) NameValidation::dns1035Label,
                        "1a", List.of("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start "
                                + "with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  "
                                + "or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')")),
                // IsQualifiedName checks the name part's regex even when it is empty, so an empty name gets both
                arguments("qualified name: empty name part", (Function<String, List<String>>) NameValidation::qualifiedName,
                        "example.com/", List.of("name part must be non-empty", QUALIFIED_NAME_REGEX_ERROR)),
                arguments("qualified name: empty", (Function<String, List<String>>) NameValidation::qualifiedName,
                        "", List.of("name part must be non-empty", QUALIFIED_NAME_REGEX_ERROR)),
                arguments("qualified name: empty prefix", (Function<String, List<String>>) NameValidation::qualifiedName,
                        "/simple", List.of("prefix part must be non-empty")),
                arguments("qualified name: bad prefix", (Function<String, List<String>>) NameValidation::qualifiedName,
                        "Example.com/abc", List.of("prefix part a lowercase RFC 1123 subdomain must consist of lower case "
                                + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
                                + "character (e.g. 'example.com', regex used for validation is "
                                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")),
                arguments("qualified name: two slashes", (Function<String, List<String>>) NameValidation::qualifiedName,
                        "only/one/slash", List.of("a qualified name must consist of alphanumeric characters, '-', '_' or "
                                + "'.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  "
                                + "or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') "
                                + "with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")),
                arguments("qualified name: too long name part", (Function<String, List<String>>) NameValidation::qualifiedName,
                        A64, List.of("name part must be no more than 63 characters")),
                arguments("label value: trailing dash", (Function<String, List<String>>) NameValidation::labelValue,
                        "ends-with-dash-", List.of("a valid label must be an empty string or consist of alphanumeric "
                                + "characters, '-', '_' or '.', and must start and end with an alphanumeric character "
                                + "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
                                + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void wordsProblemsAsApimachineryDoes(String name, Function<String, List<String>> rule, String value,
                                         List<String> expected) {
        assertThat(rule.apply(value)).containsExactlyElementsOf(expected);
    }

    private static Stream<Arguments> table(String goTest, Function<String, List<String>> rule, List<String> good,
                                           List<String> bad) {
        return Stream.concat(
                good.stream().map(v -> arguments(goTest + ": good '" + printable(v) + "'", rule, v, true)),
                bad.stream().map(v -> arguments(goTest + ": bad '" + printable(v) + "'", rule, v, false)));
    }

    /** Long repeated values would make unreadable names. */
    private static String printable(String value) {
        return value.length() > 40 ? value.substring(0, 8) + "…(" + value.length() + " chars)" : value;
    }
}
