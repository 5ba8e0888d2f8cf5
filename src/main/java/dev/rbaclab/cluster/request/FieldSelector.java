package dev.rbaclab.cluster.request;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed field selector (apimachinery pkg/fields/selector.go): comma-separated terms
 * {@code key=value}, {@code key==value} or {@code key!=value}, with backslash escapes.
 */
public record FieldSelector(List<Term> terms) {

    public static final FieldSelector EVERYTHING = new FieldSelector(List.of());

    public record Term(String field, boolean equals, String value) {
    }

    public static FieldSelector parse(String selector) {
        if (selector.isEmpty()) {
            return EVERYTHING;
        }
        List<Term> terms = new ArrayList<>();
        for (String part : splitTerms(selector)) {
            terms.add(parseTerm(part));
        }
        return new FieldSelector(terms);
    }

    /** RequiresExactMatch: the value of the first {@code field=value} term, or null. */
    public String requiresExactMatch(String field) {
        for (Term term : terms) {
            if (term.field().equals(field) && term.equals()) {
                return term.value();
            }
        }
        return null;
    }

    public boolean matches(java.util.function.Function<String, String> fieldValue) {
        for (Term term : terms) {
            String actual = fieldValue.apply(term.field());
            if (actual == null) {
                actual = "";
            }
            if (term.equals() != actual.equals(term.value())) {
                return false;
            }
        }
        return true;
    }

    private static Term parseTerm(String term) {
        int notEquals = indexOfUnescaped(term, "!=");
        if (notEquals > 0) {
            return new Term(term.substring(0, notEquals), false, unescape(term.substring(notEquals + 2)));
        }
        int doubleEquals = indexOfUnescaped(term, "==");
        if (doubleEquals > 0) {
            return new Term(term.substring(0, doubleEquals), true, unescape(term.substring(doubleEquals + 2)));
        }
        int equals = indexOfUnescaped(term, "=");
        if (equals > 0) {
            return new Term(term.substring(0, equals), true, unescape(term.substring(equals + 1)));
        }
        throw new IllegalArgumentException("invalid selector: '" + term + "'; can't understand '" + term + "'");
    }

    private static List<String> splitTerms(String selector) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (char c : selector.toCharArray()) {
            if (escaped) {
                current.append('\\').append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOfUnescaped(String term, String operator) {
        for (int i = 0; i + operator.length() <= term.length(); i++) {
            if (term.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (term.startsWith(operator, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        boolean escaped = false;
        for (char c : value.toCharArray()) {
            if (!escaped && c == '\\') {
                escaped = true;
                continue;
            }
            out.append(c);
            escaped = false;
        }
        return out.toString();
    }
}
