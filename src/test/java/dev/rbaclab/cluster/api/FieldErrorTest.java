package dev.rbaclab.cluster.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Field error wording, ported from kubernetes/kubernetes
 * {@code staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors_test.go}: {@code TestErrorBody},
 * {@code TestNotSupported}, {@code TestMakeFuncs}, {@code TestErrorUsefulMessage} and {@code TestToAggregate} (the
 * latter through {@link ApiException#invalid}, which builds the 422 message from the aggregate).
 *
 * <p>Java has no pointers and no fmt.Stringer: a Go pointer to 2 is the Integer 2, a nil pointer of any type is
 * {@code null}, and a struct or Stringer value is the {@link FieldError.GoValue} of its printed form.
 */
class FieldErrorTest {

    static Stream<Arguments> errorBodies() {
        return Stream.of(
                arguments("int", 2, "Invalid value: 2: details"),
                arguments("intPtr", Integer.valueOf(2), "Invalid value: 2: details"),
                arguments("nil intPtr", null, "Invalid value: \"null\": details"),
                arguments("dummy", new FieldError.GoValue("field.dummy{}"), "Invalid value: field.dummy{}: details"),
                arguments("dummyPtr", new FieldError.GoValue("field.dummy{}"), "Invalid value: field.dummy{}: details"),
                arguments("nil dummyPtr", null, "Invalid value: \"null\": details"),
                arguments("stringer", new FieldError.GoValue("stringer"), "Invalid value: stringer: details"),
                arguments("stringer pointer", new FieldError.GoValue("stringer"), "Invalid value: stringer: details"),
                arguments("nil stringer", null, "Invalid value: \"null\": details"),
                arguments("stringerPtr", new FieldError.GoValue("stringer"), "Invalid value: stringer: details"),
                arguments("stringerPtr pointer", new FieldError.GoValue("stringer"), "Invalid value: stringer: details"),
                arguments("nil stringerPtr", null, "Invalid value: \"null\": details"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorBodies")
    void printsTheBadValueAsGoDoes(String name, Object value, String expected) {
        assertThat(FieldError.invalid("bla", value, "details").body()).isEqualTo(expected);
    }

    @Test
    void notSupportedListsTheSupportedValuesQuoted() {
        FieldError notSupported = FieldError.notSupported("f", "v", List.of("a", "b", "c"));

        assertThat(notSupported.body()).isEqualTo("Unsupported value: \"v\": supported values: \"a\", \"b\", \"c\"");
    }

    static Stream<Arguments> makeFuncs() {
        return Stream.of(
                arguments("Invalid", FieldError.invalid("f", "v", "d"), "FieldValueInvalid"),
                arguments("NotSupported", FieldError.notSupported("f", "v", List.of()), "FieldValueNotSupported"),
                arguments("Duplicate", FieldError.duplicate("f", "v"), "FieldValueDuplicate"),
                arguments("NotFound", new FieldError(FieldError.Type.NOT_FOUND, "f", "v", ""), "FieldValueNotFound"),
                arguments("Required", FieldError.required("f", "d"), "FieldValueRequired"),
                arguments("InternalError", new FieldError(FieldError.Type.INTERNAL, "f", null, "e"), "InternalError"));
    }

    /** TestMakeFuncs: each constructor makes its ErrorType, which a StatusCause carries as its reason. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("makeFuncs")
    void eachConstructorMakesItsType(String name, FieldError error, String type) {
        assertThat(error.toCause().reason()).isEqualTo(type);
    }

    @Test
    void messagesNameFieldValueDetailAndType() {
        // Invalid(nil, nil, "").Error(): a nil path prints as "", a nil value as "null"
        assertThat(FieldError.invalid("", null, "").message()).contains("null");

        String message = FieldError.invalid("foo", "bar", "deet").message();
        assertThat(message).contains("foo", "bar", "deet", "Invalid value");
        assertThat(message).isEqualTo("foo: Invalid value: \"bar\": deet");
    }

    static Stream<Arguments> aggregates() {
        FieldError invalid = FieldError.invalid("f", "v", "d");
        FieldError internal = new FieldError(FieldError.Type.INTERNAL, "", null, "e");
        return Stream.of(
                arguments("one error", List.of(invalid), "f: Invalid value: \"v\": d", 1),
                arguments("a repeated error counts once", List.of(invalid, invalid), "f: Invalid value: \"v\": d", 1),
                arguments("two errors", List.of(invalid, internal), "[f: Invalid value: \"v\": d, : Internal error: e]", 2));
    }

    /**
     * TestToAggregate (the nil and empty lists are not errors at all): ToAggregate drops repeated messages, and an
     * aggregate of several prints "[a, b]". The 422's causes keep every error, as NewInvalid does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("aggregates")
    void invalidAggregatesDistinctMessages(String name, List<FieldError> errors, String aggregate, int distinct) {
        ApiException invalid = ApiException.invalid(new GroupKind("", "Thing"), "x", errors);

        assertThat(invalid.getMessage()).isEqualTo("Thing \"x\" is invalid: " + aggregate);
        assertThat(invalid.status().details().causes()).hasSize(errors.size());
        assertThat(errors.stream().map(FieldError::message).distinct().count()).isEqualTo(distinct);
    }
}
