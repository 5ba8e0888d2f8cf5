package dev.rbaclab.kubectl.cli;

/**
 * One pflag flag: long name, optional one-letter shorthand, value kind, and the value a bare flag takes
 * ({@code noOptDefault}: {@code true} for booleans, {@code unchanged} for {@code --dry-run}).
 */
public record Flag(String name, String shorthand, Kind kind, String defaultValue, String noOptDefault) {

    /** pflag value types kubectl's flags use. */
    public enum Kind {
        BOOL, STRING, INT, DURATION,
        /** repeated and comma-separated (pflag StringSlice) */
        STRING_SLICE,
        /** repeated, never split (pflag StringArray) */
        STRING_ARRAY
    }

    public Flag {
        shorthand = shorthand == null ? "" : shorthand;
        defaultValue = defaultValue == null ? "" : defaultValue;
        if (noOptDefault == null && kind == Kind.BOOL) {
            noOptDefault = "true";
        }
    }

    /**
     * Parses a compact spec: {@code "o|output"} (string), {@code "A|all-namespaces:bool"},
     * {@code "verb:slice"}, {@code "from-literal:array"}, {@code "tail:int=-1"}, {@code "dry-run:string?unchanged"}.
     */
    public static Flag of(String spec) {
        String defaultValue = null;
        String noOpt = null;
        int q = spec.indexOf('?');
        if (q >= 0) {
            noOpt = spec.substring(q + 1);
            spec = spec.substring(0, q);
        }
        int eq = spec.indexOf('=');
        if (eq >= 0) {
            defaultValue = spec.substring(eq + 1);
            spec = spec.substring(0, eq);
        }
        Kind kind = Kind.STRING;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            kind = switch (spec.substring(colon + 1)) {
                case "bool" -> Kind.BOOL;
                case "int" -> Kind.INT;
                case "duration" -> Kind.DURATION;
                case "slice" -> Kind.STRING_SLICE;
                case "array" -> Kind.STRING_ARRAY;
                default -> Kind.STRING;
            };
            spec = spec.substring(0, colon);
        }
        String shorthand = "";
        int bar = spec.indexOf('|');
        if (bar >= 0) {
            shorthand = spec.substring(0, bar);
            spec = spec.substring(bar + 1);
        }
        if (kind == Kind.BOOL && defaultValue == null) {
            defaultValue = "false";
        }
        return new Flag(spec, shorthand, kind, defaultValue, noOpt);
    }

    public boolean takesValue() {
        return noOptDefault == null;
    }

    /** How pflag names the flag in errors: {@code -n, --namespace} or {@code --namespace}. */
    public String displayName() {
        return shorthand.isEmpty() ? "--" + name : "-" + shorthand + ", --" + name;
    }
}
