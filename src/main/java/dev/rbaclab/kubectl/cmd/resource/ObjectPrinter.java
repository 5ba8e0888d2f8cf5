package dev.rbaclab.kubectl.cmd.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rbaclab.kubectl.errors.CommandError;
import dev.rbaclab.kubectl.printers.GoJson;
import dev.rbaclab.kubectl.printers.GoYaml;
import dev.rbaclab.kubectl.printers.JsonPath;
import dev.rbaclab.kubectl.printers.TypedOrder;

import java.util.Locale;

/**
 * The non-table printers of cli-runtime: YAMLPrinter (a {@code ---} line before every object but the first),
 * JSONPrinter, NamePrinter and JSONPathPrinter, each hiding {@code metadata.managedFields} as kubectl does unless
 * {@code --show-managed-fields}.
 */
public final class ObjectPrinter {

    private final OutputFormat format;
    private final boolean showManagedFields;
    private final boolean withOperation;
    private int printed;

    public ObjectPrinter(OutputFormat format, boolean showManagedFields) {
        this(format, showManagedFields, false);
    }

    private ObjectPrinter(OutputFormat format, boolean showManagedFields, boolean withOperation) {
        this.format = format;
        this.showManagedFields = showManagedFields;
        this.withOperation = withOperation;
    }

    /**
     * The printer of commands that change objects: {@code -o yaml|json|name|jsonpath} as asked, and without
     * {@code -o} the name printer with the operation ({@code serviceaccount/foo created}); an explicit
     * {@code -o name} prints names only (NamePrinter ShortOutput).
     */
    public static ObjectPrinter forOperation(String output, boolean showManagedFields) {
        OutputFormat format = OutputFormat.parse(output, OutputFormat.ALLOWED.replace("wide,", ""), false);
        if (format.kind() == OutputFormat.Kind.HUMAN) {
            return new ObjectPrinter(new OutputFormat(OutputFormat.Kind.NAME, ""), false, true);
        }
        return new ObjectPrinter(format, showManagedFields, false);
    }

    public String print(JsonNode object) {
        return print(object, "");
    }

    /** @param operation for the name printer: {@code created}, {@code deleted} ... ("" for none) */
    public String print(JsonNode object, String operation) {
        return print(object, operation, false);
    }

    /** @param typed whether kubectl holds the object as a typed struct (JSON then keeps the struct's field order) */
    public String print(JsonNode object, String operation, boolean typed) {
        JsonNode shown = showManagedFields ? object : withoutManagedFields(object);
        if (typed) {
            shown = TypedOrder.of(shown);
        }
        printed++;
        return switch (format.kind()) {
            case YAML -> (printed > 1 ? "---\n" : "") + GoYaml.marshal(shown);
            case JSON -> typed ? GoJson.indentedInOrder(shown, "    ") + "\n" : GoJson.indented(shown);
            case NAME -> names(shown, withOperation ? operation : "");
            case JSONPATH, JSONPATH_AS_JSON -> jsonPath(shown);
            default -> throw new IllegalStateException("not an object printer: " + format.kind());
        };
    }

    private String jsonPath(JsonNode object) {
        JsonPath template;
        try {
            template = JsonPath.parse(format.template(), format.kind() == OutputFormat.Kind.JSONPATH_AS_JSON);
        } catch (IllegalArgumentException e) {
            throw new CommandError("error parsing jsonpath " + format.template() + ", " + e.getMessage());
        }
        return template.execute(object);
    }

    private static String names(JsonNode object, String operation) {
        if (object.path("kind").asText().equals("List") && object.has("items")) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode item : object.path("items")) {
                sb.append(names(item, operation));
            }
            return sb.toString();
        }
        return nameOf(object) + (operation.isEmpty() ? "" : " " + operation) + "\n";
    }

    /** {@code kind[.group]/name} of an object (printers.NamePrinter). */
    public static String nameOf(JsonNode object) {
        String kind = object.path("kind").asText().toLowerCase(Locale.ROOT);
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return (group.isEmpty() ? kind : kind + "." + group) + "/" + object.path("metadata").path("name").asText();
    }

    static JsonNode withoutManagedFields(JsonNode object) {
        if (!(object instanceof ObjectNode node)) {
            return object;
        }
        ObjectNode copy = node.deepCopy();
        if (copy.path("metadata") instanceof ObjectNode metadata) {
            metadata.remove("managedFields");
        }
        if (copy.path("items").isArray()) {
            for (JsonNode item : copy.path("items")) {
                if (item.path("metadata") instanceof ObjectNode metadata) {
                    metadata.remove("managedFields");
                }
            }
        }
        return copy;
    }
}
