/**
 * SPDY/3.1 as kubectl 1.29 and older speak it for {@code exec} (github.com/moby/spdystream on the client): the
 * frames ({@link Frame}), their wire format ({@link FrameDecoder}, {@link FrameEncoder}) with zlib-compressed
 * name/value header blocks primed with the SPDY/3 dictionary ({@link HeaderBlockReader},
 * {@link HeaderBlockWriter}), one server-side session per upgraded connection ({@link SpdySession},
 * {@link SpdyStream}) and its Jetty connection ({@link SpdyConnection}).
 *
 * <p>What to do with the streams a client opens is not decided here: a {@link StreamHandler} replies to them (or
 * refuses them), reads what arrives and writes back. Nothing in this package knows about exec.
 *
 * <p>Everything a client controls is bounded ({@link SpdyLimits}): frame and header-block sizes (before and after
 * decompression), header pairs, streams per connection, output waiting for a client that does not read, idle time.
 * A malformed frame ends the connection with GOAWAY PROTOCOL_ERROR. Like spdystream, the session does no flow control:
 * it ignores WINDOW_UPDATE and never sends it.
 */
package dev.rbaclab.cluster.server.http.spdy;
