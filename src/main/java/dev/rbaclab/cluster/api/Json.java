package dev.rbaclab.cluster.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared JSON and YAML mappers, with limits that keep hostile documents cheap: nesting depth and length here, YAML
 * alias bombs in {@link YamlTrees} (Jackson's YAML parser does not expand aliases, so SnakeYAML's alias limit never
 * applied).
 */
public final class Json {

    /** Deeper documents than this are refused; no Kubernetes object the lab serves comes close. */
    public static final int MAX_DEPTH = 100;

    public static final ObjectMapper MAPPER = goCompatibleOutput(configure(new ObjectMapper()));
    public static final ObjectMapper YAML = configure(yamlMapper());

    private Json() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(4_000_000).build());
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /**
     * The API server writes JSON with Go's encoding/json, which escapes the HTML characters {@code < > &} (and the
     * line and paragraph separators U+2028, U+2029) as six-character backslash-u sequences in lower-case hex: a 403
     * for path {@code /<script>} carries {@code &lt;script&gt;} with each {@code &} written as backslash-u-0026
     * (responsewriters/errors_test.go TestForbidden). Readers see the same text either way.
     */
    private static ObjectMapper goCompatibleOutput(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new GoEscapes());
        mapper.configure(JsonGenerator.Feature.WRITE_HEX_UPPER_CASE, false);
        return mapper;
    }

    /** encoding/json's HTML-safe escaping on top of the standard JSON escapes. */
    private static final class GoEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        GoEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(4_000_000);
        return new YAMLMapper(YAMLFactory.builder().loaderOptions(options)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    public static JsonNode parse(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode readYamlResource(String resource) {
        try (InputStream in = Json.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return readYaml(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One YAML document as a tree, aliases resolved ({@link YamlTrees}); always use this (or
     * {@link #readYamlDocuments}) rather than {@code YAML.readTree}, which turns an alias into its anchor's name.
     * An empty input is a MissingNode, as for readTree.
     */
    public static JsonNode readYaml(String text) throws JsonProcessingException {
        try {
            return orMissing(YamlTrees.readOne(YAML.createParser(text), text));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode readYaml(byte[] yaml) throws IOException {
        // the text is only where scalar anchors are looked up; the parser decodes (and checks) the bytes itself
        return orMissing(YamlTrees.readOne(YAML.createParser(yaml), new String(yaml, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Every document of a YAML stream (kubectl's -f files), aliases resolved in each. */
    public static List<JsonNode> readYamlDocuments(String text) throws IOException {
        return YamlTrees.readAll(YAML.createParser(text), text);
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    public static ArrayNode arrayOf(List<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }
}
