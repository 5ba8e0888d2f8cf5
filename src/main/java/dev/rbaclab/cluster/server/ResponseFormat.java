package dev.rbaclab.cluster.server;

import dev.rbaclab.cluster.api.GoJson;
import dev.rbaclab.cluster.api.Json;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the API server lays out JSON: compact with a trailing newline (the Go encoder's), or indented when the
 * client is curl or wget or asks with {@code ?pretty=true} (endpoints/handlers/negotiation isPrettyPrint). Bodies
 * already laid out (such as /version's) are left alone.
 */
final class ResponseFormat {

    private ResponseFormat() {
    }

    static ApiResponse apply(ApiRequest request, ApiResponse response) {
        if (!response.contentType().startsWith(ApiResponse.JSON) || response.body().length == 0) {
            return response;
        }
        String body = response.bodyText();
        if (body.indexOf('\n') >= 0) {
            return response;
        }
        String formatted = pretty(request) ? GoJson.pretty(Json.parse(body)) + "\n" : body + "\n";
        return new ApiResponse(response.code(), response.contentType(), formatted.getBytes(StandardCharsets.UTF_8),
                response.warnings(), response.auditId());
    }

    static boolean pretty(ApiRequest request) {
        String pretty = request.queryParam("pretty");
        if (pretty != null) {
            return pretty.equals("true") || pretty.equals("1");
        }
        String agent = request.header("User-Agent");
        if (agent == null) {
            return false;
        }
        String lower = agent.toLowerCase(Locale.ROOT);
        return lower.startsWith("curl") || lower.startsWith("wget");
    }
}
