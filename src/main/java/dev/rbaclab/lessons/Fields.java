package dev.rbaclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reading required and optional fields of lesson YAML with errors that say where. */
final class Fields {

    private Fields() {
    }

    static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new LessonException(where + ": '" + field + "' is required");
        }
        return value.asText();
    }

    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    static Text text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new LessonException(where + ": '" + field + "' needs an en and a ko text");
        }
        return text(value, where + ": '" + field + "'");
    }

    static Text text(JsonNode value, String where) {
        Text text = new Text(value.path("en").asText(""), value.path("ko").asText(""));
        if (text.en().isBlank()) {
            throw new LessonException(where + ": the English text is missing or empty");
        }
        if (text.ko().isBlank()) {
            throw new LessonException(where + ": the Korean text is missing or empty");
        }
        return text;
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
