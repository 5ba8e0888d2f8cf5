package dev.rbaclab.cluster.pods.shell;

import dev.rbaclab.cluster.pods.PodNetwork;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * curl inside a pod. It reaches the API server as the book shows — {@code https://kubernetes},
 * {@code https://kubernetes.default}, {@code https://$KUBERNETES_SERVICE_HOST} — verifying TLS against
 * {@code --cacert} or {@code $CURL_CA_BUNDLE} (without either it fails as curl does), and a kubectl-proxy ambassador
 * on {@code localhost:8001}, which adds the pod's ServiceAccount token.
 */
final class Curl implements Command {

    static final String USER_AGENT = "curl/8.5.0";
    private static final String CERTIFICATE_PROBLEM = """
            curl: (60) SSL certificate problem: unable to get local issuer certificate
            More details here: https://curl.se/docs/sslcerts.html

            curl failed to verify the legitimacy of the server and therefore could not
            establish a secure connection to it. To learn more about this situation and
            how to fix it, please visit the web page mentioned above.
            """;

    @Override
    public int run(Invocation in) {
        CurlRequest request;
        try {
            request = CurlRequest.parse(in.operands());
        } catch (IllegalArgumentException e) {
            return in.fail("curl: " + e.getMessage() + "\ncurl: try 'curl --help' for more information", 2);
        }
        if (request.url() == null) {
            return in.fail("curl: try 'curl --help' for more information", 2);
        }
        Url url = Url.parse(request.url());
        if (url == null) {
            return error(in, request, 3, "URL rejected: Malformed input to a URL function");
        }
        Shell shell = in.shell();
        ShellContext context = shell.context();
        ApiEndpoint endpoint = context.api();
        boolean api = endpoint.serves(url.host(), url.port(80));
        boolean proxy = (url.host().equals("localhost") || url.host().equals("127.0.0.1")) && url.port(80) == 8001;
        if (!api && !proxy) {
            if (url.host().equals("localhost") || url.host().equals("127.0.0.1") || endpoint.hosts().contains(url.host())) {
                return error(in, request, 7, "Failed to connect to " + url.host() + " port " + url.port(url.https() ? 443 : 80)
                        + " after 0 ms: Couldn't connect to server");
            }
            return error(in, request, 6, "Could not resolve host: " + url.host());
        }
        if (proxy && !context.hasKubectlProxy()) {
            return error(in, request, 7, "Failed to connect to " + url.host() + " port 8001 after 0 ms: Couldn't connect to server");
        }
        if (api && !url.https()) {
            in.out().append("Client sent an HTTP request to an HTTPS server.\n");
            return 0;
        }
        if (api && !request.insecure() && !trusts(shell, request)) {
            if (!request.silent() || request.showErrors()) {
                in.err().append(CERTIFICATE_PROBLEM);
            }
            return 60;
        }
        Map<String, List<String>> headers = request.headerMap();
        if (proxy) {
            // what kubectl proxy adds: the ServiceAccount token of the ambassador container
            headers.put("Authorization", List.of("Bearer " + context.proxyToken()));
        }
        byte[] body = request.data() == null ? null : request.data().getBytes(StandardCharsets.UTF_8);
        // another sandbox's path on the lab's address is answered as a path nobody serves (the network decides)
        String path = proxy ? url.path() : endpoint.sandboxPath(url.path());
        PodNetwork.Response response = context.network().send(path == null ? null : context.sandboxId(),
                request.effectiveMethod(), path == null ? url.path() : path, url.query(), headers, body);
        if (request.fail() && response.code() >= 400) {
            return error(in, request, 22, "The requested URL returned error: " + response.code());
        }
        StringBuilder out = new StringBuilder();
        if (request.include()) {
            out.append("HTTP/1.1 ").append(response.code()).append(' ').append(response.reason()).append("\r\n");
            out.append("Content-Type: ").append(response.contentType()).append("\r\n");
            response.headers().forEach((k, v) -> out.append(k).append(": ").append(v).append("\r\n"));
            out.append("\r\n");
        }
        out.append(new String(response.body(), StandardCharsets.UTF_8));
        if (request.outputFile() == null) {
            in.out().append(out);
            return 0;
        }
        return shell.writeFile(request.outputFile(), out.toString(), in.err()) ? 0 : 23;
    }

    /** --cacert FILE or $CURL_CA_BUNDLE naming a file that holds the cluster CA. */
    private static boolean trusts(Shell shell, CurlRequest request) {
        String bundle = request.caCert() != null ? request.caCert() : shell.environment().get("CURL_CA_BUNDLE");
        if (bundle == null) {
            return false;
        }
        String content = shell.read(bundle);
        return content != null && content.contains(shell.context().caPem().trim());
    }

    private static int error(Invocation in, CurlRequest request, int code, String message) {
        if (!request.silent() || request.showErrors()) {
            in.err().append("curl: (").append(code).append(") ").append(message).append('\n');
        }
        return code;
    }

    /** The parts of a URL curl needs. */
    record Url(String scheme, String host, int explicitPort, String path, Map<String, List<String>> query) {
        static Url parse(String text) {
            String rest = text;
            String scheme = "http";
            int schemeEnd = rest.indexOf("://");
            if (schemeEnd >= 0) {
                scheme = rest.substring(0, schemeEnd).toLowerCase();
                rest = rest.substring(schemeEnd + 3);
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String pathAndQuery = slash < 0 ? "/" : rest.substring(slash);
            String host = authority;
            int port = -1;
            int colon = authority.lastIndexOf(':');
            if (colon > 0) {
                host = authority.substring(0, colon);
                try {
                    port = Integer.parseInt(authority.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (host.isEmpty()) {
                return null;
            }
            String path = pathAndQuery;
            Map<String, List<String>> query = new LinkedHashMap<>();
            int question = pathAndQuery.indexOf('?');
            if (question >= 0) {
                path = pathAndQuery.substring(0, question);
                for (String pair : pathAndQuery.substring(question + 1).split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    String[] kv = pair.split("=", 2);
                    query.computeIfAbsent(decode(kv[0]), k -> new java.util.ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
                }
            }
            return new Url(scheme, host.toLowerCase(), port, decode(path), query);
        }

        boolean https() {
            return scheme.equals("https");
        }

        int port(int fallback) {
            return explicitPort > 0 ? explicitPort : https() ? 443 : fallback;
        }

        private static String decode(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
