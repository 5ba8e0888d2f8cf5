package dev.rbaclab.cluster.server.http;

import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Status;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Errors Jetty raises before a request reaches the API (a path that is not UTF-8, a control character in the request
 * line, a header it cannot parse) answered as a Kubernetes Status instead of Jetty's HTML page, for every method:
 * whatever a client sends to the API port, an error it gets is a Status it can read.
 */
final class StatusErrorHandler extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(status(code, message)), callback);
    }

    /** A request Jetty could not even parse. */
    @Override
    public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(status(code, reason));
    }

    private static byte[] status(int code, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return Json.bytes(Status.failure(code, Status.reasonFor(code), text, null).toJson());
    }
}
