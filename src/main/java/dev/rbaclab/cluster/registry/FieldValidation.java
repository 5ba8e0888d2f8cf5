package dev.rbaclab.cluster.registry;

/**
 * The {@code fieldValidation} option of a create or update: what the API server does with fields the kind does not
 * have. kubectl sends Strict for create -f, apply and the generators, and nothing for run, where the server's
 * default applies: Warn (create.go and update.go, {@code fieldValidation("")}).
 */
public enum FieldValidation {
    /** Unknown fields make the request a 400: "strict decoding error: unknown field ...". */
    STRICT,
    /** Unknown fields are dropped, each with a warning. */
    WARN,
    /** Unknown fields are dropped silently. */
    IGNORE;

    public static FieldValidation parse(String queryValue) {
        if ("Strict".equals(queryValue)) {
            return STRICT;
        }
        return "Ignore".equals(queryValue) ? IGNORE : WARN;
    }
}
