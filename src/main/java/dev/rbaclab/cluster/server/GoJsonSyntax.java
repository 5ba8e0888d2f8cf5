package dev.rbaclab.cluster.server;

/**
 * The syntax error Go's encoding/json (and sigs.k8s.io/json, which the API server decodes patches with) reports for
 * a document that is not JSON: the scanner's {@code invalid character 'x' looking for beginning of object key string}
 * at the first bad byte, or {@code unexpected end of JSON input}. Learners meet it when kubectl patch -p passes a
 * body that starts like JSON but is not (kubectl only converts what does not start with { or [ from YAML).
 */
final class GoJsonSyntax {

    private final byte[] data;
    private int pos;

    private GoJsonSyntax(byte[] data) {
        this.data = data;
    }

    /** The error encoding/json gives for {@code data}, or null when it is well-formed JSON. */
    static String error(byte[] data) {
        GoJsonSyntax scanner = new GoJsonSyntax(data);
        try {
            scanner.value();
            scanner.skipSpace();
            if (scanner.pos < data.length) {
                throw scanner.invalid("after top-level value");
            }
            return null;
        } catch (SyntaxError e) {
            return e.getMessage();
        }
    }

    private void value() {
        skipSpace();
        int c = next();
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || isDigit(c)) {
                    number(c);
                } else {
                    throw invalidAt(c, "looking for beginning of value");
                }
            }
        }
    }

    private void object() {
        skipSpace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            int c = next();
            if (c != '"') {
                throw invalidAt(c, "looking for beginning of object key string");
            }
            string();
            skipSpace();
            c = next();
            if (c != ':') {
                throw invalidAt(c, "after object key");
            }
            value();
            skipSpace();
            c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw invalidAt(c, "after object key:value pair");
            }
            skipSpace();
        }
    }

    private void array() {
        skipSpace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value();
            skipSpace();
            int c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw invalidAt(c, "after array element");
            }
        }
    }

    private void string() {
        while (true) {
            int c = next();
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                c = next();
                if (c == 'u') {
                    for (int i = 0; i < 4; i++) {
                        int h = next();
                        if (!isDigit(h) && (h < 'a' || h > 'f') && (h < 'A' || h > 'F')) {
                            throw invalidAt(h, "in \\u hexadecimal character escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(c) < 0) {
                    throw invalidAt(c, "in string escape code");
                }
            } else if (c < 0x20) {
                throw invalidAt(c, "in string literal");
            }
        }
    }

    private void number(int first) {
        int c = first;
        if (c == '-') {
            c = next();
            if (!isDigit(c)) {
                throw invalidAt(c, "in numeric literal");
            }
        }
        if (c != '0') {
            digits();
        }
        if (peek() == '.') {
            pos++;
            int d = next();
            if (!isDigit(d)) {
                throw invalidAt(d, "after decimal point in numeric literal");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            int e = next();
            if (e == '+' || e == '-') {
                e = next();
            }
            if (!isDigit(e)) {
                throw invalidAt(e, "in exponent of numeric literal");
            }
            digits();
        }
    }

    private void digits() {
        while (pos < data.length && isDigit(data[pos] & 0xff)) {
            pos++;
        }
    }

    private void literal(String word) {
        for (int i = 1; i < word.length(); i++) {
            int c = next();
            if (c != word.charAt(i)) {
                throw invalidAt(c, "in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
        }
    }

    private void skipSpace() {
        while (pos < data.length && (data[pos] == ' ' || data[pos] == '\t' || data[pos] == '\n' || data[pos] == '\r')) {
            pos++;
        }
    }

    private int peek() {
        return pos < data.length ? data[pos] & 0xff : -1;
    }

    /** The next byte; the end of the input is always "unexpected end of JSON input". */
    private int next() {
        if (pos >= data.length) {
            throw new SyntaxError("unexpected end of JSON input");
        }
        return data[pos++] & 0xff;
    }

    private SyntaxError invalid(String context) {
        return invalidAt(data[pos] & 0xff, context);
    }

    private static SyntaxError invalidAt(int c, String context) {
        return new SyntaxError("invalid character " + quoteChar(c) + " " + context);
    }

    /** scanner.go quoteChar: strconv.Quote of the byte as a rune, in single quotes. */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String quoted = switch (c) {
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x0b -> "\\v";
            case '\\' -> "\\\\";
            default -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", c)
                    : c >= 0x80 && (c < 0xa0 || c == 0xa0 || c == 0xad) ? String.format("\\u%04x", c)
                    : String.valueOf((char) c);
        };
        return "'" + quoted + "'";
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }
}
