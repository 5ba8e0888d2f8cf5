package dev.rbaclab.isolation;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand, for the headers java.net.http will not send: a spoofed {@code Host} and upgrade
 * requests ({@code Connection: Upgrade}). Plain for the web port, TLS (trusting the lab's CA) for the API port.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** An answer: the status code and everything after the status line (headers and body). */
    record Response(int code, String text) {
    }

    /** {@code headers} are whole lines without the line end; {@code Connection: close} is added. */
    static Response send(SSLContext tls, int port, String method, String path, String body, String... headers) {
        try (Socket socket = tls == null ? new Socket("127.0.0.1", port)
                : tls.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int firstSpace = answer.indexOf(' ');
            int code = firstSpace < 0 ? -1 : Integer.parseInt(answer.substring(firstSpace + 1, firstSpace + 4));
            return new Response(code, answer.substring(Math.max(0, answer.indexOf("\r\n"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
