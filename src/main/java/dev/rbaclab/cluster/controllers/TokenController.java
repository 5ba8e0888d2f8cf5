package dev.rbaclab.cluster.controllers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Meta;
import dev.rbaclab.cluster.store.ObjectKey;
import dev.rbaclab.cluster.tokens.TokenIssuer;
import dev.rbaclab.explain.Mark;
import dev.rbaclab.explain.Stage;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The token controller (pkg/controller/serviceaccount/tokens_controller.go): a Secret of type
 * kubernetes.io/service-account-token naming an existing ServiceAccount gets the ServiceAccount's uid annotation and
 * a legacy token, the CA and the namespace; one naming a missing ServiceAccount is deleted; deleting a
 * ServiceAccount deletes its token Secrets. Since v1.24 it no longer creates such Secrets by itself.
 */
public final class TokenController implements Controller {

    static final String TYPE = "kubernetes.io/service-account-token";
    static final String NAME_ANNOTATION = "kubernetes.io/service-account.name";
    static final String UID_ANNOTATION = "kubernetes.io/service-account.uid";

    private final TokenIssuer issuer;
    private final String caPem;

    public TokenController(TokenIssuer issuer, String caPem) {
        this.issuer = issuer;
        this.caPem = caPem;
    }

    @Override
    public void created(ControllerContext context, ObjectKey key, ObjectNode object) {
        if (isTokenSecret(key, object)) {
            syncSecret(context, key, object);
        }
    }

    @Override
    public void updated(ControllerContext context, ObjectKey key, ObjectNode object, ObjectNode old) {
        if (isTokenSecret(key, object)) {
            syncSecret(context, key, object);
        }
    }

    @Override
    public void deleted(ControllerContext context, ObjectKey key, ObjectNode old) {
        if (!key.group().isEmpty() || !key.resource().equals("serviceaccounts")) {
            return;
        }
        for (ObjectNode secret : context.tx().list("", "secrets", key.namespace())) {
            if (TYPE.equals(secret.path("type").asText()) && key.name().equals(Meta.annotation(secret, NAME_ANNOTATION))
                    && Meta.uid(old).equals(Meta.annotation(secret, UID_ANNOTATION))) {
                context.delete(new ObjectKey("", "secrets", key.namespace(), Meta.name(secret)));
                context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.token.secret_deleted",
                        key.namespace(), Meta.name(secret), key.name());
            }
        }
    }

    private void syncSecret(ControllerContext context, ObjectKey key, ObjectNode secret) {
        String serviceAccountName = Meta.annotation(secret, NAME_ANNOTATION);
        Optional<ObjectNode> serviceAccount = context.tx().get(new ObjectKey("", "serviceaccounts", key.namespace(),
                serviceAccountName == null ? "" : serviceAccountName));
        String wantedUid = Meta.annotation(secret, UID_ANNOTATION);
        if (serviceAccount.isEmpty() || (wantedUid != null && !wantedUid.equals(Meta.uid(serviceAccount.get())))) {
            context.delete(key);
            context.explanation().add(Stage.CONTROLLERS, Mark.FAIL, "controllers.token.orphan_deleted", key.namespace(),
                    key.name(), serviceAccountName);
            return;
        }
        String uid = Meta.uid(serviceAccount.get());
        JsonNode data = secret.path("data");
        if (uid.equals(wantedUid) && data.hasNonNull("token") && data.hasNonNull("ca.crt") && data.hasNonNull("namespace")) {
            return;
        }
        ObjectNode updated = secret.deepCopy();
        Meta.metadata(updated).with("annotations").put(UID_ANNOTATION, uid);
        ObjectNode newData = updated.with("data");
        String token = issuer.legacy(context.sandbox(), key.namespace(), serviceAccountName, uid, key.name());
        newData.put("ca.crt", base64(caPem));
        newData.put("namespace", base64(key.namespace()));
        newData.put("token", base64(token));
        context.update(key, updated, secret);
        context.explanation().add(Stage.CONTROLLERS, Mark.INFO, "controllers.token.filled", key.namespace(), key.name(),
                serviceAccountName);
    }

    private static boolean isTokenSecret(ObjectKey key, JsonNode object) {
        return key.group().isEmpty() && key.resource().equals("secrets") && TYPE.equals(object.path("type").asText());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
