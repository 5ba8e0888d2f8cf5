package dev.rbaclab.cluster.registry;

import dev.rbaclab.cluster.api.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A label selector in the string form of apimachinery pkg/labels/selector.go: {@code a=b}, {@code a!=b},
 * {@code a in (x,y)}, {@code a notin (x)}, {@code a}, {@code !a}, {@code a>1}, {@code a<1}, joined by commas.
 */
public record LabelSelector(List<Requirement> requirements) {

    public static final LabelSelector EVERYTHING = new LabelSelector(List.of());

    public enum Operator { EQUALS, NOT_EQUALS, IN, NOT_IN, EXISTS, DOES_NOT_EXIST, GREATER_THAN, LESS_THAN }

    public record Requirement(String key, Operator operator, Set<String> values) {
        boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            switch (operator) {
                case EQUALS, IN:
                    return value != null && values.contains(value);
                case NOT_EQUALS, NOT_IN:
                    return value == null || !values.contains(value);
                case EXISTS:
                    return value != null;
                case DOES_NOT_EXIST:
                    return value == null;
                case GREATER_THAN, LESS_THAN:
                    if (value == null) {
                        return false;
                    }
                    try {
                        long actual = Long.parseLong(value);
                        long bound = Long.parseLong(values.iterator().next());
                        return operator == Operator.GREATER_THAN ? actual > bound : actual < bound;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                default:
                    return false;
            }
        }
    }

    public boolean matches(Map<String, String> labels) {
        for (Requirement requirement : requirements) {
            if (!requirement.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    public static LabelSelector parse(String selector) {
        if (selector == null || selector.isBlank()) {
            return EVERYTHING;
        }
        List<Requirement> requirements = new ArrayList<>();
        for (String part : splitTopLevel(selector)) {
            requirements.add(requirement(part.trim(), selector));
        }
        return new LabelSelector(requirements);
    }

    private static Requirement requirement(String text, String whole) {
        if (text.isEmpty()) {
            throw invalid(whole, "found '', expected: !, identifier, or 'end of string'");
        }
        if (text.startsWith("!")) {
            return new Requirement(key(text.substring(1).trim(), whole), Operator.DOES_NOT_EXIST, Set.of());
        }
        String[] setOps = {" notin ", " in "};
        for (String op : setOps) {
            int at = text.indexOf(op);
            if (at > 0) {
                String rest = text.substring(at + op.length()).trim();
                if (!rest.startsWith("(") || !rest.endsWith(")")) {
                    throw invalid(whole, "found '" + rest + "', expected: '('");
                }
                Set<String> values = new TreeSet<>();
                for (String v : rest.substring(1, rest.length() - 1).split(",")) {
                    values.add(v.trim());
                }
                return new Requirement(key(text.substring(0, at).trim(), whole),
                        op.trim().equals("in") ? Operator.IN : Operator.NOT_IN, values);
            }
        }
        for (String op : new String[]{"!=", "==", "=", ">", "<"}) {
            int at = text.indexOf(op);
            if (at > 0) {
                Operator operator = switch (op) {
                    case "!=" -> Operator.NOT_EQUALS;
                    case ">" -> Operator.GREATER_THAN;
                    case "<" -> Operator.LESS_THAN;
                    default -> Operator.EQUALS;
                };
                String value = text.substring(at + op.length()).trim();
                for (String problem : NameValidation.labelValue(value)) {
                    throw invalid(whole, "invalid label value: \"" + value + "\": at key: \"" + text.substring(0, at).trim()
                            + "\": " + problem);
                }
                return new Requirement(key(text.substring(0, at).trim(), whole), operator, Set.of(value));
            }
        }
        return new Requirement(key(text, whole), Operator.EXISTS, Set.of());
    }

    private static String key(String key, String whole) {
        for (String problem : NameValidation.qualifiedName(key)) {
            throw invalid(whole, "key: Invalid value: \"" + key + "\": " + problem);
        }
        return key;
    }

    private static ApiException invalid(String selector, String why) {
        return ApiException.badRequest("unable to parse requirement: " + why);
    }

    /** Splits on commas that are not inside {@code ( )}. */
    private static List<String> splitTopLevel(String selector) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : selector.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
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
