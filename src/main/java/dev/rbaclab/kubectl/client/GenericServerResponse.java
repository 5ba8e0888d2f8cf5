package dev.rbaclab.kubectl.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.errors.StatusError;

import java.util.Locale;

/** apierrors.NewGenericServerResponse: the Status client-go makes up for an error answer that is not a Status. */
final class GenericServerResponse {

    private GenericServerResponse() {
    }

    static StatusError of(int code, Request request, String serverMessage) {
        String reason = "";
        String message = "the server responded with the status code " + code + " but did not return more information";
        switch (code) {
            case 409 -> {
                reason = request.method().equals("POST") ? "AlreadyExists" : "Conflict";
                message = "the server reported a conflict";
            }
            case 404 -> {
                reason = "NotFound";
                message = "the server could not find the requested resource";
            }
            case 400 -> {
                reason = "BadRequest";
                message = "the server rejected our request for an unknown reason";
            }
            case 401 -> {
                reason = "Unauthorized";
                message = "the server has asked for the client to provide credentials";
            }
            case 403 -> {
                reason = "Forbidden";
                message = serverMessage;
            }
            case 406 -> {
                reason = "NotAcceptable";
                message = serverMessage.isEmpty() || serverMessage.equals("unknown")
                        ? "the server was unable to respond with a content type that the client supports" : serverMessage;
            }
            case 415 -> {
                reason = "UnsupportedMediaType";
                message = serverMessage;
            }
            case 405 -> {
                reason = "MethodNotAllowed";
                message = "the server does not allow this method on the requested resource";
            }
            case 422 -> {
                reason = "Invalid";
                message = "the server rejected our request due to an error in our request";
            }
            case 503 -> {
                reason = "ServiceUnavailable";
                message = "the server is currently unable to handle the request";
            }
            case 504 -> {
                reason = "Timeout";
                message = "the server was unable to return a response in the time allotted, but may still be processing the request";
            }
            case 429 -> {
                reason = "TooManyRequests";
                message = "the server has received too many requests and has asked us to try again later";
            }
            default -> {
                if (code >= 500) {
                    reason = "InternalError";
                    message = "an error on the server (\"" + serverMessage + "\") has prevented the request from succeeding";
                }
            }
        }
        String verb = request.method().toLowerCase(Locale.ROOT);
        if (!request.resource().isEmpty() && !request.name().isEmpty()) {
            message = message + " (" + verb + " " + request.resource() + " " + request.name() + ")";
        } else if (!request.resource().isEmpty()) {
            message = message + " (" + verb + " " + request.resource() + ")";
        }
        ObjectNode status = Json.object();
        status.put("kind", "Status");
        status.put("apiVersion", "v1");
        status.put("status", "Failure");
        status.put("message", message);
        if (!reason.isEmpty()) {
            status.put("reason", reason);
        }
        ObjectNode details = status.putObject("details");
        if (!request.name().isEmpty()) {
            details.put("name", request.name());
        }
        if (!request.resource().isEmpty()) {
            details.put("kind", request.resource());
        }
        details.putArray("causes").addObject().put("reason", "UnexpectedServerResponse").put("message", serverMessage);
        status.put("code", code);
        return new StatusError(status);
    }
}
