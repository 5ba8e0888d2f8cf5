package dev.rbaclab.cluster.server.http.spdy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.rbaclab.cluster.server.http.spdy.Wire.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The frame format of SPDY/3: every frame type written and read back, frames on the wire as spdystream writes them. */
class FrameCodecTest {

    static Stream<Arguments> frames() {
        return Stream.of(
                arguments("SYN_STREAM as kubectl opens a stream", new Frame.SynStream(1, 0, 0, 0, HeaderBlock.of("streamtype", "error"))),
                arguments("SYN_STREAM with FIN, unidirectional, priority 7 and an associated stream",
                        new Frame.SynStream(3, 1, 7, Frame.FLAG_FIN | Frame.FLAG_UNIDIRECTIONAL, HeaderBlock.of("a", "b"))),
                arguments("SYN_REPLY without headers, as the server replies", new Frame.SynReply(1, 0, HeaderBlock.EMPTY)),
                arguments("HEADERS with FIN and a header of two values",
                        new Frame.Headers(5, Frame.FLAG_FIN, new HeaderBlock(Map.of("accept", List.of("a", "b"))))),
                arguments("RST_STREAM REFUSED_STREAM", new Frame.RstStream(7, RstStatus.REFUSED_STREAM)),
                arguments("RST_STREAM on the largest stream id", new Frame.RstStream(Frame.MAX_STREAM_ID, RstStatus.CANCEL)),
                arguments("SETTINGS with two entries", new Frame.Settings(1, List.of(new Frame.Setting(1, 4, 100),
                        new Frame.Setting(0, 7, 65536)))),
                arguments("SETTINGS without entries", new Frame.Settings(0, List.of())),
                arguments("PING from the client (odd)", new Frame.Ping(1)),
                arguments("PING with the top bit set", new Frame.Ping(0x80000001)),
                arguments("GOAWAY OK after stream 5", new Frame.GoAway(5, GoAwayStatus.OK)),
                arguments("GOAWAY PROTOCOL_ERROR before any stream", new Frame.GoAway(0, GoAwayStatus.PROTOCOL_ERROR)),
                arguments("WINDOW_UPDATE", new Frame.WindowUpdate(3, 65536)),
                arguments("DATA", new Frame.Data(3, 0, "ca.crt\nnamespace\ntoken\n".getBytes(StandardCharsets.UTF_8))),
                arguments("empty DATA with FIN, closing a stream", new Frame.Data(5, Frame.FLAG_FIN, new byte[0])),
                arguments("DATA of the largest payload allowed", new Frame.Data(7, 0, new byte[SpdyLimits.DEFAULT.maxFramePayload()])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void aFrameReadsBackAsWritten(String name, Frame frame) throws Exception {
        try (FrameEncoder encoder = new FrameEncoder(); FrameDecoder decoder = new FrameDecoder(SpdyLimits.DEFAULT)) {
            ByteBuffer wire = encoder.encode(frame);
            assertThat(decoder.decode(wire)).isEqualTo(frame);
            assertThat(wire.hasRemaining()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void aFrameArrivingByteByByteIsReadOnlyWhenComplete(String name, Frame frame) throws Exception {
        try (FrameEncoder encoder = new FrameEncoder(); FrameDecoder decoder = new FrameDecoder(SpdyLimits.DEFAULT)) {
            ByteBuffer wire = encoder.encode(frame);
            ByteBuffer arrived = ByteBuffer.allocate(wire.remaining());
            List<Frame> decoded = new ArrayList<>();
            while (wire.hasRemaining()) {
                arrived.put(wire.get());
                arrived.flip();
                Frame next = decoder.decode(arrived);
                if (next != null) {
                    decoded.add(next);
                }
                arrived.compact();
            }
            assertThat(decoded).containsExactly(frame);
        }
    }

    static Stream<Arguments> wire() {
        return Stream.of(
                arguments("PING 1", "80030006 00000004 00000001", new Frame.Ping(1)),
                arguments("GOAWAY OK after stream 5", "80030007 00000008 00000005 00000000", new Frame.GoAway(5, GoAwayStatus.OK)),
                arguments("RST_STREAM CANCEL", "80030003 00000008 00000003 00000005", new Frame.RstStream(3, RstStatus.CANCEL)),
                arguments("the reserved bit of a stream id is ignored", "80030003 00000008 80000003 00000005",
                        new Frame.RstStream(3, RstStatus.CANCEL)),
                arguments("DATA with FIN", "00000003 01000002 6869", new Frame.Data(3, Frame.FLAG_FIN, "hi".getBytes(StandardCharsets.UTF_8))),
                arguments("WINDOW_UPDATE", "80030009 00000008 00000001 00010000", new Frame.WindowUpdate(1, 65536)),
                arguments("SETTINGS: flags and id share a word", "80030004 0000000c 00000001 01000004 00000064",
                        new Frame.Settings(0, List.of(new Frame.Setting(1, 4, 100)))),
                arguments("an undefined control frame type (CREDENTIAL) is kept to be ignored", "8003000a 00000002 0000",
                        new Frame.Unknown(10, 0, 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wire")
    void bytesOnTheWireReadAsTheFrame(String name, String hex, Frame expected) throws Exception {
        try (FrameDecoder decoder = new FrameDecoder(SpdyLimits.DEFAULT)) {
            assertThat(decoder.decode(hex(hex))).isEqualTo(expected);
        }
    }

    /** What kubectl 1.29 sent after the 101 for {@code kubectl exec test -- ls}: one stream per channel. */
    @Test
    void kubectl129OpensTheErrorStdoutAndStderrStreams() throws Exception {
        ByteBuffer captured = hex("80030001000000290000000100000000000078f9e3c6a7c26260606004a7b392a2d4c45c6851c29a0a0a6800000000ffff"
                + "800300010000001900000003000000000000c22ac5565c92925f5a02000000ffff"
                + "800300010000001500000005000000000000c229975a5404000000ffff");
        try (FrameDecoder decoder = new FrameDecoder(SpdyLimits.DEFAULT)) {
            assertThat(decoder.decode(captured)).isEqualTo(new Frame.SynStream(1, 0, 0, 0, HeaderBlock.of("streamtype", "error")));
            assertThat(decoder.decode(captured)).isEqualTo(new Frame.SynStream(3, 0, 0, 0, HeaderBlock.of("streamtype", "stdout")));
            assertThat(decoder.decode(captured)).isEqualTo(new Frame.SynStream(5, 0, 0, 0, HeaderBlock.of("streamtype", "stderr")));
            assertThat(decoder.decode(captured)).isNull();
        }
    }

    /** zlib's FDICT flag and the dictionary's Adler-32 (the DICTID kubectl sends too): Go's zlib.NewReaderDict checks both. */
    @Test
    void theFirstHeaderBlockNamesTheSpdyDictionary() {
        try (FrameEncoder encoder = new FrameEncoder()) {
            ByteBuffer reply = encoder.encode(new Frame.SynReply(1, 0, HeaderBlock.EMPTY));
            assertThat(reply.getInt(0)).isEqualTo(0x80030002);
            assertThat(reply.get(12) & 0x0f).as("CM: deflate").isEqualTo(8);
            assertThat(reply.get(13) & 0x20).as("FDICT").isEqualTo(0x20);
            assertThat(reply.getInt(14)).as("DICTID").isEqualTo(0xe3c6a7c2);
            java.util.zip.Adler32 adler = new java.util.zip.Adler32();
            adler.update(SpdyDictionary.bytes());
            assertThat(adler.getValue()).isEqualTo(0xe3c6a7c2L);
            assertThat(SpdyDictionary.bytes()).hasSize(1423);
        }
    }
}
