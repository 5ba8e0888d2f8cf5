package dev.rbaclab.kubectl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rbaclab.kubectl.client.Request;
import dev.rbaclab.kubectl.discovery.ResourceMapping;
import dev.rbaclab.kubectl.printers.GoValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * describe.go's genericDescriber, for kinds without a describer of their own here: every field of the object
 * with "smart" labels ({@code creationTimestamp} → {@code Creation Timestamp}), then its events.
 */
final class GenericDescriber implements Describer {

    private static final Set<String> SKIP = Set.of(".metadata.managedFields", ".metadata.name", ".metadata.namespace",
            ".metadata.labels", ".metadata.annotations");
    private static final Set<String> ACRONYMS = Set.of("API", "URL", "UID", "OSB", "GUID");

    @Override
    public String describe(DescribeClient client, ResourceMapping mapping, String namespace, String name) {
        JsonNode object = client.client().send(new Request("GET", mapping.objectPath(namespace, name), Map.of(),
                Request.JSON, null, null, mapping.resource(), name)).object();
        List<JsonNode> events = client.showEvents() ? Events.search(client, object.path("metadata").path("namespace").asText(""),
                name, object.path("kind").asText(""), object.path("metadata").path("uid").asText("")) : null;
        PrefixWriter w = new PrefixWriter();
        w.write(PrefixWriter.LEVEL_0, "Name:\t%s\n", name);
        w.write(PrefixWriter.LEVEL_0, "Namespace:\t%s\n", object.path("metadata").path("namespace").asText(""));
        MetadataLines.labels(w, "Labels", object.path("metadata").path("labels"));
        MetadataLines.annotations(w, "Annotations", object.path("metadata").path("annotations"));
        content(w, PrefixWriter.LEVEL_0, object, "");
        if (events != null) {
            Events.describe(events, w);
        }
        return w.text();
    }

    // printUnstructuredContent
    private static void content(PrefixWriter w, int level, JsonNode map, String prefix) {
        List<String> fields = new ArrayList<>();
        map.fieldNames().forEachRemaining(fields::add);
        fields.sort(null);
        for (String field : fields) {
            JsonNode value = map.get(field);
            String path = prefix + "." + field;
            if (SKIP.contains(path)) {
                continue;
            }
            if (value.isObject()) {
                w.write(level, "%s:\n", label(field));
                content(w, level + 1, value, path);
            } else if (value.isArray()) {
                w.write(level, "%s:\n", label(field));
                for (JsonNode child : value) {
                    if (child.isObject()) {
                        content(w, level + 1, child, path);
                    } else {
                        w.write(level + 1, "%s\n", GoValues.sprint(child));
                    }
                }
            } else {
                w.write(level, "%s:\t%s\n", label(field), GoValues.sprint(value));
            }
        }
    }

    // smartLabelFor: camelCase words, title-cased, well-known acronyms upper-cased
    static String label(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return field;
            }
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean boundary = word.length() > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(word.charAt(word.length() - 1))
                    || (i + 1 < field.length() && Character.isLowerCase(field.charAt(i + 1))));
            if (boundary) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
        }
        words.add(word.toString());
        List<String> out = new ArrayList<>();
        for (String part : words) {
            String upper = part.toUpperCase(Locale.ROOT);
            out.add(ACRONYMS.contains(upper) ? upper : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return String.join(" ", out);
    }
}
