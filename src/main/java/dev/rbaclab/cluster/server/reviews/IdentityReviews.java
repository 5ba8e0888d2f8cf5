package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.api.UserInfo;
import dev.rbaclab.cluster.server.ApiCall;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.BodyDecoder;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.tokens.TokenIssuer;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SelfSubjectReview ({@code kubectl auth whoami}: who the server thinks you are) and TokenReview (who a token
 * authenticates as, pkg/registry/authentication/tokenreview/storage.go).
 */
public final class IdentityReviews {

    /** Authenticates a token against one sandbox: the user, or the reason it was refused. */
    @FunctionalInterface
    public interface TokenAuthenticator {
        Result authenticate(Sandbox sandbox, String token, List<String> audiences);

        record Result(Optional<UserInfo> user, String error) {
        }
    }

    private final BodyDecoder decoder;
    private final TokenAuthenticator tokens;

    public IdentityReviews(BodyDecoder decoder, TokenAuthenticator tokens) {
        this.decoder = decoder;
        this.tokens = tokens;
    }

    public ApiResponse selfSubject(ApiCall call) {
        ObjectNode metadata = Json.object();
        metadata.put("creationTimestamp", Meta.timestamp(call.now()));
        ObjectNode status = Json.object();
        status.set("userInfo", userInfo(call.user()));
        ObjectNode response = Json.object();
        response.put("kind", "SelfSubjectReview");
        response.put("apiVersion", "authentication.k8s.io/v1");
        response.set("metadata", metadata);
        response.set("status", status);
        call.explanation().add(Stage.STORAGE, Mark.INFO, "review.whoami", call.user().name());
        return ApiResponse.json(201, response);
    }

    public ApiResponse tokenReview(ApiCall call) {
        if (!call.info().namespace().isEmpty()) {
            throw ApiException.badRequest("namespace is not allowed on this type: " + call.info().namespace());
        }
        ObjectNode body = decoder.object(call.request());
        ReviewResponses.requireEmptyMetadata(body, new GroupKind("authentication.k8s.io", "TokenReview"), false);
        JsonNode spec = body.path("spec");
        String token = spec.path("token").asText("");
        if (token.isEmpty()) {
            throw ApiException.badRequest("token is required for TokenReview in authentication");
        }
        List<String> audiences = Json.strings(spec.get("audiences"));
        List<String> wanted = audiences.isEmpty() ? List.of(TokenIssuer.ISSUER) : audiences;
        TokenAuthenticator.Result result = tokens.authenticate(call.sandbox(), token, wanted);
        ObjectNode status = Json.object();
        status.put("authenticated", result.user().isPresent());
        result.user().ifPresent(user -> status.set("user", userInfo(user)));
        if (result.user().isPresent()) {
            status.set("audiences", Json.arrayOf(wanted));
        }
        ReviewResponses.putIfNotEmpty(status, "error", result.error());
        ObjectNode normalised = Json.object();
        normalised.put("token", token);
        if (!audiences.isEmpty()) {
            normalised.set("audiences", Json.arrayOf(audiences));
        }
        return ReviewResponses.created("authentication.k8s.io/v1", "TokenReview", null, normalised, status);
    }

    static ObjectNode userInfo(UserInfo user) {
        ObjectNode info = Json.object();
        info.put("username", user.name());
        ReviewResponses.putIfNotEmpty(info, "uid", user.uid());
        info.set("groups", Json.arrayOf(user.groups()));
        if (!user.extra().isEmpty()) {
            ObjectNode extra = info.putObject("extra");
            for (Map.Entry<String, List<String>> entry : user.extra().entrySet()) {
                extra.set(entry.getKey(), Json.arrayOf(entry.getValue()));
            }
        }
        return info;
    }
}
