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

    private static final int MAX_SIMPLE_KEY_LENGTH = 128;

    private final YamlEmitter e = new YamlEmitter();

    private GoYaml() {
    }

    /** The document for one JSON value, ending with a newline. */
    public static String marshal(JsonNode node) {
        GoYaml emitter = new GoYaml();
        emitter.node(node, false, false, false);
        // yaml_emitter_emit_document_end: write_indent ends the last line
        emitter.e.writeIndent();
        return emitter.e.out.toString();
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
        e.writeIndicator(open, true, true, false);
        e.writeIndicator(close, false, false, false);
    }

    // yaml_emitter_emit_block_sequence_item
    private void blockSequence(JsonNode sequence, boolean mappingContext) {
        e.increaseIndent(false, mappingContext && !e.indention);
        for (JsonNode item : sequence) {
            e.writeIndent();
            e.writeIndicator("-", true, false, true);
            node(item, true, false, false);
        }
        e.popIndent();
    }

    // yaml_emitter_emit_block_mapping_key / _value
    private void blockMapping(JsonNode mapping) {
        e.increaseIndent(false, false);
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        keys.sort(YamlKeyOrder.INSTANCE);
        for (String key : keys) {
            e.writeIndent();
            if (isSimpleKey(key)) {
                node(TextNode.valueOf(key), false, true, true);
                e.writeIndicator(":", false, false, false);
            } else {
                e.writeIndicator("?", true, false, true);
                node(TextNode.valueOf(key), false, true, false);
                e.writeIndent();
                e.writeIndicator(":", true, false, true);
            }
            node(mapping.get(key), false, true, false);
        }
        e.popIndent();
    }

    // yaml_emitter_check_simple_key for a string key
    private static boolean isSimpleKey(String key) {
        boolean multiline = key.codePoints().anyMatch(YamlScalars::isBreak);
        return !multiline && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SIMPLE_KEY_LENGTH;
    }

    // yaml_emitter_emit_scalar
    private void scalar(String value, YamlScalars.Style style, boolean simpleKey) {
        e.increaseIndent(true, false);
        boolean allowBreaks = !simpleKey;
        switch (style) {
            case PLAIN -> YamlScalarWriter.writePlain(e, value, allowBreaks);
            case SINGLE_QUOTED -> YamlScalarWriter.writeSingleQuoted(e, value, allowBreaks);
            case DOUBLE_QUOTED -> YamlScalarWriter.writeDoubleQuoted(e, value, allowBreaks);
            case LITERAL -> YamlScalarWriter.writeLiteral(e, value);
        }
        e.popIndent();
    }
}
