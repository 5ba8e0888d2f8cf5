package dev.rbaclab.kubectl.printers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * YAML exactly as kubectl writes it: sigs.k8s.io/yaml (go-yaml v2) over the JSON form of an object — keys in
 * go-yaml order, 2-space indentation, sequences in a mapping not indented ({@code - } at the key's column), empty
 * collections as {@code {}} / {@code []}, strings quoted only when they would read back as something else,
 * multi-line strings as {@code |} blocks, and long lines folded after column 80.
 *
 * <p>A port of the parts of gopkg.in/yaml.v2 emitterc.go that block-style JSON data reaches: the emitter state
 * ({@code column}, {@code whitespace}, {@code indention}, {@code indent}) is kept as libyaml keeps it, so line
 * breaks and padding fall where go-yaml puts them.
 */
public final class GoYaml {

    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;
    private static final int MAX_SIMPLE_KEY_LENGTH = 128;

    private final StringBuilder out = new StringBuilder();
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int indent = -1;
    private final List<Integer> indents = new ArrayList<>();

    private GoYaml() {
    }

    /** The document for one JSON value, ending with a newline. */
    public static String marshal(JsonNode node) {
        GoYaml emitter = new GoYaml();
        emitter.node(node, false, false, false);
        // yaml_emitter_emit_document_end: write_indent ends the last line
        emitter.writeIndent();
        return emitter.out.toString();
    }

    private void node(JsonNode node, boolean sequenceContext, boolean mappingContext, boolean simpleKey) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            scalar("null", YamlScalars.Style.PLAIN, simpleKey);
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                emptyFlow("{", "}");
            } else {
                blockMapping(node);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                emptyFlow("[", "]");
            } else {
                blockSequence(node, mappingContext);
            }
        } else if (node.isTextual()) {
            String text = node.textValue();
            scalar(text, YamlScalars.styleOf(text, simpleKey), simpleKey);
        } else {
            scalar(GoFormat.number(node), YamlScalars.Style.PLAIN, simpleKey);
        }
    }

    private void emptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    // yaml_emitter_emit_block_sequence_item
    private void blockSequence(JsonNode sequence, boolean mappingContext) {
        increaseIndent(false, mappingContext && !indention);
        for (JsonNode item : sequence) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, true, false, false);
        }
        popIndent();
    }

    // yaml_emitter_emit_block_mapping_key / _value
    private void blockMapping(JsonNode mapping) {
        increaseIndent(false, false);
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        keys.sort(YamlKeyOrder.INSTANCE);
        for (String key : keys) {
            writeIndent();
            if (isSimpleKey(key)) {
                node(TextNode.valueOf(key), false, true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                node(TextNode.valueOf(key), false, true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(mapping.get(key), false, true, false);
        }
        popIndent();
    }

    // yaml_emitter_check_simple_key for a string key
    private static boolean isSimpleKey(String key) {
        boolean multiline = key.codePoints().anyMatch(YamlScalars::isBreak);
        return !multiline && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SIMPLE_KEY_LENGTH;
    }

    // yaml_emitter_emit_scalar
    private void scalar(String value, YamlScalars.Style style, boolean simpleKey) {
        increaseIndent(true, false);
        boolean allowBreaks = !simpleKey;
        switch (style) {
            case PLAIN -> writePlain(value, allowBreaks);
            case SINGLE_QUOTED -> writeSingleQuoted(value, allowBreaks);
            case DOUBLE_QUOTED -> writeDoubleQuoted(value, allowBreaks);
            case LITERAL -> writeLiteral(value);
        }
        popIndent();
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.add(indent);
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    private void popIndent() {
        indent = indents.remove(indents.size() - 1);
    }

    private void writePlain(String value, boolean allowBreaks) {
        if (!whitespace) {
            put(' ');
        }
        int[] cps = value.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && !(i + 1 < cps.length && cps[i + 1] == ' ')) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (YamlScalars.isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(String value, boolean allowBreaks) {
        writeIndicator("'", true, false, false);
        int[] cps = value.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < cps.length - 1
                        && cps[i + 1] != ' ') {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (YamlScalars.isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (c == '\'') {
                    put('\'');
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void writeDoubleQuoted(String value, boolean allowBreaks) {
        boolean spaces = false;
        writeIndicator("\"", true, false, false);
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!YamlScalars.isPrintable(c) || c == 0xFEFF || YamlScalars.isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                appendEscape(c);
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < cps.length - 1) {
                    writeIndent();
                    if (cps[i + 1] == ' ') {
                        put('\\');
                    }
                } else {
                    write(c);
                }
                spaces = true;
            } else {
                write(c);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void appendEscape(int c) {
        switch (c) {
            case 0x00 -> put('0');
            case 0x07 -> put('a');
            case 0x08 -> put('b');
            case 0x09 -> put('t');
            case 0x0A -> put('n');
            case 0x0B -> put('v');
            case 0x0C -> put('f');
            case 0x0D -> put('r');
            case 0x1B -> put('e');
            case 0x22 -> put('"');
            case 0x5C -> put('\\');
            case 0x85 -> put('N');
            case 0xA0 -> put('_');
            case 0x2028 -> put('L');
            case 0x2029 -> put('P');
            default -> {
                int digits;
                if (c <= 0xFF) {
                    put('x');
                    digits = 2;
                } else if (c <= 0xFFFF) {
                    put('u');
                    digits = 4;
                } else {
                    put('U');
                    digits = 8;
                }
                for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
                    put(Character.toUpperCase(Character.forDigit((c >> shift) & 0x0F, 16)));
                }
            }
        }
    }

    private void writeLiteral(String value) {
        writeIndicator("|", true, false, false);
        writeBlockScalarHints(value);
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int c : value.codePoints().toArray()) {
            if (YamlScalars.isBreak(c)) {
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                write(c);
                indention = false;
                breaks = false;
            }
        }
    }

    // yaml_emitter_write_block_scalar_hints
    private void writeBlockScalarHints(String value) {
        int[] cps = value.codePoints().toArray();
        if (cps.length > 0 && (cps[0] == ' ' || YamlScalars.isBreak(cps[0]))) {
            writeIndicator(Integer.toString(BEST_INDENT), false, false, false);
        }
        String chomp = "";
        int last = cps.length - 1;
        if (cps.length == 0 || !YamlScalars.isBreak(cps[last])) {
            chomp = "-";
        } else if (last == 0 || YamlScalars.isBreak(cps[last - 1])) {
            chomp = "+";
        }
        if (!chomp.isEmpty()) {
            writeIndicator(chomp, false, false, false);
        }
    }

    private void writeIndent() {
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

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        for (int c : indicator.codePoints().toArray()) {
            write(c);
        }
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void write(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
        indention = true;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
            indention = true;
        }
    }
}
