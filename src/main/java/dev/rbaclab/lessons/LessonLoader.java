package dev.rbaclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.cluster.api.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Loads and validates the chapter; any problem is a {@link LessonException} naming file, step and problem. */
public final class LessonLoader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private final Source source;

    public LessonLoader(Source source) {
        this.source = source;
    }

    public Chapter load() {
        JsonNode chapter = yaml("chapter.yaml");
        Text title = Fields.text(chapter, "title", "chapter.yaml");
        List<Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : chapter.path("lessons")) {
            String id = entry.asText();
            if (!ids.add(id)) {
                throw new LessonException("chapter.yaml: lesson '" + id + "' is listed twice");
            }
            lessons.add(lesson(id));
        }
        if (lessons.isEmpty()) {
            throw new LessonException("chapter.yaml: lists no lessons");
        }
        return new Chapter(Fields.required(chapter, "id", "chapter.yaml"), title, lessons);
    }

    /** One lesson by its directory name (what the chapter lists). */
    public Lesson lesson(String id) {
        String file = id + "/lesson.yaml";
        JsonNode lesson = yaml(file);
        String declared = Fields.required(lesson, "id", file);
        if (!declared.equals(id)) {
            throw new LessonException(file + ": id '" + declared + "' differs from its directory '" + id + "'");
        }
        StepParser steps = new StepParser(source, id);
        List<Step> parsed = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        for (JsonNode step : lesson.path("steps")) {
            Step s = steps.parse(step);
            if (!stepIds.add(s.id())) {
                throw new LessonException(file + ": step '" + s.id() + "' appears twice");
            }
            parsed.add(s);
        }
        if (parsed.isEmpty()) {
            throw new LessonException(file + ": has no steps");
        }
        return new Lesson(id, Fields.required(lesson, "section", file), Fields.text(lesson, "title", file),
                Fields.text(lesson, "summary", file), parsed);
    }

    private JsonNode yaml(String file) {
        String text = source.read(file);
        if (text == null) {
            throw new LessonException(file + ": missing");
        }
        try {
            JsonNode node = Json.readYaml(text);
            if (node == null || !node.isObject()) {
                throw new LessonException(file + ": is not a YAML mapping");
            }
            return node;
        } catch (IOException e) {
            throw new LessonException(file + ": not valid YAML: " + e.getMessage());
        }
    }
}
