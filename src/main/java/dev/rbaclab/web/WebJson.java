package dev.rbaclab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.store.AuditEvent;
import dev.rbaclab.cluster.store.StaticToken;
import io.javalin.http.Context;

/** JSON in and out of the lab's own API. */
final class WebJson {

    private WebJson() {
    }

    static JsonNode body(Context ctx) {
        try {
            JsonNode node = Json.parse(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw WebException.badRequest("error.bad_json");
            }
            return node;
        } catch (java.io.IOException e) {
            throw WebException.badRequest("error.bad_json");
        }
    }

    static void write(Context ctx, JsonNode json) {
        ctx.contentType("application/json");
        ctx.result(Json.write(json));
    }

    static ObjectNode auditEvent(AuditEvent event) {
        ObjectNode json = Json.object();
        json.put("id", event.id());
        json.put("time", event.at().toString());
        json.put("source", event.source());
        json.put("user", event.user());
        json.put("verb", event.verb());
        json.put("method", event.method());
        json.put("uri", event.uri());
        json.put("code", event.code());
        json.put("decision", event.decision());
        json.set("explanation", event.explanation());
        return json;
    }

    static ObjectNode staticUser(StaticToken token) {
        ObjectNode json = Json.object();
        json.put("name", token.user());
        json.put("uid", token.uid());
        json.set("groups", Json.arrayOf(token.groups()));
        json.put("token", token.token());
        return json;
    }
}
