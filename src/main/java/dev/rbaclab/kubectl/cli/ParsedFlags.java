package dev.rbaclab.kubectl.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The flag values and positional arguments of one command line, after parsing. */
public final class ParsedFlags {

    private final Map<String, Flag> flags;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> args = new ArrayList<>();
    private int dashIndex = -1;

    ParsedFlags(Map<String, Flag> flags) {
        this.flags = flags;
    }

    void set(Flag flag, String value) {
        List<String> current = values.computeIfAbsent(flag.name(), k -> new ArrayList<>());
        switch (flag.kind()) {
            case STRING_SLICE -> {
                if (!value.isEmpty()) {
                    current.addAll(CsvValues.split(value));
                }
            }
            case STRING_ARRAY -> current.add(value);
            default -> {
                current.clear();
                current.add(value);
            }
        }
    }

    void addArg(String arg) {
        args.add(arg);
    }

    void markDash() {
        dashIndex = args.size();
    }

    public List<String> args() {
        return List.copyOf(args);
    }

    /** cobra's ArgsLenAtDash: how many positional arguments came before {@code --}, or -1. */
    public int argsLenAtDash() {
        return dashIndex;
    }

    public boolean changed(String name) {
        return values.containsKey(name);
    }

    public String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            Flag flag = flags.get(name);
            return flag == null ? "" : flag.defaultValue();
        }
        return v.get(v.size() - 1);
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(string(name));
    }

    public List<String> list(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            Flag flag = flags.get(name);
            return flag == null || flag.defaultValue().isEmpty() ? List.of() : CsvValues.split(flag.defaultValue());
        }
        return List.copyOf(v);
    }

    public long integer(String name) {
        return Long.parseLong(string(name));
    }

    public Duration duration(String name) {
        return GoDurations.parse(string(name));
    }
}
