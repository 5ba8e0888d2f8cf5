package dev.rbaclab.kubectl.errors;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What kubectl prints on stderr for an error and with which exit code: a port of cmdutil.checkErr,
 * StandardErrorMessage, MultipleErrors and MultilineError (staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go).
 */
public final class ErrorPrinter {

    public static final int DEFAULT_EXIT_CODE = 1;

    /** The text for stderr (ends with a newline) and the exit code. */
    public record Rendered(String text, int exitCode) {
    }

    private ErrorPrinter() {
    }

    public static Rendered render(KubectlError error) {
        // unwrap aggregates of 1
        if (error instanceof AggregateError aggregate && aggregate.errors().size() == 1) {
            error = aggregate.errors().get(0);
        }
        String message;
        int code = DEFAULT_EXIT_CODE;
        if (error instanceof StatusError status && status.isInvalid()) {
            message = invalid(status);
        } else if (error instanceof PrintedAsIs asIs) {
            message = asIs.sentence();
        } else if (error instanceof NoResourceMatchError noMatch) {
            // checkErr prints this one without the "error: " prefix
            message = noMatch.sentence();
        } else if (error instanceof AggregateError aggregate) {
            message = multipleErrors("", aggregate.errors());
        } else if (error instanceof ExitError exit) {
            message = exit.text();
            code = exit.code();
        } else if (error instanceof CobraError cobra) {
            return new Rendered(cobra.printed(), code);
        } else {
            message = standardMessage(error);
            if (message == null) {
                message = error.text();
                if (!message.startsWith("error: ")) {
                    message = "error: " + message;
                }
            }
        }
        if (!message.isEmpty() && !message.endsWith("\n")) {
            message += "\n";
        }
        return new Rendered(message, code);
    }

    /** StandardErrorMessage: the rendering of API errors; null for anything else. */
    public static String standardMessage(KubectlError error) {
        if (error instanceof StatusError status) {
            if (status.reason().equals("Unauthorized")) {
                return "error: You must be logged in to the server (" + status.text() + ")";
            }
            if (!status.reason().isEmpty()) {
                return "Error from server (" + status.reason() + "): " + status.text();
            }
            return "Error from server: " + status.text();
        }
        return null;
    }

    /** messageForError: the standard message, else the error text. */
    public static String messageFor(KubectlError error) {
        String message = standardMessage(error);
        return message != null ? message : error.text();
    }

    private static String multipleErrors(String prefix, List<KubectlError> errors) {
        StringBuilder sb = new StringBuilder();
        for (KubectlError error : errors) {
            sb.append(prefix).append(messageFor(error)).append('\n');
        }
        return sb.toString();
    }

    // the Invalid branch of checkErr: "The <Kind> "<name>" is invalid" plus the causes
    private static String invalid(StatusError status) {
        JsonNode details = status.details();
        if (details.isMissingNode() || details.isNull()) {
            String s = "The request is invalid";
            if (!status.text().isEmpty()) {
                s += ": " + status.text();
            }
            return s;
        }
        String kind = details.path("kind").asText("");
        String name = details.path("name").asText("");
        JsonNode causes = details.path("causes");
        String s = "The request is invalid";
        if (!kind.isEmpty() || !name.isEmpty()) {
            s = "The " + kind + " \"" + name + "\" is invalid";
        } else if (!status.text().isEmpty() && causes.isEmpty()) {
            // only the message says more when there is no kind, name or cause (e.g. a JSON patch that does not apply)
            s += ": " + status.text();
        }
        if (causes.isEmpty()) {
            return s;
        }
        List<String> messages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode cause : causes) {
            String message = cause.path("field").asText("") + ": " + cause.path("message").asText("");
            if (seen.add(message)) {
                messages.add(message);
            }
        }
        return multilineError(s + ": ", messages);
    }

    /** MultilineError over an aggregate of plain messages. */
    private static String multilineError(String prefix, List<String> messages) {
        if (messages.size() == 1) {
            return prefix + messages.get(0) + "\n";
        }
        StringBuilder sb = new StringBuilder(prefix).append('\n');
        for (String message : messages) {
            sb.append("* ").append(message).append('\n');
        }
        return sb.toString();
    }
}
