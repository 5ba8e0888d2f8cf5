package dev.rbaclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses and validates the checks of a step. */
final class CheckParser {

    private static final Set<String> TYPES = Set.of("object", "access", "request", "permissions", "quiz");
    private static final Set<String> SUBJECT_KINDS = Set.of("User", "Group", "ServiceAccount");

    private final String stepWhere;

    CheckParser(String stepWhere) {
        this.stepWhere = stepWhere;
    }

    Check parse(JsonNode check) {
        String id = Fields.required(check, "id", stepWhere);
        String where = stepWhere + ": check '" + id + "'";
        String type = Fields.required(check, "type", where);
        if (!TYPES.contains(type)) {
            throw new LessonException(where + ": unknown check type '" + type + "' (known: object, access, request, "
                    + "permissions, quiz)");
        }
        Text title = Fields.text(check, "title", where);
        Text failure = Fields.text(check, "failure", where);
        int points = check.has("points") ? check.get("points").asInt() : 1;
        if (points < 0) {
            throw new LessonException(where + ": points cannot be negative");
        }
        return switch (type) {
            case "object" -> objectCheck(check, id, title, failure, points, where);
            case "access" -> accessCheck(check, id, title, failure, points, where);
            case "request" -> new Check.RequestCheck(id, title, failure, points, Fields.optional(check, "user"),
                    Fields.required(check, "verb", where), Fields.optional(check, "resource"),
                    Fields.optional(check, "namespace"), check.has("code") ? check.get("code").asInt() : null);
            case "permissions" -> permissionsCheck(check, id, title, failure, points, where);
            default -> quizCheck(check, id, title, failure, points, where);
        };
    }

    private static Check objectCheck(JsonNode check, String id, Text title, Text failure, int points, String where) {
        List<Check.FieldExpectation> fields = new ArrayList<>();
        for (JsonNode field : check.path("fields")) {
            fields.add(new Check.FieldExpectation(Fields.required(field, "path", where), field.get("equals"),
                    field.has("exists") ? field.get("exists").asBoolean() : null, field.get("contains")));
        }
        return new Check.ObjectCheck(id, title, failure, points, Fields.optional(check, "group"),
                Fields.required(check, "resource", where), Fields.optional(check, "namespace"),
                Fields.required(check, "name", where), !check.has("exists") || check.get("exists").asBoolean(), fields);
    }

    private static Check accessCheck(JsonNode check, String id, Text title, Text failure, int points, String where) {
        String url = Fields.optional(check, "nonResourceURL");
        if (url.isEmpty()) {
            Fields.required(check, "resource", where);
        }
        if (!check.has("allowed")) {
            throw new LessonException(where + ": 'allowed' (true or false) is required");
        }
        return new Check.AccessCheck(id, title, failure, points, subject(check, where), Fields.required(check, "verb", where),
                Fields.optional(check, "group"), Fields.optional(check, "resource"), Fields.optional(check, "subresource"),
                Fields.optional(check, "name"), Fields.optional(check, "namespace"), url, check.get("allowed").asBoolean());
    }

    private static Check permissionsCheck(JsonNode check, String id, Text title, Text failure, int points, String where) {
        List<Check.Rule> rules = new ArrayList<>();
        for (JsonNode rule : check.path("atMost")) {
            rules.add(new Check.Rule(Fields.strings(rule, "apiGroups"), Fields.strings(rule, "resources"),
                    Fields.strings(rule, "verbs"), Fields.strings(rule, "resourceNames"), Fields.strings(rule, "nonResourceURLs")));
        }
        if (rules.isEmpty()) {
            throw new LessonException(where + ": 'atMost' needs at least one rule");
        }
        return new Check.PermissionsCheck(id, title, failure, points, subject(check, where),
                Fields.optional(check, "namespace"), rules, check.path("exactly").asBoolean(false));
    }

    private static Check quizCheck(JsonNode check, String id, Text title, Text failure, int points, String where) {
        List<Check.Option> options = new ArrayList<>();
        int i = 1;
        for (JsonNode option : check.path("options")) {
            options.add(new Check.Option(Fields.text(option, where + ": option " + i++), option.path("correct").asBoolean(false)));
        }
        if (options.size() < 2 || options.stream().filter(Check.Option::correct).count() != 1) {
            throw new LessonException(where + ": a quiz needs at least two options and exactly one correct one");
        }
        return new Check.QuizCheck(id, title, failure, points, Fields.text(check, "question", where), options);
    }

    private static Subject subject(JsonNode check, String where) {
        JsonNode subject = check.get("subject");
        if (subject == null || !subject.isObject()) {
            throw new LessonException(where + ": 'subject' is required");
        }
        String kind = Fields.required(subject, "kind", where + ": subject");
        if (!SUBJECT_KINDS.contains(kind)) {
            throw new LessonException(where + ": subject kind '" + kind + "' is not User, Group or ServiceAccount");
        }
        if (kind.equals("ServiceAccount")) {
            Fields.required(subject, "namespace", where + ": subject");
        }
        return new Subject(kind, Fields.required(subject, "name", where + ": subject"),
                Fields.optional(subject, "namespace"), Fields.strings(subject, "groups"));
    }
}
