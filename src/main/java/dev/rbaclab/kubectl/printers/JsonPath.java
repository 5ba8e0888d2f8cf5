package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * kubectl's JSONPath templates (client-go util/jsonpath): literal text and {@code {...}} actions with fields,
 * {@code ['key']}, indexes and slices, {@code [*]}, {@code ..field}, filters {@code [?(@.a=="b")]},
 * string literals and {@code range ... end}. Results print as jsonpath.PrintResults does: scalars as text, maps
 * and lists as compact JSON, several results of one action separated by spaces. Missing keys print nothing
 * (kubectl enables AllowMissingKeys).
 */
public final class JsonPath {

    private final List<Node> nodes;
    private final boolean outputJson;

    private JsonPath(List<Node> nodes, boolean outputJson) {
        this.nodes = nodes;
        this.outputJson = outputJson;
    }

    /** Parses a template; throws IllegalArgumentException with jsonpath's message when it is malformed. */
    public static JsonPath parse(String template, boolean outputJson) {
        return new JsonPath(new JsonPathParser(template).parse(), outputJson);
    }

    /** The values of a single-action template, as custom columns read them. */
    public List<JsonNode> results(JsonNode data) {
        List<JsonNode> out = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Action action) {
                out.addAll(evaluate(action.steps(), List.of(data), data));
            }
        }
        return out;
    }

    public String execute(JsonNode data) {
        StringBuilder out = new StringBuilder();
        execute(nodes, data, out);
        return out.toString();
    }

    // ---- template nodes -------------------------------------------------------------------------------------

    sealed interface Node permits Text, Action, Range {
    }

    record Text(String text) implements Node {
    }

    /** One {...}: a chain of steps applied to the current value. */
    record Action(List<Step> steps) implements Node {
    }

    record Range(Action over, List<Node> body) implements Node {
    }

    sealed interface Step permits Field, Index, Slice, Wildcard, Recursive, Filter, Literal, Current, Union {
    }

    record Field(String name) implements Step {
    }

    record Index(int index) implements Step {
    }

    record Slice(Integer start, Integer end, Integer step) implements Step {
    }

    record Wildcard() implements Step {
    }

    record Recursive() implements Step {
    }

    record Filter(List<Step> left, String operator, Object right) implements Step {
    }

    record Literal(JsonNode value) implements Step {
    }

    record Current() implements Step {
    }

    record Union(List<Step> alternatives) implements Step {
    }

    // ---- evaluation ------------------------------------------------------------------------------------------

    private void execute(List<Node> template, JsonNode data, StringBuilder out) {
        for (Node node : template) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Action action) {
                print(evaluate(action.steps(), List.of(data), data), out);
            } else if (node instanceof Range range) {
                for (JsonNode value : evaluate(range.over().steps(), List.of(data), data)) {
                    execute(range.body(), value, out);
                }
            }
        }
    }

    private void print(List<JsonNode> results, StringBuilder out) {
        if (outputJson) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            results.forEach(all::add);
            out.append(GoJson.indented(all));
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            if (r.isContainerNode()) {
                out.append(GoJson.compact(r));
            } else if (r.isNull()) {
                out.append("null");
            } else {
                out.append(GoValues.sprint(r));
            }
            if (i != results.size() - 1) {
                out.append(' ');
            }
        }
    }

    static List<JsonNode> evaluate(List<Step> steps, List<JsonNode> start, JsonNode root) {
        List<JsonNode> current = start;
        for (Step step : steps) {
            current = apply(step, current, root);
        }
        return current;
    }

    private static List<JsonNode> apply(Step step, List<JsonNode> values, JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode value : values) {
            if (step instanceof Field field) {
                if (field.name().equals("$")) {
                    out.add(root);
                } else if (value.isObject() && value.has(field.name())) {
                    out.add(value.get(field.name()));
                }
            } else if (step instanceof Current) {
                out.add(value);
            } else if (step instanceof Literal literal) {
                out.add(literal.value());
            } else if (step instanceof Index index && value.isArray()) {
                int i = index.index() < 0 ? value.size() + index.index() : index.index();
                if (i >= 0 && i < value.size()) {
                    out.add(value.get(i));
                }
            } else if (step instanceof Slice slice && value.isArray()) {
                int size = value.size();
                int from = clamp(slice.start() == null ? 0 : slice.start(), size);
                int to = clamp(slice.end() == null ? size : slice.end(), size);
                int by = slice.step() == null ? 1 : Math.max(1, slice.step());
                for (int i = from; i < to; i += by) {
                    out.add(value.get(i));
                }
            } else if (step instanceof Wildcard) {
                if (value.isArray()) {
                    value.forEach(out::add);
                } else if (value.isObject()) {
                    sortedValues(value).forEach(out::add);
                }
            } else if (step instanceof Recursive) {
                descendants(value, out);
            } else if (step instanceof Filter filter && value.isArray()) {
                for (JsonNode item : value) {
                    if (matches(filter, item, root)) {
                        out.add(item);
                    }
                }
            } else if (step instanceof Union union) {
                for (Step alternative : union.alternatives()) {
                    out.addAll(apply(alternative, List.of(value), root));
                }
            }
        }
        return out;
    }

    private static int clamp(int index, int size) {
        int i = index < 0 ? size + index : index;
        return Math.max(0, Math.min(size, i));
    }

    private static List<JsonNode> sortedValues(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        List<JsonNode> values = new ArrayList<>();
        keys.forEach(k -> values.add(object.get(k)));
        return values;
    }

    private static void descendants(JsonNode value, List<JsonNode> out) {
        out.add(value);
        if (value.isArray()) {
            value.forEach(v -> descendants(v, out));
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                descendants(it.next().getValue(), out);
            }
        }
    }

    private static boolean matches(Filter filter, JsonNode item, JsonNode root) {
        List<JsonNode> left = evaluate(filter.left(), List.of(item), root);
        if (filter.operator() == null) {
            return !left.isEmpty();
        }
        if (left.isEmpty()) {
            return false;
        }
        JsonNode l = left.get(0);
        Object r = filter.right();
        if (r instanceof List<?> steps) {
            @SuppressWarnings("unchecked")
            List<JsonNode> right = evaluate((List<Step>) steps, List.of(item), root);
            if (right.isEmpty()) {
                return false;
            }
            r = right.get(0);
        }
        JsonNode rn = r instanceof JsonNode node ? node : TextNode.valueOf(String.valueOf(r));
        int cmp;
        if (l.isNumber() && rn.isNumber()) {
            cmp = Double.compare(l.doubleValue(), rn.doubleValue());
        } else {
            cmp = l.asText().compareTo(rn.asText());
        }
        return switch (filter.operator()) {
            case "==" -> cmp == 0 && l.isNumber() == rn.isNumber();
            case "!=" -> !(cmp == 0 && l.isNumber() == rn.isNumber());
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            case ">=" -> cmp >= 0;
            default -> false;
        };
    }
}
