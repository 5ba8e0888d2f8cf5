package dev.rbaclab.cluster.registry.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 JSON patch: add, remove, replace, move, copy and test over JSON pointers. As in evanphx/json-patch v4,
 * which the API server uses, only a body that is not a list of operations is a bad request; everything found while
 * applying the operations (a missing path, an unknown op, a failed test) makes the patch unprocessable.
 */
public final class JsonPatch {

    private JsonPatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isArray()) {
            throw PatchException.badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
        }
        JsonNode document = target.deepCopy();
        for (JsonNode operation : patch) {
            String op = operation.path("op").asText("");
            String path = operation.path("path").asText(null);
            if (path == null) {
                throw PatchException.unprocessable("operation missing path field");
            }
            switch (op) {
                case "add" -> document = add(document, path, value(operation));
                case "remove" -> document = remove(document, path);
                case "replace" -> {
                    get(document, path);
                    document = add(remove(document, path), path, value(operation));
                }
                case "move" -> {
                    String from = operation.path("from").asText("");
                    JsonNode moved = get(document, from);
                    document = add(remove(document, from), path, moved);
                }
                case "copy" -> document = add(document, path, get(document, operation.path("from").asText("")).deepCopy());
                case "test" -> {
                    if (!get(document, path).equals(value(operation))) {
                        throw PatchException.unprocessable("testing value " + path + " failed: test failed");
                    }
                }
                default -> throw PatchException.unprocessable("Unexpected kind: " + op);
            }
        }
        return document;
    }

    /** json-patch v4 reads a missing value as null. */
    private static JsonNode value(JsonNode operation) {
        if (!operation.has("value")) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        return operation.get("value").deepCopy();
    }

    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (!pointer.startsWith("/")) {
            throw PatchException.unprocessable("the path \"" + pointer + "\" is not a valid JSON pointer");
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode get(JsonNode document, String pointer) {
        JsonNode current = document;
        for (String token : tokens(pointer)) {
            if (current.isObject() && current.has(token)) {
                current = current.get(token);
            } else if (current.isArray() && isIndex(token) && Integer.parseInt(token) < current.size()) {
                current = current.get(Integer.parseInt(token));
            } else {
                throw PatchException.unprocessable("the server rejected our request due to an error in our request");
            }
        }
        return current;
    }

    private static JsonNode add(JsonNode document, String pointer, JsonNode value) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            return value;
        }
        JsonNode parent = parent(document, tokens);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else if (isIndex(last) && Integer.parseInt(last) <= array.size()) {
                array.insert(Integer.parseInt(last), value);
            } else {
                throw PatchException.unprocessable("add operation does not apply: doc is missing path: \"" + pointer + "\": missing value");
            }
        } else {
            throw PatchException.unprocessable("add operation does not apply: doc is missing path: \"" + pointer + "\": missing value");
        }
        return document;
    }

    private static JsonNode remove(JsonNode document, String pointer) {
        List<String> tokens = tokens(pointer);
        JsonNode parent = parent(document, tokens);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode object && object.has(last)) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array && isIndex(last) && Integer.parseInt(last) < array.size()) {
            array.remove(Integer.parseInt(last));
        } else {
            throw PatchException.unprocessable("remove operation does not apply: doc is missing path: \"" + pointer + "\": missing value");
        }
        return document;
    }

    private static JsonNode parent(JsonNode document, List<String> tokens) {
        JsonNode current = document;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            if (current.isObject() && current.has(token)) {
                current = current.get(token);
            } else if (current.isArray() && isIndex(token) && Integer.parseInt(token) < current.size()) {
                current = current.get(Integer.parseInt(token));
            } else {
                throw PatchException.unprocessable("doc is missing path: \"/" + String.join("/", tokens) + "\": missing value");
            }
        }
        return current;
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
