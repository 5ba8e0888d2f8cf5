package dev.rbaclab.cluster.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.FieldError;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.cluster.api.Meta;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Secrets (pkg/apis/core/validation ValidateSecret, v1 defaulting and conversion): type defaults to Opaque,
 * stringData is folded into data, each type requires its keys, and type and immutable data cannot change.
 */
final class SecretStrategy implements Strategy {

    static final String SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token";
    static final String SERVICE_ACCOUNT_NAME_KEY = "kubernetes.io/service-account.name";
    static final int MAX_SECRET_SIZE = 1024 * 1024;

    @Override
    public List<String> fieldOrder() {
        return List.of("immutable", "data", "type");
    }

    @Override
    public List<String> omittedWhenEmpty() {
        return List.of("data", "stringData");
    }

    /** Data values must be base64, or the JSON does not even decode into a Secret (a 400, not a 422). */
    static String decodeProblem(ObjectNode object) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.path("data").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                continue;
            }
            String value = field.getValue().asText();
            int bad = firstInvalidBase64(value);
            if (bad >= 0) {
                return "illegal base64 data at input byte " + bad;
            }
        }
        return null;
    }

    private static int firstInvalidBase64(String value) {
        try {
            Base64.getDecoder().decode(value);
            return -1;
        } catch (IllegalArgumentException e) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean ok = Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/' || c == '=';
                if (!ok) {
                    return i;
                }
            }
            return value.length() - value.length() % 4;
        }
    }

    @Override
    public void prepareForCreate(ObjectNode object) {
        foldStringData(object);
        if (object.path("type").asText("").isEmpty()) {
            object.put("type", "Opaque");
        }
    }

    @Override
    public void prepareForUpdate(ObjectNode object, ObjectNode old) {
        foldStringData(object);
        if (object.path("type").asText("").isEmpty()) {
            object.put("type", old.path("type").asText("Opaque"));
        }
    }

    /** The v1 → internal conversion: stringData entries overwrite data entries, base64-encoded. */
    private static void foldStringData(ObjectNode object) {
        JsonNode stringData = object.remove("stringData");
        if (stringData == null || !stringData.isObject() || stringData.isEmpty()) {
            return;
        }
        ObjectNode data = object.get("data") instanceof ObjectNode d ? d : object.putObject("data");
        stringData.fields().forEachRemaining(e -> data.put(e.getKey(),
                Base64.getEncoder().encodeToString(e.getValue().asText().getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public List<FieldError> validate(ObjectNode object) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode data = object.path("data");
        long total = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            errors.addAll(DataKeys.validate("data[" + field.getKey() + "]", field.getKey()));
            total += decodedLength(field.getValue());
        }
        if (total > MAX_SECRET_SIZE) {
            errors.add(new FieldError(FieldError.Type.TOO_LONG, "data", FieldError.OMIT,
                    "must have at most " + MAX_SECRET_SIZE + " bytes"));
        }
        String type = object.path("type").asText("");
        switch (type) {
            case SERVICE_ACCOUNT_TOKEN -> {
                String sa = Meta.annotation(object, SERVICE_ACCOUNT_NAME_KEY);
                if (sa == null || sa.isEmpty()) {
                    errors.add(FieldError.required("metadata.annotations[" + SERVICE_ACCOUNT_NAME_KEY + "]", ""));
                }
            }
            case "kubernetes.io/dockercfg" -> requireJson(data, ".dockercfg", errors);
            case "kubernetes.io/dockerconfigjson" -> requireJson(data, ".dockerconfigjson", errors);
            case "kubernetes.io/basic-auth" -> {
                if (!data.has("username") && !data.has("password")) {
                    errors.add(FieldError.required("data[username]", ""));
                    errors.add(FieldError.required("data[password]", ""));
                }
            }
            case "kubernetes.io/ssh-auth" -> {
                if (decodedLength(data.path("ssh-privatekey")) == 0) {
                    errors.add(FieldError.required("data[ssh-privatekey]", ""));
                }
            }
            case "kubernetes.io/tls" -> {
                if (!data.has("tls.crt")) {
                    errors.add(FieldError.required("data[tls.crt]", ""));
                }
                if (!data.has("tls.key")) {
                    errors.add(FieldError.required("data[tls.key]", ""));
                }
            }
            default -> {
                // Opaque and custom types carry any data
            }
        }
        return errors;
    }

    @Override
    public List<FieldError> validateUpdate(ObjectNode object, ObjectNode old) {
        List<FieldError> errors = new ArrayList<>(validate(object));
        if (!object.path("type").asText("").equals(old.path("type").asText(""))) {
            errors.add(FieldError.invalid("type", object.path("type").asText(""), "field is immutable"));
        }
        if (old.path("immutable").asBoolean(false)) {
            if (!object.path("data").equals(old.path("data"))) {
                errors.add(FieldError.forbidden("data", "field is immutable when `immutable` is set"));
            }
            if (!object.path("immutable").asBoolean(false)) {
                errors.add(FieldError.forbidden("immutable", "field is immutable when `immutable` is set"));
            }
        }
        return errors;
    }

    private static void requireJson(JsonNode data, String key, List<FieldError> errors) {
        if (!data.has(key)) {
            errors.add(FieldError.required("data[" + key + "]", ""));
            return;
        }
        try {
            JsonNode parsed = Json.parse(Base64.getDecoder().decode(data.get(key).asText()));
            if (!parsed.isObject()) {
                errors.add(FieldError.invalid("data[" + key + "]", "<secret contents redacted>",
                        "json: cannot unmarshal " + parsed.getNodeType().name().toLowerCase() + " into Go value of type map[string]interface {}"));
            }
        } catch (Exception e) {
            errors.add(FieldError.invalid("data[" + key + "]", "<secret contents redacted>", "invalid character in JSON"));
        }
    }

    private static long decodedLength(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return 0;
        }
        try {
            return Base64.getDecoder().decode(value.asText()).length;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
