package dev.rbaclab.robust;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over TLS written byte by byte, for requests no well-behaved client would send (odd methods, invalid UTF-8
 * in the path, broken headers). One connection per request ({@code Connection: close}), read to its end.
 */
final class RawHttps {

    /** No request may take longer: a request that does has hung. */
    static final int TIMEOUT_MILLIS = 30_000;

    private final SSLContext tls;
    private final int port;

    RawHttps(SSLContext tls, int port) {
        this.tls = tls;
        this.port = port;
    }

    /** A response as read off the wire; {@code code} -1 when the server closed the connection without one. */
    record Response(int code, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Thrown when the server did not answer within {@link #TIMEOUT_MILLIS}. */
    static final class Hung extends IOException {
        Hung(String request) {
            super("no answer within " + TIMEOUT_MILLIS + " ms to " + request);
        }
    }

    Response exchange(byte[] head, byte[] body) throws IOException {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer (413) and close before it has read everything: read what it said
            }
            return read(socket.getInputStream(), new String(head, 0, Math.min(head.length, 120), StandardCharsets.ISO_8859_1));
        }
    }

    /** Sends only the start of a body it announced as longer, then goes away. */
    void abandon(byte[] head, byte[] partOfBody) throws IOException {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.getOutputStream().write(head);
            socket.getOutputStream().write(partOfBody);
            socket.getOutputStream().flush();
        }
    }

    private static Response read(InputStream in, String request) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new Hung(request);
        } catch (IOException reset) {
            // a reset after the answer: keep what arrived
        }
        return parse(all.toByteArray());
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        // an interim "100 Continue" (the request said Expect: 100-continue) comes before the answer
        while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
            int interimEnd = text.indexOf("\r\n\r\n") + 4;
            raw = java.util.Arrays.copyOfRange(raw, interimEnd, raw.length);
            text = text.substring(interimEnd);
        }
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Response(-1, Map.of(), raw);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
