package dev.rbaclab.kubectl.client;

import dev.rbaclab.kubectl.errors.KubectlError;
import dev.rbaclab.kubectl.errors.PrintedAsIs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A request to a server that is not a lab sandbox. kubectl falls back to {@code http://localhost:8080} when the
 * context names no cluster (clientcmd ClusterDefaults), where nothing listens: the console answers as a refused
 * connection, which is what a learner's kubectl shows.
 */
public final class ConnectionRefused extends KubectlError implements PrintedAsIs {

    /** The server kubectl uses when the kubeconfig names none. */
    public static final String DEFAULT_SERVER = "http://localhost:8080";

    private final String host;

    ConnectionRefused(String server, Request request) {
        super(urlError(server, request));
        this.host = server.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    }

    // net/url.Error: Op is the method as Go spells it ("Get"), then the quoted URL and the dial error
    private static String urlError(String server, Request request) {
        String method = request.method().charAt(0) + request.method().substring(1).toLowerCase(Locale.ROOT);
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> entry : request.query().entrySet()) {
            for (String value : entry.getValue()) {
                query.add(encode(entry.getKey()) + "=" + encode(value));
            }
        }
        String url = server + request.path() + (query.length() == 0 ? "" : "?" + query);
        return method + " \"" + url + "\": dial tcp 127.0.0.1:8080: connect: connection refused";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String sentence() {
        return "The connection to the server " + host + " was refused - did you specify the right host or port?";
    }
}
