package dev.rbaclab.cluster.server.http.spdy;

import java.time.Duration;

/**
 * What one SPDY connection may cost the server, whatever the client sends.
 *
 * @param maxFramePayload      largest frame payload accepted (the 24-bit length allows 16 MiB; spdystream writes data
 *                             in io.Copy's 32 KiB chunks and headers of a few bytes)
 * @param maxHeaderBlockBytes  largest header block after decompression
 * @param maxHeaderPairs       most name/value pairs in one header block
 * @param maxStreams           most streams a client may open on one connection (exec needs at most five)
 * @param maxQueuedBytes       output waiting for a client that does not read before the connection is dropped
 * @param idleTimeout          no frame in either direction for this long closes the connection (kubectl pings every 5 s)
 * @param lingerTimeout        after our GOAWAY, how long the client may take to close its end
 */
public record SpdyLimits(int maxFramePayload, int maxHeaderBlockBytes, int maxHeaderPairs, int maxStreams,
                         int maxQueuedBytes, Duration idleTimeout, Duration lingerTimeout) {

    public static final SpdyLimits DEFAULT = new SpdyLimits(64 * 1024, 16 * 1024, 32, 8, 4 * 1024 * 1024,
            Duration.ofMinutes(30), Duration.ofSeconds(5));

    public SpdyLimits {
        if (maxFramePayload < 1024 || maxFramePayload > 0xffffff) {
            throw new IllegalArgumentException("maxFramePayload must be between 1 KiB and 16 MiB: " + maxFramePayload);
        }
        if (maxHeaderBlockBytes < 4 || maxHeaderPairs < 1 || maxStreams < 1 || maxQueuedBytes < maxFramePayload) {
            throw new IllegalArgumentException("limits too small");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || lingerTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
