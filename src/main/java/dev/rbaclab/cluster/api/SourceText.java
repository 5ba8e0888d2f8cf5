package dev.rbaclab.cluster.api;

/**
 * Reads a YAML scalar's anchor from the document text, where the parser's location points at the scalar's
 * properties ({@code &name} and a {@code !tag}, in either order). SnakeYAML counts locations in code points.
 */
final class SourceText {

    private SourceText() {
    }

    /** The text as the parser counts it: one char per code point, so that its offsets index it directly. */
    static String of(String text) {
        if (text.codePoints().count() == text.length()) {
            return text;
        }
        StringBuilder flat = new StringBuilder(text.length());
        // a placeholder per code point outside the BMP: anchors are looked up by position, never by these chars
        text.codePoints().forEach(codePoint -> flat.append(Character.isBmpCodePoint(codePoint) ? (char) codePoint : '\uFFFD'));
        return flat.toString();
    }

    static String scalarAnchor(String text, long offset) {
        int at = (int) offset;
        for (int property = 0; property < 2 && at >= 0 && at < text.length(); property++) {
            char first = text.charAt(at);
            if (first != '&' && first != '!') {
                return null;
            }
            int end = at + 1;
            while (end < text.length() && !isSeparator(text.charAt(end))) {
                end++;
            }
            if (first == '&') {
                return text.substring(at + 1, end);
            }
            at = end;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }
}
