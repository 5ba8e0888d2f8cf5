package dev.rbaclab.cluster.server.http.spdy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Header blocks: name/value pairs in one zlib stream per direction, primed with the SPDY dictionary. */
class HeaderBlockCodecTest {

    static Stream<Arguments> blocks() {
        Map<String, List<String>> many = new LinkedHashMap<>();
        for (int i = 0; i < SpdyLimits.DEFAULT.maxHeaderPairs(); i++) {
            many.put("x-header-" + i, List.of("value " + i));
        }
        return Stream.of(
                arguments("no headers (the server's SYN_REPLY)", HeaderBlock.EMPTY),
                arguments("a streamtype", HeaderBlock.of("streamtype", "stdout")),
                arguments("values separated by NUL", new HeaderBlock(Map.of("accept", List.of("text/plain", "", "application/json")))),
                arguments("UTF-8 in a value", HeaderBlock.of("note", "설명 ✓")),
                arguments("as many pairs as allowed", new HeaderBlock(many)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void aBlockReadsBackAsWritten(String name, HeaderBlock block) throws Exception {
        try (HeaderBlockWriter writer = new HeaderBlockWriter(); HeaderBlockReader reader = new HeaderBlockReader(SpdyLimits.DEFAULT)) {
            assertThat(reader.read(writer.write(block))).isEqualTo(block);
        }
    }

    @Test
    void blocksShareOneCompressionStreamAndMustBeReadInOrder() throws Exception {
        HeaderBlock stdout = HeaderBlock.of("streamtype", "stdout");
        try (HeaderBlockWriter writer = new HeaderBlockWriter(); HeaderBlockReader reader = new HeaderBlockReader(SpdyLimits.DEFAULT)) {
            byte[] first = writer.write(stdout);
            byte[] second = writer.write(stdout);
            // the second block refers back to the first: shorter, and meaningless on its own
            assertThat(second.length).isLessThan(first.length);
            assertThat(reader.read(first)).isEqualTo(stdout);
            assertThat(reader.read(second)).isEqualTo(stdout);
        }
        try (HeaderBlockWriter writer = new HeaderBlockWriter(); HeaderBlockReader reader = new HeaderBlockReader(SpdyLimits.DEFAULT)) {
            writer.write(stdout);
            byte[] second = writer.write(stdout);
            assertThatThrownBy(() -> reader.read(second)).isInstanceOf(SpdyProtocolException.class);
        }
    }

    @Test
    void aClientThatEndsItsCompressionStreamCannotSendMoreHeaders() {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setDictionary(SpdyDictionary.bytes());
        deflater.setInput(Wire.rawBlock(0));
        deflater.finish();
        byte[] finished = new byte[256];
        int length = deflater.deflate(finished);
        deflater.end();
        try (HeaderBlockReader reader = new HeaderBlockReader(SpdyLimits.DEFAULT)) {
            assertThatThrownBy(() -> reader.read(java.util.Arrays.copyOf(finished, length)))
                    .isInstanceOf(SpdyProtocolException.class).hasMessage("header compression stream ended");
        }
    }

    @Test
    void theDecompressedSizeLimitCountsWhatIsInflatedNotWhatWasSent() {
        byte[] bomb = Wire.deflate(new byte[64 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(SpdyLimits.DEFAULT.maxFramePayload());
        try (HeaderBlockReader reader = new HeaderBlockReader(SpdyLimits.DEFAULT)) {
            assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(SpdyProtocolException.class)
                    .hasMessage("header block inflates to more than 16384 bytes");
        }
    }
}
