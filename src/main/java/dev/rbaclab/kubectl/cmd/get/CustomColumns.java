package dev.rbaclab.kubectl.cmd.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.cmd.CommandContext;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoValues;
import dev.rbaclab.kubectl.printers.JsonPath;
import dev.rbaclab.kubectl.printers.TabWriter;
import dev.rbaclab.kubectl.printers.TerminalEscaper;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code -o custom-columns=HEADER:.path,...} (staging/src/k8s.io/kubectl/pkg/cmd/get/customcolumn.go). */
final class CustomColumns {

    private static final Pattern RELAXED = Pattern.compile("^\\{\\.?([^{}]+)\\}$|^\\.?([^{}]+)$");

    private CustomColumns() {
    }

    static void print(CommandContext context, String spec, List<ObjectNode> objects, boolean noHeaders) {
        List<String> headers = new ArrayList<>();
        List<JsonPath> paths = new ArrayList<>();
        for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new CommandError("unexpected custom-columns spec: " + part
                        + ", expected <header>:<json-path-expr>");
            }
            headers.add(part.substring(0, colon));
            paths.add(JsonPath.parse(relaxed(part.substring(colon + 1)), false));
        }
        StringBuilder out = new StringBuilder();
        TabWriter writer = TabWriter.forTables(out);
        if (!noHeaders) {
            writer.write(String.join("\t", headers) + "\n");
        }
        for (JsonNode object : objects) {
            List<String> cells = new ArrayList<>();
            for (JsonPath path : paths) {
                List<JsonNode> values = path.results(object);
                List<String> texts = new ArrayList<>();
                if (values.isEmpty()) {
                    texts.add("<none>");
                }
                for (JsonNode value : values) {
                    texts.add(TerminalEscaper.escape(GoValues.sprint(value)));
                }
                cells.add(String.join(",", texts));
            }
            writer.write(String.join("\t", cells) + "\n");
        }
        writer.flush();
        context.out().print(out.toString());
    }

    // RelaxedJSONPathExpression: "metadata.name", ".metadata.name", "{.metadata.name}" all mean {.metadata.name}
    private static String relaxed(String expression) {
        if (expression.isEmpty()) {
            return expression;
        }
        Matcher m = RELAXED.matcher(expression);
        if (!m.matches()) {
            throw new CommandError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or "
                    + "'{name1.name2}' or '{.name1.name2}'");
        }
        return "{." + (m.group(1) != null ? m.group(1) : m.group(2)) + "}";
    }
}
