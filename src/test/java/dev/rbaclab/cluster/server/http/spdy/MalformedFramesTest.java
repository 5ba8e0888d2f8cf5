package dev.rbaclab.cluster.server.http.spdy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.stream.Stream;

import static dev.rbaclab.cluster.server.http.spdy.Wire.deflate;
import static dev.rbaclab.cluster.server.http.spdy.Wire.hex;
import static dev.rbaclab.cluster.server.http.spdy.Wire.rawBlock;
import static dev.rbaclab.cluster.server.http.spdy.Wire.synStream;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Frames a client may send that break SPDY/3 or the server's limits: each is a protocol error, which ends the session. */
class MalformedFramesTest {

    static Stream<Arguments> frames() {
        return Stream.of(
                arguments("a control frame of SPDY/2", hex("80020006 00000004 00000001"), "SPDY version 2 is not 3"),
                arguments("a frame announcing 16 MiB, refused before its payload arrives", hex("00000001 00ffffff"),
                        "frame of 16777215 bytes exceeds the limit of 65536"),
                arguments("DATA on stream 0", hex("00000000 00000001 41"), "stream id 0 is not 1..2^31-1"),
                arguments("RST_STREAM of 4 bytes", hex("80030003 00000004 00000001"), "RST_STREAM of 4 bytes is not 8"),
                arguments("RST_STREAM with status 0", hex("80030003 00000008 00000001 00000000"), "unknown RST_STREAM status 0"),
                arguments("RST_STREAM on stream 0", hex("80030003 00000008 00000000 00000005"), "stream id 0"),
                arguments("PING of 8 bytes", hex("80030006 00000008 00000001 00000000"), "PING of 8 bytes is not 4"),
                arguments("PING 0", hex("80030006 00000004 00000000"), "ping id 0"),
                arguments("PING with flags", hex("80030006 01000004 00000001"), "PING has flags 1"),
                arguments("GOAWAY of 4 bytes", hex("80030007 00000004 00000001"), "GOAWAY of 4 bytes is not 8"),
                arguments("GOAWAY with an unknown status", hex("80030007 00000008 00000001 00000007"), "unknown GOAWAY status 7"),
                arguments("WINDOW_UPDATE of 0", hex("80030009 00000008 00000001 00000000"), "window delta 0"),
                arguments("SETTINGS announcing more entries than it has", hex("80030004 0000000c 00000002 01000004 00000064"),
                        "SETTINGS announces 2 entries in 8 bytes"),
                arguments("SYN_STREAM of 9 bytes", hex("80030001 00000009 00000001 00000000 00"), "SYN_STREAM of 9 bytes is shorter than 10"),
                arguments("SYN_STREAM on stream 0", stream0(), "stream id 0"),
                arguments("SYN_STREAM whose header block is not zlib", synStream(new byte[] {1, 2, 3, 4, 5, 6}),
                        "header block is not valid zlib data"),
                arguments("SYN_STREAM whose header block uses another dictionary",
                        synStream(deflate(rawBlock(0), "not the SPDY dictionary".getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                        "another zlib dictionary than SPDY/3's"),
                arguments("SYN_STREAM whose header block inflates to 1 MiB (a decompression bomb)",
                        synStream(deflate(new byte[1024 * 1024])), "header block inflates to more than 16384 bytes"),
                arguments("SYN_STREAM with a truncated header block", synStream(deflate(new byte[] {0, 0})), "header block is truncated"),
                arguments("SYN_STREAM with more header pairs than allowed", synStream(deflate(rawBlock(33))),
                        "header block has 33 pairs, more than 32"),
                arguments("SYN_STREAM with 4 billion header pairs", synStream(deflate(rawBlock(-1))),
                        "header block has 4294967295 pairs"),
                arguments("SYN_STREAM with a header name longer than the block", synStream(deflate(hex("00000001 7fffffff 41").array())),
                        "header name of 2147483647 bytes overruns the block"),
                arguments("SYN_STREAM with an empty header name", synStream(deflate(rawBlock(1, "", "x"))), "header block has an empty name"),
                arguments("SYN_STREAM with an uppercase header name", synStream(deflate(rawBlock(1, "StreamType", "error"))),
                        "header name StreamType is not lowercase"),
                arguments("SYN_STREAM repeating a header", synStream(deflate(rawBlock(2, "streamtype", "error", "streamtype", "stdout"))),
                        "header block repeats streamtype"),
                arguments("SYN_STREAM with bytes after the last pair", synStream(deflate(rawBlock(0, "streamtype"))),
                        "header block has 14 bytes after its last pair"));
    }

    private static ByteBuffer stream0() {
        ByteBuffer frame = synStream(deflate(rawBlock(0)));
        frame.putInt(8, 0);
        return frame;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void isAProtocolError(String name, ByteBuffer wire, String message) {
        FrameDecoder decoder = new FrameDecoder(SpdyLimits.DEFAULT);
        assertThatThrownBy(() -> decoder.decode(wire)).isInstanceOf(SpdyProtocolException.class).hasMessageContaining(message);
        decoder.close();
    }
}
