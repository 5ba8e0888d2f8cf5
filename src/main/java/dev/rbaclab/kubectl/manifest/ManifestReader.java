package dev.rbaclab.kubectl.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.cluster.api.Json;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code -f} arguments as kubectl's FilenameParam and YAMLOrJSONDecoder do: files, directories (their
 * {@code .yaml}, {@code .yml} and {@code .json} files, sorted), {@code -} for stdin; documents separated by
 * {@code ---}; empty documents skipped; {@code kind: List} (and {@code *List}) objects flattened into their items.
 */
public final class ManifestReader {

    private ManifestReader() {
    }

    /** One read problem per source, kept with the objects so that the others still go through. */
    public record Result(List<ManifestObject> objects, List<RuntimeException> errors) {
    }

    /** The documents of the files, Lists not yet flattened (validation looks at a List as a whole). */
    public static List<ManifestObject> read(VirtualFiles files, List<String> filenames) {
        List<ManifestObject> objects = new ArrayList<>();
        for (String filename : filenames) {
            for (String path : expand(files, filename)) {
                String source = path.equals(VirtualFiles.STDIN) ? "STDIN" : path;
                objects.addAll(parse(files.read(path), source));
            }
        }
        return objects;
    }

    private static List<String> expand(VirtualFiles files, String filename) {
        if (filename.startsWith("http://") || filename.startsWith("https://")) {
            throw new CommandError("the lab console cannot download " + filename + "; paste it into the editor instead");
        }
        if (!files.exists(filename)) {
            throw new CommandError("the path \"" + filename + "\" does not exist");
        }
        if (!files.isDirectory(filename)) {
            return List.of(filename);
        }
        List<String> paths = new ArrayList<>();
        for (String path : files.under(filename)) {
            if (path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json")) {
                paths.add(path);
            }
        }
        return paths;
    }

    static List<ManifestObject> parse(String text, String source) {
        List<ManifestObject> objects = new ArrayList<>();
        try {
            for (JsonNode document : Json.readYamlDocuments(text)) {
                if (document == null || document.isNull() || document.isMissingNode()
                        || (document.isObject() && document.isEmpty())) {
                    continue;
                }
                if (!(document instanceof ObjectNode object)) {
                    throw new CommandError("error parsing " + source + ": error converting YAML to JSON: "
                            + "yaml: cannot unmarshal " + document.getNodeType() + " into an object");
                }
                if (!object.hasNonNull("kind") || object.path("kind").asText().isEmpty()) {
                    throw new CommandError("unable to decode \"" + source + "\": Object 'Kind' is missing in '"
                            + GoJson.compact(object) + "'");
                }
                objects.add(new ManifestObject(object, source));
            }
        } catch (IOException e) {
            String message = firstLine(e instanceof JsonProcessingException parsing ? parsing.getOriginalMessage() : e.getMessage());
            // the alias errors are go-yaml's own and carry its "yaml: " already
            throw new CommandError("error parsing " + source + ": error converting YAML to JSON: "
                    + (message.startsWith("yaml: ") ? message : "yaml: " + message));
        }
        return objects;
    }

    /** The builder's Flatten(): a {@code List} (or {@code *List}) document stands for its items. */
    public static List<ManifestObject> flatten(ManifestObject document) {
        ObjectNode object = document.object();
        if (!object.path("kind").asText().endsWith("List") || !object.path("items").isArray()) {
            return List.of(document);
        }
        List<ManifestObject> items = new ArrayList<>();
        for (JsonNode item : object.path("items")) {
            if (item instanceof ObjectNode itemObject) {
                items.add(new ManifestObject(itemObject, document.source()));
            }
        }
        return items;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
