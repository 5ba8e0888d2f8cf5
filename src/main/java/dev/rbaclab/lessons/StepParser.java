package dev.rbaclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Parses and validates one step of a lesson.yaml. */
final class StepParser {

    private final Source source;
    private final String lessonId;
    private final String file;

    StepParser(Source source, String lessonId) {
        this.source = source;
        this.lessonId = lessonId;
        this.file = lessonId + "/lesson.yaml";
    }

    Step parse(JsonNode step) {
        String id = Fields.required(step, "id", file);
        String where = file + ": step '" + id + "'";
        if (!LessonLoader.ID.matcher(id).matches()) {
            throw new LessonException(where + ": the id may only have lower-case letters, digits, dots and dashes");
        }
        Text title = Fields.text(step, "title", where);
        Text body = body(Fields.required(step, "text", where), where);
        List<SetupAction> setup = new ArrayList<>();
        for (JsonNode action : step.path("setup")) {
            setup.add(setupAction(action, where));
        }
        CheckParser checkParser = new CheckParser(where);
        List<Check> checks = new ArrayList<>();
        List<String> checkIds = new ArrayList<>();
        for (JsonNode check : step.path("checks")) {
            Check parsed = checkParser.parse(check);
            if (checkIds.contains(parsed.id())) {
                throw new LessonException(where + ": check '" + parsed.id() + "' appears twice");
            }
            checkIds.add(parsed.id());
            checks.add(parsed);
        }
        if (checks.isEmpty()) {
            throw new LessonException(where + ": needs at least one check");
        }
        List<Text> hints = new ArrayList<>();
        int i = 1;
        for (JsonNode hint : step.path("hints")) {
            hints.add(Fields.text(hint, where + ": hint " + i++));
        }
        if (hints.isEmpty()) {
            throw new LessonException(where + ": needs at least one hint");
        }
        List<String> solution = commands(step, "solution", where);
        if (solution.isEmpty()) {
            throw new LessonException(where + ": needs a solution");
        }
        for (String command : solution) {
            if (command.startsWith("answer ") && !checkIds.contains(command.split("\\s+")[1])) {
                throw new LessonException(where + ": the solution answers an unknown quiz '" + command.split("\\s+")[1] + "'");
            }
        }
        int points = step.has("points") ? step.get("points").asInt() : checks.stream().mapToInt(Check::points).sum();
        return new Step(id, title, body, points, setup, checks, hints, solution, commands(step, "tooBroad", where));
    }

    /** Console lines; YAML reads an unquoted line holding ": " as a mapping, which must not become an empty command. */
    private static List<String> commands(JsonNode step, String field, String where) {
        int line = 1;
        for (JsonNode command : step.path(field)) {
            if (!command.isTextual()) {
                throw new LessonException(where + ": " + field + " line " + line + " is not a string (quote a line "
                        + "that contains ': ', or write it as a block scalar)");
            }
            line++;
        }
        return Fields.strings(step, field);
    }

    private Text body(String name, String where) {
        String en = source.read(lessonId + "/" + name + ".en.md");
        String ko = source.read(lessonId + "/" + name + ".ko.md");
        if (en == null || en.isBlank()) {
            throw new LessonException(where + ": " + lessonId + "/" + name + ".en.md is missing or empty");
        }
        if (ko == null || ko.isBlank()) {
            throw new LessonException(where + ": " + lessonId + "/" + name + ".ko.md is missing or empty");
        }
        return new Text(en, ko);
    }

    private static SetupAction setupAction(JsonNode action, String where) {
        if (action.has("apply")) {
            return new SetupAction.Apply(action.get("apply").asText());
        }
        if (action.has("run")) {
            return new SetupAction.Run(action.get("run").asText());
        }
        if (action.has("delete")) {
            JsonNode delete = action.get("delete");
            return new SetupAction.Delete(Fields.optional(delete, "group"), Fields.required(delete, "resource", where),
                    Fields.optional(delete, "namespace"), Fields.required(delete, "name", where));
        }
        throw new LessonException(where + ": a setup action is apply, delete or run");
    }
}
