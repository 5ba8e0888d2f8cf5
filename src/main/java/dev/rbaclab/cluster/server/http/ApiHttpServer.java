package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.pki.LabCertificates;
import dev.rbaclab.cluster.server.ApiRequest;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.ApiServer;
import dev.rbaclab.cluster.server.Source;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes API over HTTPS: {@code /clusters/<sandbox>/...} for kubeconfigs, and the bare API root for
 * requests kubectl sends without the path prefix ({@code get --raw}), where the credential picks the sandbox.
 * Everything is handed to {@link ApiServer#serve}; this class only translates HTTP.
 */
public final class ApiHttpServer {

    /** kube-apiserver's request body limit (3 MiB). */
    public static final long MAX_BODY_BYTES = 3L * 1024 * 1024;

    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Javalin app;

    public ApiHttpServer(ApiServer apiServer, LabCertificates certificates, int port, ExecUpgrade exec) {
        char[] password = "rbac-lab".toCharArray();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.defaultContentType = ApiResponse.JSON;
            config.router.ignoreTrailingSlashes = false;
            StatusErrorHandler errors = new StatusErrorHandler();
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            config.jetty.addConnector((server, httpConfiguration) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStore(certificates.serverKeyStore(password));
                ssl.setKeyStorePassword(new String(password));
                ssl.setSniRequired(false);
                HttpConfiguration https = new HttpConfiguration(httpConfiguration);
                SecureRequestCustomizer customizer = new SecureRequestCustomizer();
                // learners reach the lab by many names; the certificate, not Jetty, decides what is trusted
                customizer.setSniHostCheck(false);
                https.addCustomizer(customizer);
                ServerConnector connector = new ServerConnector(server,
                        new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
                connector.setPort(port);
                return connector;
            });
            exec.register(config, apiServer);
            for (HandlerType method : METHODS) {
                config.routes.addHttpHandler(method, "/clusters/{sandbox}/<path>", ctx -> serve(apiServer, ctx, ctx.pathParam("sandbox")));
                config.routes.addHttpHandler(method, "/clusters/{sandbox}", ctx -> serve(apiServer, ctx, ctx.pathParam("sandbox")));
                config.routes.addHttpHandler(method, "/<path>", ctx -> serve(apiServer, ctx, null));
                config.routes.addHttpHandler(method, "/", ctx -> serve(apiServer, ctx, null));
            }
            // a refused exec upgrade (WebSocket) throws its Status from before the upgrade: answer it, not a 500
            config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, ApiResponse.status(e.status())));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 413) {
                    write(ctx, ApiResponse.status(ApiException.tooLarge("limit is " + MAX_BODY_BYTES).status()));
                } else {
                    write(ctx, ApiResponse.status(ApiException.badRequest(e.getMessage()).status()));
                }
            });
        });
    }

    public ApiHttpServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    static void serve(ApiServer apiServer, Context ctx, String sandboxId) {
        ApiRequest request = toRequest(ctx, sandboxId, Source.API);
        write(ctx, apiServer.serve(request));
    }

    /** Translates a Javalin request; the API path is what follows {@code /clusters/<id>}. */
    public static ApiRequest toRequest(Context ctx, String sandboxId, Source source) {
        String raw = ctx.req().getRequestURI();
        String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (sandboxId != null) {
            String prefix = "/clusters/" + sandboxId;
            path = path.length() > prefix.length() ? path.substring(prefix.length()) : "/";
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        String method = ctx.req().getMethod();
        byte[] body = method.equals("GET") || method.equals("HEAD") ? new byte[0] : ctx.bodyAsBytes();
        return new ApiRequest(method, sandboxId, path, new LinkedHashMap<>(ctx.queryParamMap()), headers, body, source);
    }

    static void write(Context ctx, ApiResponse response) {
        ctx.status(response.code());
        ctx.contentType(response.contentType());
        ctx.header("Cache-Control", "no-cache, private");
        ctx.header("X-Content-Type-Options", "nosniff");
        List<String> warnings = new ArrayList<>();
        for (String warning : response.warnings()) {
            warnings.add("299 - " + Json.MAPPER.valueToTree(warning).toString());
        }
        if (!warnings.isEmpty()) {
            ctx.header("Warning", String.join(", ", warnings));
        }
        if (!ctx.req().getMethod().equals("HEAD")) {
            ctx.result(response.body());
        }
    }
}
