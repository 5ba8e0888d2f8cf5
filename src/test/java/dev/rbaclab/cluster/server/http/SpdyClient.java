package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.server.http.spdy.Frame;
import dev.rbaclab.cluster.server.http.spdy.FrameDecoder;
import dev.rbaclab.cluster.server.http.spdy.FrameEncoder;
import dev.rbaclab.cluster.server.http.spdy.HeaderBlock;
import dev.rbaclab.cluster.server.http.spdy.SpdyLimits;
import dev.rbaclab.cluster.server.http.spdy.SpdyProtocolException;
import dev.rbaclab.testing.ApiClient;

import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SPDY exec client written for tests: a raw TLS socket, the HTTP/1.1 upgrade by hand, then frames through the
 * lab's own codec — like spdystream, but it sends whatever a test asks for, valid or not.
 */
final class SpdyClient implements AutoCloseable {

    private final SSLSocket socket;
    private final InputStream in;
    private final OutputStream out;
    private final FrameEncoder encoder = new FrameEncoder();
    private final FrameDecoder decoder = new FrameDecoder(SpdyLimits.DEFAULT);
    private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024).flip();

    private SpdyClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static SpdyClient connect(int port, Path caCertificate) {
        try {
            SSLSocket socket = (SSLSocket) ApiClient.trusting(caCertificate).getSocketFactory().createSocket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            return new SpdyClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server answered to the HTTP request: the status, headers (lowercase names) and, unless 101, the body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }
    }

    /** A POST with an empty body and these header lines ("Name: value"). */
    Answer post(String target, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String[] head = readHead().split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).trim());
        }
        String body = "";
        if (status != 101 && headers.containsKey("content-length")) {
            body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length").get(0))), StandardCharsets.UTF_8);
        }
        return new Answer(status, headers, body);
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head");
            }
            head.write(b);
            byte[] bytes = head.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                return new String(bytes, 0, n - 4, StandardCharsets.US_ASCII);
            }
        }
    }

    void send(Frame... frames) throws IOException {
        for (Frame frame : frames) {
            ByteBuffer bytes = encoder.encode(frame);
            out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        }
        out.flush();
    }

    void sendBytes(ByteBuffer bytes) throws IOException {
        out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        out.flush();
    }

    /** Opens a client stream of this type (ids 1, 3, 5 ... in the order the test chooses). */
    void open(int streamId, String streamType) throws IOException {
        send(new Frame.SynStream(streamId, 0, 0, 0, HeaderBlock.of("streamtype", streamType)));
    }

    /** The next frame from the server, or null once it has closed the connection. */
    Frame next() throws IOException {
        while (true) {
            try {
                Frame frame = decoder.decode(buffer);
                if (frame != null) {
                    return frame;
                }
            } catch (SpdyProtocolException e) {
                throw new IOException("the server sent a malformed frame: " + e.getMessage(), e);
            }
            buffer.compact();
            int read;
            try {
                read = in.read(buffer.array(), buffer.position(), buffer.remaining());
            } finally {
                buffer.flip();
            }
            if (read < 0) {
                return null;
            }
            buffer.limit(buffer.limit() + Math.max(read, 0));
        }
    }

    /** Every frame until the server closes the connection. */
    List<Frame> untilClosed() throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (Frame frame = next(); frame != null; frame = next()) {
            frames.add(frame);
        }
        return frames;
    }

    @Override
    public void close() throws IOException {
        encoder.close();
        decoder.close();
        socket.close();
    }
}
