package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YAML documents as JSON trees, with anchors and aliases resolved as the API server's YAML library resolves them.
 * Jackson's YAML parser hands an alias over as its anchor's name (a string), so {@code b: *x} would silently become
 * {@code b: "x"}; here the alias stands for a copy of what the anchor named, {@code <<} merges mappings, and an
 * expansion that is mostly aliases ("billion laughs") fails as go-yaml fails it (gopkg.in/yaml.v2 decode.go,
 * allowedAliasRatio, the fix of CVE-2019-11253). Scalars are typed by Jackson as before; nesting depth and length are
 * bounded by the mapper's StreamReadConstraints.
 */
public final class YamlTrees {

    // decode.go: alias_ratio_range_low, alias_ratio_range_high
    private static final double RATIO_RANGE_LOW = 400_000;
    private static final double RATIO_RANGE_HIGH = 4_000_000;

    private final JsonParser parser;
    private final String source;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private long decodeCount;
    private long aliasCount;

    private YamlTrees(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /** An anchored value and how many nodes it has, which is what decoding an alias to it costs. */
    private record Anchored(JsonNode value, long nodes) {
    }

    /**
     * The first document (null for an empty input); more documents after it are an error, as for readTree.
     * {@code source} is the text the parser reads: Jackson does not report a scalar's anchor, so it is read there.
     */
    public static JsonNode readOne(JsonParser parser, String source) throws IOException {
        try (parser) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode document = new YamlTrees(parser, SourceText.of(source)).document();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new JsonParseException(parser, "Trailing token (of type " + trailing
                        + ") found after value (bound as `JsonNode`)");
            }
            return document;
        }
    }

    /** Every document of a stream, each with its own anchors (null for an empty document). */
    public static List<JsonNode> readAll(JsonParser parser, String source) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        String text = SourceText.of(source);
        try (parser) {
            while (parser.nextToken() != null) {
                documents.add(new YamlTrees(parser, text).document());
            }
        }
        return documents;
    }

    private JsonNode document() throws IOException {
        decodeCount++;
        return value();
    }

    private JsonNode value() throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // the alias node itself is decoded too, then what it stands for
            decodeCount++;
            return alias(parser.getText());
        }
        String anchor = anchor();
        long before = decodeCount;
        if (anchor != null) {
            open.add(anchor);
        }
        decodeCount++;
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> mapping();
            case START_ARRAY -> sequence();
            default -> scalar();
        };
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, new Anchored(value, decodeCount - before));
        }
        return value;
    }

    /** The anchor of the value the parser is at: Jackson knows a collection's; a scalar's is read from the text. */
    private String anchor() throws IOException {
        if (parser instanceof YAMLParser yaml && yaml.getCurrentAnchor() != null) {
            return yaml.getCurrentAnchor();
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            return null;
        }
        return SourceText.scalarAnchor(source, parser.currentTokenLocation().getCharOffset());
    }

    private JsonNode alias(String name) throws IOException {
        if (open.contains(name)) {
            throw new JsonParseException(parser, "yaml: anchor '" + name + "' value contains itself");
        }
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw new JsonParseException(parser, "yaml: unknown anchor '" + name + "' referenced");
        }
        // go-yaml counts every node it decodes, and those it decodes through an alias; checking once the alias is
        // counted fails exactly the documents it fails, since the ratio only grows while an alias is expanded
        decodeCount += anchored.nodes();
        aliasCount += anchored.nodes();
        if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
            throw new JsonParseException(parser, "yaml: document contains excessive aliasing");
        }
        return anchored.value().deepCopy();
    }

    private static double allowedAliasRatio(long decodes) {
        if (decodes <= RATIO_RANGE_LOW) {
            return 0.99;
        }
        if (decodes >= RATIO_RANGE_HIGH) {
            return 0.10;
        }
        return 0.99 - 0.89 * ((decodes - RATIO_RANGE_LOW) / (RATIO_RANGE_HIGH - RATIO_RANGE_LOW));
    }

    private ObjectNode mapping() throws IOException {
        ObjectNode mapping = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            decodeCount++;
            parser.nextToken();
            JsonNode value = value();
            if (key.equals("<<")) {
                merge(mapping, value);
            } else {
                mapping.set(key, value);
            }
        }
        return mapping;
    }

    /** A merge key (decode.go merge): the keys of a mapping, or of each mapping of a sequence, join this one. */
    private void merge(ObjectNode mapping, JsonNode merged) throws IOException {
        List<JsonNode> sources = merged.isArray() ? toList((ArrayNode) merged) : List.of(merged);
        // the first mapping of a sequence wins, so go-yaml merges them last to first
        for (int i = sources.size() - 1; i >= 0; i--) {
            JsonNode source = sources.get(i);
            if (!source.isObject()) {
                throw new JsonParseException(parser, "yaml: map merge requires map or sequence of maps as the value");
            }
            mapping.setAll((ObjectNode) source);
        }
    }

    private static List<JsonNode> toList(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private ArrayNode sequence() throws IOException {
        ArrayNode sequence = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            sequence.add(value());
        }
        return sequence;
    }

    /** A scalar as Jackson's tree reader types it. */
    private JsonNode scalar() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
                    ? nodes.binaryNode(bytes) : nodes.pojoNode(parser.getEmbeddedObject());
            default -> throw new JsonParseException(parser, "unexpected " + parser.currentToken());
        };
    }
}
