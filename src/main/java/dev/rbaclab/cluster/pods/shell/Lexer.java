package dev.rbaclab.cluster.pods.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into raw words and operators, keeping quotes, escapes and {@code $(...)} inside words for
 * the expansion that happens when the command runs (so that {@code export T=$(cat f)} then {@code $T} works).
 */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokens(String line) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(c).append(line.charAt(i + 1));
                i += 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closing(line, i, c);
                word.append(line, i, end + 1);
                i = end + 1;
            } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                int end = closingParen(line, i + 1);
                word.append(line, i, end + 1);
                i = end + 1;
            } else if (c == '#' && word.length() == 0) {
                break;
            } else if (Character.isWhitespace(c)) {
                flush(tokens, word);
                i++;
            } else if (c == '|' || c == '&' || c == ';' || c == '>' || c == '<') {
                i = operator(line, i, tokens, word);
            } else {
                word.append(c);
                i++;
            }
        }
        flush(tokens, word);
        return tokens;
    }

    private static int operator(String line, int i, List<Token> tokens, StringBuilder word) {
        char c = line.charAt(i);
        boolean stderrRedirect = c == '>' && word.length() == 1 && word.charAt(0) == '2';
        if (stderrRedirect) {
            word.setLength(0);
        } else {
            flush(tokens, word);
        }
        String rest = line.substring(i);
        String op;
        Token.Kind kind;
        if (rest.startsWith("&&")) {
            op = "&&";
            kind = Token.Kind.AND;
        } else if (rest.startsWith("||")) {
            op = "||";
            kind = Token.Kind.OR;
        } else if (c == '|') {
            op = "|";
            kind = Token.Kind.PIPE;
        } else if (c == ';') {
            op = ";";
            kind = Token.Kind.SEMICOLON;
        } else if (rest.startsWith(">&1") && stderrRedirect) {
            op = ">&1";
            kind = Token.Kind.REDIRECT;
        } else if (rest.startsWith("<<-")) {
            op = "<<-";
            kind = Token.Kind.REDIRECT;
        } else if (rest.startsWith("<<")) {
            op = "<<";
            kind = Token.Kind.REDIRECT;
        } else if (rest.startsWith(">>")) {
            op = ">>";
            kind = Token.Kind.REDIRECT;
        } else if (c == '>' || c == '<') {
            op = String.valueOf(c);
            kind = Token.Kind.REDIRECT;
        } else {
            throw new ShellSyntaxError("syntax error: unexpected \"" + c + "\"");
        }
        tokens.add(new Token(kind, (stderrRedirect ? "2" : "") + op));
        return i + op.length();
    }

    private static void flush(List<Token> tokens, StringBuilder word) {
        if (word.length() > 0) {
            tokens.add(Token.word(word.toString()));
            word.setLength(0);
        }
    }

    static int closing(String line, int start, char quote) {
        for (int j = start + 1; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\\' && quote != '\'' && j + 1 < line.length()) {
                j++;
            } else if (c == quote) {
                return j;
            } else if (quote == '"' && c == '$' && j + 1 < line.length() && line.charAt(j + 1) == '(') {
                j = closingParen(line, j + 1);
            }
        }
        throw new ShellSyntaxError("syntax error: unterminated quoted string");
    }

    static int closingParen(String line, int open) {
        int depth = 0;
        for (int j = open; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\'' || c == '"') {
                j = closing(line, j, c);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        throw new ShellSyntaxError("syntax error: unterminated $(");
    }
}
