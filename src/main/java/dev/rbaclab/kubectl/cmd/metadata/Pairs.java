package dev.rbaclab.kubectl.cmd.metadata;

import dev.rbaclab.kubectl.errors.CommandError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code kubectl label} and {@code annotate}: resources first, then {@code key=value} and
 * {@code key-} pairs (cmdutil.GetResourcesAndPairs, label.go parseLabels, cmdutil.ParsePairs).
 */
record Pairs(List<String> resources, Map<String, String> added, List<String> removed) {

    /** GetResourcesAndPairs: the first pair ends the resources; a resource after a pair is an error. */
    static Pairs split(List<String> args, String pairType) {
        List<String> resources = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        boolean foundPair = false;
        for (String arg : args) {
            boolean pair = (arg.contains("=") && !arg.startsWith("=")) || (arg.endsWith("-") && !arg.equals("-"));
            if (pair) {
                foundPair = true;
                pairs.add(arg);
            } else if (foundPair) {
                throw new CommandError("all resources must be specified before " + pairType + " changes: " + arg);
            } else {
                resources.add(arg);
            }
        }
        return pairType.equals("label") ? labels(resources, pairs) : annotations(resources, pairs);
    }

    // label.go parseLabels: exactly one "=", a valid label value; removing and setting one key is an error
    private static Pairs labels(List<String> resources, List<String> specs) {
        Map<String, String> added = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        for (String spec : specs) {
            if (spec.contains("=")) {
                String[] parts = spec.split("=", -1);
                if (parts.length != 2) {
                    throw new CommandError("invalid label spec: " + spec);
                }
                List<String> problems = LabelValues.validate(parts[1]);
                if (!problems.isEmpty()) {
                    throw new CommandError("invalid label value: " + dev.rbaclab.kubectl.printers.GoValues.quote(spec)
                            + ": " + String.join(";", problems));
                }
                added.put(parts[0], parts[1]);
            } else if (spec.endsWith("-")) {
                removed.add(spec.substring(0, spec.length() - 1));
            } else {
                throw new CommandError("unknown label spec: " + spec);
            }
        }
        for (String key : removed) {
            if (added.containsKey(key)) {
                throw new CommandError("can not both modify and remove a label in the same command");
            }
        }
        return new Pairs(resources, added, removed);
    }

    // cmdutil.ParsePairs(args, "annotation", true): the value is everything after the first "="
    private static Pairs annotations(List<String> resources, List<String> specs) {
        Map<String, String> added = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String spec : specs) {
            if (spec.contains("=") && !spec.startsWith("=")) {
                int eq = spec.indexOf('=');
                added.put(spec.substring(0, eq), spec.substring(eq + 1));
            } else if (spec.endsWith("-") && !spec.equals("-")) {
                removed.add(spec.substring(0, spec.length() - 1));
            } else {
                invalid.add(spec);
            }
        }
        if (!invalid.isEmpty()) {
            throw new CommandError("invalid annotation format: " + String.join(", ", invalid));
        }
        return new Pairs(resources, added, removed);
    }
}
