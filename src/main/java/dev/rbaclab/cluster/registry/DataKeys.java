package dev.rbaclab.cluster.registry;

import dev.rbaclab.cluster.api.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** IsConfigMapKey: keys of ConfigMap and Secret data. */
final class DataKeys {

    private static final String FORMAT = "[-._a-zA-Z0-9]+";
    private static final Pattern KEY = Pattern.compile("^" + FORMAT + "$");

    private DataKeys() {
    }

    static List<FieldError> validate(String field, String key) {
        List<FieldError> errors = new ArrayList<>();
        if (key.length() > NameValidation.DNS1123_SUBDOMAIN_MAX) {
            errors.add(FieldError.invalid(field, key, NameValidation.maxLength(NameValidation.DNS1123_SUBDOMAIN_MAX)));
        }
        if (!KEY.matcher(key).matches()) {
            errors.add(FieldError.invalid(field, key, NameValidation.regexError(
                    "a valid config key must consist of alphanumeric characters, '-', '_' or '.'", FORMAT,
                    "key.name", "KEY_NAME", "key-name")));
        }
        if (key.equals(".")) {
            errors.add(FieldError.invalid(field, key, "must not be '.'"));
        } else if (key.equals("..")) {
            errors.add(FieldError.invalid(field, key, "must not be '..'"));
        } else if (key.startsWith("..")) {
            errors.add(FieldError.invalid(field, key, "must not start with '..'"));
        }
        return errors;
    }
}
