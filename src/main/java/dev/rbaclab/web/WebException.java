package dev.rbaclab.web;

/** A web request that ends with an HTTP status and a message key the error page or JSON shows. */
public final class WebException extends RuntimeException {

    private final int status;
    private final String messageKey;

    public WebException(int status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public static WebException notFound() {
        return new WebException(404, "error.not_found");
    }

    public static WebException forbidden() {
        return new WebException(403, "error.forbidden");
    }

    public static WebException badRequest(String key) {
        return new WebException(400, key);
    }
}
