package dev.rbaclab.cluster.api;

/**
 * A failure that the real API server answers with a plain-text body instead of a Status
 * (responsewriters.InternalError: {@code Internal Server Error: "<path>": <error>}).
 */
public class PlainTextException extends RuntimeException {

    private final int code;

    public PlainTextException(int code, String text) {
        super(text, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * responsewriters.InternalError: {@code sanitizer.Replace(fmt.Sprintf("Internal Server Error: %q: %v", uri, err))}
     * — the URI Go-quoted, then the whole text HTML-sanitised like a 403 message (errors_test.go TestErrors).
     */
    public static PlainTextException internalError(String path, String error) {
        return new PlainTextException(500,
                Forbidden.escapeHtml("Internal Server Error: " + GoStrings.quote(path) + ": " + error));
    }
}
