package dev.rbaclab.kubectl.cmd.resource;

import dev.rbaclab.kubectl.errors.CommandError;

/**
 * The {@code -o} value, checked as PrintFlags.ToPrinter checks it. {@code template} holds the jsonpath template.
 */
public record OutputFormat(Kind kind, String template) {

    public enum Kind { HUMAN, WIDE, YAML, JSON, NAME, JSONPATH, JSONPATH_AS_JSON, CUSTOM_COLUMNS }

    public static final String ALLOWED = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,"
            + "jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

    public static OutputFormat parse(String output) {
        return parse(output, ALLOWED, true);
    }

    /**
     * @param humanAllowed whether the command has a human-readable default ({@code get}); generators only print
     *                     objects, and their allowed list is the one without {@code wide}
     */
    public static OutputFormat parse(String output, String allowed, boolean humanAllowed) {
        if (output == null || output.isEmpty()) {
            return new OutputFormat(Kind.HUMAN, "");
        }
        int eq = output.indexOf('=');
        String name = eq < 0 ? output : output.substring(0, eq);
        String value = eq < 0 ? "" : output.substring(eq + 1);
        switch (name) {
            case "wide":
                if (humanAllowed && eq < 0) {
                    return new OutputFormat(Kind.WIDE, "");
                }
                break;
            case "yaml":
                return new OutputFormat(Kind.YAML, "");
            case "json":
                return new OutputFormat(Kind.JSON, "");
            case "name":
                return new OutputFormat(Kind.NAME, "");
            case "jsonpath":
                if (eq < 0) {
                    throw new CommandError("template format specified but no template given");
                }
                return new OutputFormat(Kind.JSONPATH, value);
            case "jsonpath-as-json":
                if (eq < 0) {
                    throw new CommandError("template format specified but no template given");
                }
                return new OutputFormat(Kind.JSONPATH_AS_JSON, value);
            case "custom-columns":
                if (humanAllowed) {
                    if (value.isEmpty()) {
                        throw new CommandError("custom-columns format specified but no custom columns given");
                    }
                    return new OutputFormat(Kind.CUSTOM_COLUMNS, value);
                }
                break;
            default:
                break;
        }
        throw new CommandError("unable to match a printer suitable for the output format \"" + output
                + "\", allowed formats are: " + allowed);
    }

    public boolean isHuman() {
        return kind == Kind.HUMAN || kind == Kind.WIDE;
    }
}
