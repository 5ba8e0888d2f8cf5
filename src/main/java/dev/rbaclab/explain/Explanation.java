package dev.rbaclab.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The explanation of one request, built by the stages as the request passes through them. Not thread-safe: a
 * request is handled on one thread. {@link #discard()} gives an instance that records nothing, for the hot
 * paths that only need a decision (benchmarks, access matrices).
 */
public class Explanation {

    private final List<Line> lines = new ArrayList<>();

    public Line add(Stage stage, Mark mark, String key, Object... args) {
        Line line = new Line(stage, mark, key, strings(args));
        lines.add(line);
        return line;
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    /** Whether lines are kept; callers may skip building expensive arguments when not. */
    public boolean recording() {
        return true;
    }

    public ArrayNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        lines.forEach(line -> array.add(line.toJson()));
        return array;
    }

    public static Explanation fromJson(JsonNode json) {
        Explanation explanation = new Explanation();
        if (json != null && json.isArray()) {
            json.forEach(node -> explanation.lines.add(Line.fromJson(node)));
        }
        return explanation;
    }

    public static Explanation discard() {
        return new Explanation() {
            @Override
            public Line add(Stage stage, Mark mark, String key, Object... args) {
                return new Line(stage, mark, key, List.of());
            }

            @Override
            public boolean recording() {
                return false;
            }
        };
    }

    static List<String> strings(Object[] args) {
        List<String> result = new ArrayList<>(args.length);
        for (Object arg : args) {
            result.add(String.valueOf(arg));
        }
        return result;
    }
}
