package dev.rbaclab.kubectl.printers;

import java.util.ArrayList;
import java.util.List;

/**
 * The output state of go-yaml v2's emitter (emitterc.go): the text so far, the column, whether the last character
 * was whitespace or indentation, and the indentation stack. Line breaks and padding depend on exactly this state.
 */
final class YamlEmitter {

    static final int BEST_INDENT = 2;
    static final int BEST_WIDTH = 80;

    final StringBuilder out = new StringBuilder();
    int column;
    boolean whitespace = true;
    boolean indention = true;
    private int indent = -1;
    private final List<Integer> indents = new ArrayList<>();

    void increaseIndent(boolean flow, boolean indentless) {
        indents.add(indent);
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    void popIndent() {
        indent = indents.remove(indents.size() - 1);
    }

    void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        for (int c : indicator.codePoints().toArray()) {
            write(c);
        }
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    void put(char c) {
        out.append(c);
        column++;
    }

    void write(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    void putBreak() {
        out.append('\n');
        column = 0;
        indention = true;
    }

    void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
            indention = true;
        }
    }
}
