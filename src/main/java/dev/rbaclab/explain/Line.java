package dev.rbaclab.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One sentence of an explanation (a message key and its arguments) with the lines that detail it. */
public final class Line {

    private final Stage stage;
    private final Mark mark;
    private final String key;
    private final List<String> args;
    private final List<Line> children = new ArrayList<>();

    Line(Stage stage, Mark mark, String key, List<String> args) {
        this.stage = stage;
        this.mark = mark;
        this.key = key;
        this.args = List.copyOf(args);
    }

    public Stage stage() {
        return stage;
    }

    public Mark mark() {
        return mark;
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    public List<Line> children() {
        return Collections.unmodifiableList(children);
    }

    /** Adds a detail line under this one and returns it. */
    public Line add(Mark childMark, String childKey, Object... childArgs) {
        Line child = new Line(stage, childMark, childKey, Explanation.strings(childArgs));
        children.add(child);
        return child;
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("stage", stage.name());
        node.put("mark", mark.name());
        node.put("key", key);
        ArrayNode argArray = node.putArray("args");
        args.forEach(argArray::add);
        if (!children.isEmpty()) {
            ArrayNode childArray = node.putArray("children");
            children.forEach(c -> childArray.add(c.toJson()));
        }
        return node;
    }

    static Line fromJson(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> args = new ArrayList<>();
        node.path("args").forEach(a -> args.add(a.asText()));
        Line line = new Line(Stage.valueOf(node.path("stage").asText()), Mark.valueOf(node.path("mark").asText()),
                node.path("key").asText(), args);
        node.path("children").forEach(c -> line.children.add(fromJson(c)));
        return line;
    }
}
