package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The template parser of {@link JsonPath} (client-go util/jsonpath parser.go, simplified to what learners type). */
final class JsonPathParser {

    private final String text;
    private int pos;

    JsonPathParser(String text) {
        this.text = text;
    }

    List<JsonPath.Node> parse() {
        Deque<List<JsonPath.Node>> stack = new ArrayDeque<>();
        Deque<JsonPath.Action> ranges = new ArrayDeque<>();
        List<JsonPath.Node> current = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != '{') {
                literal.append(c);
                pos++;
                continue;
            }
            if (literal.length() > 0) {
                current.add(new JsonPath.Text(literal.toString()));
                literal.setLength(0);
            }
            int close = findClose(pos + 1);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed action");
            }
            String action = text.substring(pos + 1, close).trim();
            pos = close + 1;
            if (action.startsWith("range ") || action.equals("range")) {
                ranges.push(new JsonPath.Action(steps(action.substring(5).trim())));
                stack.push(current);
                current = new ArrayList<>();
            } else if (action.equals("end")) {
                if (ranges.isEmpty()) {
                    throw new IllegalArgumentException("not in range, nothing to end");
                }
                JsonPath.Range range = new JsonPath.Range(ranges.pop(), current);
                current = stack.pop();
                current.add(range);
            } else {
                current.add(new JsonPath.Action(steps(action)));
            }
        }
        if (literal.length() > 0) {
            current.add(new JsonPath.Text(literal.toString()));
        }
        if (!ranges.isEmpty()) {
            throw new IllegalArgumentException("unclosed range");
        }
        return current;
    }

    private int findClose(int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    static List<JsonPath.Step> steps(String expression) {
        return new StepParser(expression).parse();
    }

    /** Parses one action's expression into steps. */
    private static final class StepParser {
        private final String s;
        private int i;

        StepParser(String s) {
            this.s = s;
        }

        List<JsonPath.Step> parse() {
            List<JsonPath.Step> steps = new ArrayList<>();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'') {
                    steps.add(new JsonPath.Literal(TextNode.valueOf(quoted())));
                } else if (c == '.' && i + 1 < s.length() && s.charAt(i + 1) == '.') {
                    i += 2;
                    steps.add(new JsonPath.Recursive());
                    steps.add(fieldOrWildcard());
                } else if (c == '.') {
                    i++;
                    if (i < s.length() && s.charAt(i) != '[' && s.charAt(i) != '.') {
                        steps.add(fieldOrWildcard());
                    }
                } else if (c == '[') {
                    steps.add(bracket());
                } else if (c == '@') {
                    i++;
                    steps.add(new JsonPath.Current());
                } else if (c == '$') {
                    i++;
                    steps.add(new JsonPath.Field("$"));
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    steps.add(fieldOrWildcard());
                }
            }
            return steps;
        }

        private JsonPath.Step fieldOrWildcard() {
            if (i < s.length() && s.charAt(i) == '*') {
                i++;
                return new JsonPath.Wildcard();
            }
            StringBuilder name = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    name.append(s.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '.' || c == '[' || Character.isWhitespace(c)) {
                    break;
                }
                name.append(c);
                i++;
            }
            return new JsonPath.Field(name.toString());
        }

        private String quoted() {
            char quote = s.charAt(i++);
            StringBuilder sb = new StringBuilder();
            while (i < s.length() && s.charAt(i) != quote) {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            i++;
            return sb.toString();
        }

        private JsonPath.Step bracket() {
            int close = matching(i);
            String inside = s.substring(i + 1, close).trim();
            i = close + 1;
            if (inside.startsWith("?(") && inside.endsWith(")")) {
                return filter(inside.substring(2, inside.length() - 1).trim());
            }
            if (inside.equals("*")) {
                return new JsonPath.Wildcard();
            }
            List<String> parts = splitTopLevel(inside, ',');
            if (parts.size() > 1) {
                List<JsonPath.Step> alternatives = new ArrayList<>();
                for (String part : parts) {
                    alternatives.add(single(part.trim()));
                }
                return new JsonPath.Union(alternatives);
            }
            return single(inside);
        }

        private static JsonPath.Step single(String inside) {
            if ((inside.startsWith("'") && inside.endsWith("'")) || (inside.startsWith("\"") && inside.endsWith("\""))) {
                return new JsonPath.Field(inside.substring(1, inside.length() - 1));
            }
            if (inside.contains(":")) {
                String[] parts = inside.split(":", -1);
                return new JsonPath.Slice(number(parts[0]), parts.length > 1 ? number(parts[1]) : null,
                        parts.length > 2 ? number(parts[2]) : null);
            }
            try {
                return new JsonPath.Index(Integer.parseInt(inside));
            } catch (NumberFormatException e) {
                return new JsonPath.Field(inside);
            }
        }

        private static Integer number(String text) {
            return text.isBlank() ? null : Integer.parseInt(text.trim());
        }

        private int matching(int open) {
            int depth = 0;
            char quote = 0;
            for (int j = open; j < s.length(); j++) {
                char c = s.charAt(j);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return j;
                }
            }
            throw new IllegalArgumentException("unterminated array");
        }

        private static JsonPath.Step filter(String expression) {
            for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
                int at = expression.indexOf(op);
                if (at > 0) {
                    List<JsonPath.Step> left = steps(expression.substring(0, at).trim());
                    String rightText = expression.substring(at + op.length()).trim();
                    return new JsonPath.Filter(left, op, value(rightText));
                }
            }
            return new JsonPath.Filter(steps(expression), null, null);
        }

        private static Object value(String text) {
            if ((text.startsWith("'") && text.endsWith("'")) || (text.startsWith("\"") && text.endsWith("\""))) {
                return TextNode.valueOf(text.substring(1, text.length() - 1));
            }
            if (text.equals("true") || text.equals("false")) {
                return BooleanNode.valueOf(Boolean.parseBoolean(text));
            }
            try {
                return LongNode.valueOf(Long.parseLong(text));
            } catch (NumberFormatException e) {
                try {
                    return DoubleNode.valueOf(Double.parseDouble(text));
                } catch (NumberFormatException e2) {
                    return steps(text);
                }
            }
        }

        private static List<String> splitTopLevel(String text, char separator) {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            char quote = 0;
            for (char c : text.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                    current.append(c);
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    current.append(c);
                } else if (c == separator) {
                    parts.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            parts.add(current.toString());
            return parts;
        }
    }
}
