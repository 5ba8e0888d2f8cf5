package dev.rbaclab.kubectl.cmd;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The commands the console runs, by their path below {@code kubectl} ({@code create serviceaccount}). */
public final class Commands {

    private final Map<String, Command> byKey = new LinkedHashMap<>();

    public Commands register(String key, Command command) {
        byKey.put(key, command);
        return this;
    }

    public Optional<Command> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
