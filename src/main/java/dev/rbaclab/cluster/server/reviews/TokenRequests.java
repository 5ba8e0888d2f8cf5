package dev.rbaclab.cluster.server.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.ApiException;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.GroupKind;
import dev.rbaclab.cluster.api.GroupResource;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.server.ApiCall;
import dev.rbaclab.cluster.server.ApiResponse;
import dev.rbaclab.cluster.server.BodyDecoder;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.store.ObjectReader;
import dev.rbaclab.cluster.store.Sandbox;
import dev.rbaclab.cluster.tokens.BoundObject;
import dev.rbaclab.cluster.tokens.IssuedToken;
import dev.rbaclab.cluster.tokens.TokenIssuer;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.util.List;
import java.util.function.Function;

/**
 * The TokenRequest API, {@code POST .../serviceaccounts/<name>/token} (pkg/registry/core/serviceaccount/storage/token.go):
 * a bound, expiring token for the ServiceAccount, optionally bound to a Pod or Secret. This is what
 * {@code kubectl create token} calls.
 */
public final class TokenRequests {

    static final long DEFAULT_EXPIRATION_SECONDS = 3600;
    static final long MIN_EXPIRATION_SECONDS = 600;
    static final long MAX_EXPIRATION_SECONDS = 1L << 32;

    private final BodyDecoder decoder;
    private final Function<Sandbox, ObjectReader> readers;
    private final TokenIssuer issuer;

    public TokenRequests(BodyDecoder decoder, Function<Sandbox, ObjectReader> readers, TokenIssuer issuer) {
        this.decoder = decoder;
        this.readers = readers;
        this.issuer = issuer;
    }

    public ApiResponse create(ApiCall call) {
        if (!call.info().verb().equals("create")) {
            throw ApiException.methodNotSupported(new GroupResource("", "serviceaccounts"), call.info().verb());
        }
        String namespace = call.info().namespace();
        String name = call.info().name();
        ObjectNode body = decoder.object(call.request());
        GroupKind kind = new GroupKind("authentication.k8s.io", "TokenRequest");
        String bodyName = Meta.name(body);
        if (!bodyName.isEmpty() && !bodyName.equals(name)) {
            throw ApiException.invalid(kind, bodyName, List.of(FieldError.invalid("metadata.name", bodyName,
                    "must match the service account name if specified")));
        }
        String bodyNamespace = Meta.namespace(body);
        if (!bodyNamespace.isEmpty() && !bodyNamespace.equals(namespace)) {
            throw ApiException.invalid(kind, name, List.of(FieldError.invalid("metadata.namespace", bodyNamespace,
                    "must match the service account namespace if specified")));
        }
        // as token.go: the ServiceAccount is looked up first, then the request validated
        ObjectReader cluster = readers.apply(call.sandbox());
        ObjectNode serviceAccount = cluster.get(new ObjectKey("", "serviceaccounts", namespace, name))
                .orElseThrow(() -> ApiException.notFound(GroupResource.core("serviceaccounts"), name));
        JsonNode spec = body.path("spec");
        long expiration = spec.hasNonNull("expirationSeconds") ? spec.get("expirationSeconds").asLong() : DEFAULT_EXPIRATION_SECONDS;
        // token.go reports ValidateTokenRequest's errors with an empty name: TokenRequest... "" is invalid
        if (expiration < MIN_EXPIRATION_SECONDS) {
            throw ApiException.invalid(kind, "", List.of(FieldError.invalid("spec.expirationSeconds", expiration,
                    "may not specify a duration less than 10 minutes")));
        }
        if (expiration > MAX_EXPIRATION_SECONDS) {
            throw ApiException.invalid(kind, "", List.of(FieldError.invalid("spec.expirationSeconds", expiration,
                    "may not specify a duration larger than 2^32 seconds")));
        }
        BoundObject bound = boundObject(cluster, namespace, name, spec.get("boundObjectRef"));
        List<String> audiences = Json.strings(spec.get("audiences"));
        if (audiences.isEmpty()) {
            audiences = List.of(TokenIssuer.ISSUER);
        }
        IssuedToken token = issuer.bound(call.sandbox(), namespace, name, Meta.uid(serviceAccount), audiences,
                expiration, bound, false, call.now());
        call.explanation().add(Stage.STORAGE, Mark.PASS, "tokens.issued", namespace, name, expiration,
                String.join(", ", audiences));
        ObjectNode metadata = Json.object();
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        metadata.put("creationTimestamp", Meta.timestamp(call.now()));
        ObjectNode responseSpec = Json.object();
        responseSpec.set("audiences", Json.arrayOf(audiences));
        responseSpec.put("expirationSeconds", expiration);
        responseSpec.set("boundObjectRef", spec.hasNonNull("boundObjectRef") ? spec.get("boundObjectRef") : null);
        ObjectNode status = Json.object();
        status.put("token", token.token());
        status.put("expirationTimestamp", Meta.timestamp(token.expiration()));
        ObjectNode response = Json.object();
        response.put("kind", "TokenRequest");
        response.put("apiVersion", "authentication.k8s.io/v1");
        response.set("metadata", metadata);
        response.set("spec", responseSpec);
        response.set("status", status);
        return ApiResponse.json(201, response);
    }

    private static BoundObject boundObject(ObjectReader cluster, String namespace, String serviceAccount, JsonNode ref) {
        if (ref == null || ref.isNull()) {
            return null;
        }
        String kind = ref.path("kind").asText("");
        String apiVersion = ref.path("apiVersion").asText("v1");
        String name = ref.path("name").asText("");
        String uid = ref.path("uid").asText("");
        switch (kind) {
            case "Pod": {
                ObjectNode pod = cluster.get(new ObjectKey("", "pods", namespace, name))
                        .orElseThrow(() -> ApiException.notFound(GroupResource.core("pods"), name));
                checkUid(GroupResource.core("Pod"), name, uid, Meta.uid(pod));
                String podServiceAccount = pod.path("spec").path("serviceAccountName").asText("");
                if (!podServiceAccount.equals(serviceAccount)) {
                    throw ApiException.badRequest("cannot bind token for serviceaccount \"" + serviceAccount
                            + "\" to pod running with different serviceaccount name.");
                }
                String nodeName = pod.path("spec").path("nodeName").asText("");
                String nodeUid = nodeName.isEmpty() ? "" : cluster.get(new ObjectKey("", "nodes", "", nodeName))
                        .map(Meta::uid).orElse("");
                return BoundObject.pod(name, Meta.uid(pod), nodeUid.isEmpty() ? "" : nodeName, nodeUid);
            }
            case "Secret": {
                ObjectNode secret = cluster.get(new ObjectKey("", "secrets", namespace, name))
                        .orElseThrow(() -> ApiException.notFound(GroupResource.core("secrets"), name));
                checkUid(GroupResource.core("Secret"), name, uid, Meta.uid(secret));
                return BoundObject.secret(name, Meta.uid(secret));
            }
            default:
                throw ApiException.badRequest("cannot bind token to object of type " + group(apiVersion) + ", Kind=" + kind);
        }
    }

    /** token.go names the resource by its kind here: Operation cannot be fulfilled on Pod "web": ... */
    private static void checkUid(GroupResource resource, String name, String wanted, String actual) {
        if (!wanted.isEmpty() && !wanted.equals(actual)) {
            throw ApiException.conflict(resource, name, "the UID in the bound object reference (" + wanted
                    + ") does not match the UID in record. The object might have been deleted and then recreated");
        }
    }

    private static String group(String apiVersion) {
        return apiVersion.contains("/") ? apiVersion.replace("/", ", Version=") : "/" + apiVersion;
    }

}
