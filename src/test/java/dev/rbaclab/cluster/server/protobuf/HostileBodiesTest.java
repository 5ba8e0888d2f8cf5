package dev.rbaclab.cluster.server.protobuf;

import dev.rbaclab.cluster.api.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static dev.rbaclab.cluster.server.protobuf.ProtoWriter.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Garbage, truncated, oversized and deeply nested bodies end in a Status, never in a crash or a hang. */
@Timeout(30)
class HostileBodiesTest {

    private static final byte[] MAGIC = {0x6b, 0x38, 0x73, 0x00};

    private final ProtobufBodyDecoder decoder = new ProtobufBodyDecoder();

    static Stream<Arguments> refused() {
        ProtoWriter namespace = new ProtoWriter().message(1, new ProtoWriter().string(1, "foo"));
        return Stream.of(
                arguments("an empty body", new byte[0], 400, "does not start with the Kubernetes protobuf prefix"),
                arguments("JSON sent as protobuf", "{\"kind\":\"Namespace\"}".getBytes(StandardCharsets.UTF_8), 400,
                        "does not start with the Kubernetes protobuf prefix"),
                arguments("the prefix alone", MAGIC, 400, "Object 'Kind' is missing"),
                arguments("a kind without a table", body("v1", "Pod", new ProtoWriter()), 415, "unknown format"),
                arguments("a known kind in an unknown version", body("rbac.authorization.k8s.io/v1beta1", "Role",
                        new ProtoWriter()), 415, "unknown format"),
                arguments("raw in another content encoding", withEnvelope(new ProtoWriter()
                        .message(1, new ProtoWriter().string(1, "v1").string(2, "Namespace"))
                        .bytes(2, new byte[0]).string(3, "gzip")), 415, "unknown format"),
                arguments("a length running past the end", withEnvelope(new ProtoWriter()
                        .tag(2, WireReader.LENGTH_DELIMITED).rawVarint(Integer.MAX_VALUE)), 400, "runs past the end"),
                arguments("a negative length (a 10-byte varint)", withEnvelope(new ProtoWriter()
                        .tag(2, WireReader.LENGTH_DELIMITED).rawVarint(-1L)), 400, "runs past the end"),
                arguments("a varint longer than 10 bytes", withEnvelope(new ProtoWriter()
                        .tag(1, WireReader.VARINT).raw(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                0x01)), 400, "longer than 10 bytes"),
                arguments("field number zero", withEnvelope(new ProtoWriter().raw(0x02, 0x00)), 400,
                        "invalid field key"),
                arguments("a group wire type", body("v1", "Namespace", new ProtoWriter()
                        .tag(50, WireReader.START_GROUP).tag(50, WireReader.END_GROUP)), 400, "group wire type"),
                arguments("a truncated fixed64", body("v1", "Namespace", new ProtoWriter()
                        .tag(50, WireReader.FIXED64).raw(1, 2, 3)), 400, "truncated fixed-size field"),
                arguments("metadata sent as a varint", body("v1", "Namespace", new ProtoWriter().varint(1, 1)), 400,
                        "field 1 (metadata) of Namespace has wire type 0, expected 2"),
                arguments("a time beyond year 9999", body("v1", "Namespace", new ProtoWriter()
                        .message(1, new ProtoWriter().message(8, new ProtoWriter().varint(1, Long.MAX_VALUE)))), 400,
                        "time out of range"),
                arguments("a tree of 200,001 tiny values", body("v1", "ConfigMap", manyEmptyEntries(200_001)), 400,
                        "more than 200000 values"),
                arguments("a body over 3 MiB", Arrays.copyOf(body("v1", "Namespace", namespace), 3 * 1024 * 1024 + 1),
                        413, "Request entity too large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAStatus(String why, byte[] body, int code, String message) {
        ApiException refusal = catchThrowableOfType(ApiException.class, () -> decoder.decode(body));

        assertThat(refusal).as(why).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.getMessage()).contains(message);
    }

    static Stream<KubectlFixture> fixtures() {
        return KubectlFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyTruncationOfARealBodyIsA400OrDecodes(KubectlFixture fixture) {
        for (int length = 0; length < fixture.protobuf().length; length++) {
            byte[] truncated = Arrays.copyOf(fixture.protobuf(), length);
            try {
                decoder.decode(truncated);
            } catch (ApiException refusal) {
                assertThat(refusal.code()).as("%d of %d bytes", length, fixture.protobuf().length).isEqualTo(400);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void randomlyCorruptedBodiesEndInAStatus(KubectlFixture fixture) {
        Random random = new Random(fixture.name().hashCode());
        for (int round = 0; round < 500; round++) {
            byte[] corrupted = fixture.protobuf().clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                corrupted[MAGIC.length + random.nextInt(corrupted.length - MAGIC.length)] = (byte) random.nextInt();
            }
            try {
                decoder.decode(corrupted);
            } catch (ApiException refusal) {
                assertThat(refusal.code()).isIn(400, 415);
            }
        }
    }

    @Test
    void unknownFieldsNestedAHundredThousandLevelsDeepAreSkippedWithoutRecursion() {
        byte[] body = body("v1", "Namespace", new ProtoWriter()
                .message(1, new ProtoWriter().string(1, "foo").raw(nestedUnknownField(99, 100_000))));

        assertThat(decoder.decode(body).path("metadata").path("name").asText()).isEqualTo("foo");
    }

    @Test
    void knownMessagesNestedBeyondTheDepthLimitAreRefused() {
        Message table = Message.of("Level0");
        ProtoWriter bytes = new ProtoWriter();
        for (int level = 1; level <= MessageDecoder.MAX_DEPTH + 2; level++) {
            table = Message.of("Level" + level, Fields.message(1, "child", table));
            bytes = new ProtoWriter().message(1, bytes);
        }
        Message deepest = table;
        byte[] nested = bytes.toByteArray();

        assertThatThrownBy(() -> new MessageDecoder().decode(new WireReader(nested), deepest))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("nested deeper than " + MessageDecoder.MAX_DEPTH);
    }

    /** {@code levels} occurrences of field {@code number}, each holding the next; written outside-in in linear time. */
    private static byte[] nestedUnknownField(int number, int levels) {
        long[] sizes = new long[levels + 1];
        for (int level = 1; level <= levels; level++) {
            sizes[level] = 1 + new ProtoWriter().rawVarint(sizes[level - 1]).toByteArray().length + sizes[level - 1]
                    + (number > 15 ? 1 : 0);
        }
        ProtoWriter out = new ProtoWriter();
        for (int level = levels; level >= 1; level--) {
            out.tag(number, WireReader.LENGTH_DELIMITED).rawVarint(sizes[level - 1]);
        }
        return out.toByteArray();
    }

    private static byte[] withEnvelope(ProtoWriter unknown) {
        return new ProtoWriter().raw(MAGIC).raw(unknown.toByteArray()).toByteArray();
    }

    private static ProtoWriter manyEmptyEntries(int count) {
        ProtoWriter configMap = new ProtoWriter();
        for (int entry = 0; entry < count; entry++) {
            configMap.message(2, new ProtoWriter());
        }
        return configMap;
    }
}
