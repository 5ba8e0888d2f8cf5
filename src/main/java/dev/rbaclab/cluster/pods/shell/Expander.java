package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands a raw word when its command runs: quotes, backslashes, {@code $VAR}, {@code ${VAR}}, {@code $?},
 * {@code $(...)} and backticks. Unquoted expansions are split on whitespace, as sh does.
 */
final class Expander {

    private final Shell shell;

    Expander(Shell shell) {
        this.shell = shell;
    }

    List<String> expand(String raw) {
        // tilde expansion: an unquoted ~ at the start of a word is $HOME (/root in a busybox container)
        if (raw.equals("~") || raw.startsWith("~/")) {
            String home = shell.variable("HOME");
            raw = (home.isEmpty() ? "/root" : home) + raw.substring(1);
        }
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasWord = false;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                current.append(raw.charAt(i + 1));
                hasWord = true;
                i += 2;
            } else if (c == '\'') {
                int end = Lexer.closing(raw, i, '\'');
                current.append(raw, i + 1, end);
                hasWord = true;
                i = end + 1;
            } else if (c == '"') {
                int end = Lexer.closing(raw, i, '"');
                current.append(doubleQuoted(raw.substring(i + 1, end)));
                hasWord = true;
                i = end + 1;
            } else if (c == '$' || c == '`') {
                int[] end = new int[1];
                String value = dollar(raw, i, end);
                i = end[0];
                // an unquoted expansion splits into words on whitespace
                String[] parts = value.split("\\s+", -1);
                for (int p = 0; p < parts.length; p++) {
                    if (p > 0) {
                        if (hasWord || current.length() > 0) {
                            words.add(current.toString());
                        }
                        current.setLength(0);
                        hasWord = false;
                    }
                    current.append(parts[p]);
                    hasWord |= !parts[p].isEmpty();
                }
            } else {
                current.append(c);
                hasWord = true;
                i++;
            }
        }
        if (hasWord || current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    /** A here-document body with an unquoted delimiter: parameters and commands expand, quotes stay as typed. */
    String hereDocument(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && "\\$`".indexOf(body.charAt(i + 1)) >= 0) {
                out.append(body.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                int[] end = new int[1];
                out.append(dollar(body, i, end));
                i = end[0];
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                int[] end = new int[1];
                out.append(dollar(text, i, end));
                i = end[0];
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The value of the expansion at {@code start}; {@code end[0]} is set past it. */
    private String dollar(String text, int start, int[] end) {
        if (text.charAt(start) == '`') {
            int close = text.indexOf('`', start + 1);
            if (close < 0) {
                throw new ShellSyntaxError("syntax error: unterminated `");
            }
            end[0] = close + 1;
            return shell.capture(text.substring(start + 1, close));
        }
        if (start + 1 >= text.length()) {
            end[0] = start + 1;
            return "$";
        }
        char next = text.charAt(start + 1);
        if (next == '(') {
            int close = Lexer.closingParen(text, start + 1);
            end[0] = close + 1;
            return shell.capture(text.substring(start + 2, close));
        }
        if (next == '{') {
            int close = text.indexOf('}', start);
            if (close < 0) {
                throw new ShellSyntaxError("syntax error: bad substitution");
            }
            end[0] = close + 1;
            return shell.variable(text.substring(start + 2, close));
        }
        if (next == '?') {
            end[0] = start + 2;
            return Integer.toString(shell.lastStatus());
        }
        int j = start + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        if (j == start + 1) {
            end[0] = start + 1;
            return "$";
        }
        end[0] = j;
        return shell.variable(text.substring(start + 1, j));
    }
}
