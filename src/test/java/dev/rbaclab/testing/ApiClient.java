package dev.rbaclab.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;

/** An HTTPS client for the simulated API server that trusts the lab's CA, as kubectl does with the kubeconfig. */
public final class ApiClient {

    private final String server;
    private final String token;
    private final HttpClient client;

    public ApiClient(String server, String token, Path caCertificate) {
        this.server = server;
        this.token = token;
        this.client = HttpClient.newBuilder().sslContext(trusting(caCertificate)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public ApiClient withToken(String otherToken) {
        return new ApiClient(server, otherToken, this);
    }

    private ApiClient(String server, String token, ApiClient base) {
        this.server = server;
        this.token = token;
        this.client = base.client;
    }

    public String server() {
        return server;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, "application/json", headers);
    }

    public Response post(String path, String body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    public Response put(String path, String body, String... headers) {
        return send("PUT", path, body, "application/json", headers);
    }

    public Response patch(String path, String contentType, String body, String... headers) {
        return send("PATCH", path, body, contentType, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, "application/json", headers);
    }

    /** {@code headers} alternate names and values. */
    public Response send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("https://") ? path : server + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Warning").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body text, content type and the Warning header. */
    public record Response(int code, String body, String contentType, String warning) {
        public JsonNode json() {
            return Json.parse(body);
        }
    }

    /** TLS that trusts the lab's CA (and nothing else). */
    public static SSLContext trusting(Path caCertificate) {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("lab-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
